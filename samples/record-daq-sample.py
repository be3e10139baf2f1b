#!/usr/bin/env python3
"""Records samples/daq-readout.pcapng: a real loopback capture of a SiTCP-like readout session.

A pretend readout module listens on TCP 24 (event data) and UDP 4660 (RBCP registers); a host writes a
register to start the run, reads it back, receives fixed-length events over TCP, then stops the run and
closes. dumpcap (from Debian's tshark/wireshark-common) captures it on lo. Run as root:
    python3 samples/record-daq-sample.py
"""
import os, socket, struct, subprocess, threading, time

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "daq-readout.pcapng")
EVENTS, EVENT_SIZE = 40, 256

def rbcp_module(sock):
    registers = {}
    while True:
        data, peer = sock.recvfrom(2048)
        if data == b"quit":
            return
        ver, cmd, pid, length, addr = struct.unpack(">BBBBI", data[:8])
        if cmd == 0x80:  # write request: store, echo data with the write-ack flag
            registers[addr] = data[8:8 + length]
            sock.sendto(struct.pack(">BBBBI", 0xFF, 0x88, pid, length, addr) + data[8:8 + length], peer)
        else:            # read request
            value = registers.get(addr, bytes(length))[:length].ljust(length, b"\0")
            sock.sendto(struct.pack(">BBBBI", 0xFF, 0xC8, pid, length, addr) + value, peer)

def tcp_module(server):
    conn, _ = server.accept()
    for n in range(EVENTS):
        header = struct.pack(">HHI", 0xEB90, EVENT_SIZE, n)   # marker, size, event number
        conn.sendall(header + bytes((n + i) & 0xFF for i in range(EVENT_SIZE - len(header))))
        time.sleep(0.002)
    conn.shutdown(socket.SHUT_WR)
    conn.recv(16)
    conn.close()

def main():
    cap = subprocess.Popen(["dumpcap", "-q", "-i", "lo", "-f", "tcp port 24 or udp port 4660", "-w", OUT])
    time.sleep(1.5)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); udp.bind(("127.0.0.1", 4660))
    srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 24)); srv.listen(1)
    threads = [threading.Thread(target=rbcp_module, args=(udp,)), threading.Thread(target=tcp_module, args=(srv,))]
    for t in threads: t.start()
    host = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); host.settimeout(2)
    def rbcp(cmd, pid, addr, data=b"", length=None):
        host.sendto(struct.pack(">BBBBI", 0xFF, cmd, pid, length or len(data), addr) + data, ("127.0.0.1", 4660))
        return host.recvfrom(2048)[0]
    rbcp(0x80, 1, 0x00000010, b"\x01")         # start run
    rbcp(0xC0, 2, 0x00000010, length=1)        # read it back
    data = socket.create_connection(("127.0.0.1", 24))
    received = 0
    while chunk := data.recv(65536):
        received += len(chunk)
    data.close()
    rbcp(0x80, 3, 0x00000010, b"\x00")         # stop run
    host.sendto(b"quit", ("127.0.0.1", 4660))
    for t in threads: t.join()
    time.sleep(1)
    cap.terminate(); cap.wait()
    print(f"{OUT}: {received} bytes of event data")

main()
