package org.wirebench.tcpdump.internal;

import org.wirebench.core.Names;

/**
 * print-tcp.c: `src.port > dst.port: Flags [S.], seq 1:2, ack 1, win 4218, options [...], length 1`, with
 * sequence numbers relative to the first ones seen of the connection (unless -S), the checksum with -v, the
 * payload of the port's protocol after it.
 */
final class Tcp {
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int ACK = 0x10;
    private static final int URG = 0x20;
    private static final int HEADER = 20;
    private static final int MAX_RST_DATA = 30;
    private static final char[] FLAG_CHARS = {'F', 'S', 'R', 'P', '.', 'U', 'E', 'W'};

    private Tcp() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "tcp";
        boolean v6 = (nd.u8(ipOff) & 0xf0) == 0x60;
        int srcOff = v6 ? ipOff + 8 : ipOff + 12;
        int dstOff = v6 ? ipOff + 24 : ipOff + 16;
        if (!nd.has(off + 2, 2)) {
            address(nd, v6, srcOff);
            nd.print(" > ");
            address(nd, v6, dstOff);
            nd.print(':');
            nd.trunc();
            return;
        }
        int sport = nd.u16(off);
        int dport = nd.u16(off + 2);
        // addresses only when TCP follows the IP header directly (not after IPv6 extension headers)
        if (nd.u8(v6 ? ipOff + 6 : ipOff + 9) == 6) {
            address(nd, v6, srcOff);
            nd.print('.');
            port(nd, sport);
            nd.print(" > ");
            address(nd, v6, dstOff);
            nd.print('.');
            port(nd, dport);
        } else {
            port(nd, sport);
            nd.print(" > ");
            port(nd, dport);
        }
        nd.print(": ");
        if (!nd.has(off, HEADER)) {
            nd.trunc();
            return;
        }
        int hlen = (nd.u8(off + 12) >> 4) * 4;
        if (hlen < HEADER) {
            nd.print(" tcp ").print((length - hlen) & 0xffffffffL).print(" [bad hdr length ").print(hlen)
                    .print(" - too short, < 20]");
            return;
        }
        int seq = (int) nd.u32(off + 4);
        int ack = (int) nd.u32(off + 8);
        int win = nd.u16(off + 14);
        int urp = nd.u16(off + 18);
        if (nd.qflag) {
            nd.print("tcp ").print((length - hlen) & 0xffffffffL);
            if (hlen > length) {
                tooLong(nd, hlen, length);
            }
            return;
        }
        int flags = nd.u8(off + 13);
        flags(nd, flags);

        boolean rev = false;
        int thseq = 0;
        int thack = 0;
        if (!nd.sflag && (flags & ACK) != 0) {
            int addressLength = v6 ? 16 : 4;
            rev = TcpSeqTable.reversed(nd.p, srcOff, dstOff, addressLength, sport, dport);
            TcpSeqTable table = nd.state(TcpSeqTable.class, TcpSeqTable::new);
            TcpSeqTable.Entry entry = table.find(nd.p, srcOff, dstOff, addressLength, sport, dport, rev);
            if (entry == null || (flags & SYN) != 0) {
                // a new connection (or a new SYN on it): these numbers become the bases, printed as they are
                if (entry == null) {
                    entry = table.add(addressLength);
                }
                if (rev) {
                    entry.ack = seq;
                    entry.seq = ack - 1;
                } else {
                    entry.seq = seq;
                    entry.ack = ack - 1;
                }
            } else if (rev) {
                seq -= entry.ack;
                ack -= entry.seq;
            } else {
                seq -= entry.seq;
                ack -= entry.ack;
            }
            thseq = entry.seq;
            thack = entry.ack;
        }
        if (hlen > length) {
            tooLong(nd, hlen, length);
            return;
        }
        if (nd.vflag > 0 && !fragmented && nd.has(off, length)) {
            int sum = nd.u16(off + 16);
            int computed = Checksum.upper(nd, ipOff, off, length, 6);
            nd.print(", cksum 0x").hex(sum, 4);
            if (computed != 0) {
                nd.print(" (incorrect -> 0x").hex(shouldBe(sum, computed), 4).print(')');
            } else {
                nd.print(" (correct)");
            }
        }
        length -= hlen;
        if (nd.vflag > 1 || length > 0 || (flags & (SYN | FIN | RST)) != 0) {
            nd.print(", seq ").print(seq & 0xffffffffL);
            if (length > 0) {
                nd.print(':').print((seq + length) & 0xffffffffL);
            }
        }
        if ((flags & ACK) != 0) {
            nd.print(", ack ").print(ack & 0xffffffffL);
        }
        nd.print(", win ").print(win);
        if ((flags & URG) != 0) {
            nd.print(", urg ").print(urp);
        }
        if (hlen > HEADER
                && !TcpOptions.print(nd, off + HEADER, hlen - HEADER, flags, rev, thseq, thack, ipOff, off, length)) {
            return;
        }
        nd.print(", length ").print(length);
        if (length == 0) {
            return;
        }
        if (!nd.has(off, hlen)) {
            nd.print(" [remaining caplen(").print(Math.max(0, nd.snapend - off)).print(") < header length(")
                    .print(hlen).print(")]");
            throw Truncated.INSTANCE;
        }
        payload(nd, off + hlen, length, sport, dport, flags);
    }

    /** The data after the header: a reset's text with -v, else the printer of the first well-known port. */
    private static void payload(Nd nd, int data, int length, int sport, int dport, int flags) {
        if ((flags & RST) != 0 && nd.vflag > 0) {
            resetData(nd, data, length);
            return;
        }
        if (either(sport, dport, 23)) {
            Telnet.print(nd, data, length);
        } else if (either(sport, dport, 25)) {
            nd.print(": ");
            TxtProto.print(nd, data, length, "smtp");
        } else if (either(sport, dport, 43)) {
            nd.print(": ");
            TxtProto.print(nd, data, length, "whois");
        } else if (either(sport, dport, 22)) {
            Ssh.print(nd, data, length);
        } else if (either(sport, dport, 10288)) {
            Beep.print(nd, data, length);
        } else if (either(sport, dport, 21)) {
            nd.print(": ");
            TxtProto.print(nd, data, length, "ftp");
        } else if (either(sport, dport, 80) || either(sport, dport, 8080)) {
            nd.print(": ");
            TxtProto.print(nd, data, length, "http");
        } else if (either(sport, dport, 554) || either(sport, dport, 8554)) {
            nd.print(": ");
            TxtProto.print(nd, data, length, "rtsp");
        } else if (either(sport, dport, 53)) {
            Dns.print(nd, data, length, true);
        }
    }

    private static boolean either(int sport, int dport, int port) {
        return sport == port || dport == port;
    }

    /** print_tcp_rst_data: RFC 1122 allows text in a reset; up to 30 characters of it. */
    private static void resetData(Nd nd, int data, int length) {
        nd.print(nd.has(data, length) ? " [RST" : " [!RST");
        if (length > MAX_RST_DATA) {
            length = MAX_RST_DATA;
            nd.print('+');
        }
        nd.print(' ');
        for (int i = 0; i < length && data + i < nd.snapend; i++) {
            nd.printChar(nd.u8(data + i));
        }
        nd.print(']');
    }

    private static void flags(Nd nd, int flags) {
        nd.print("Flags [");
        if (flags == 0) {
            nd.print("none");
        }
        for (int i = 0; i < FLAG_CHARS.length; i++) {
            if ((flags & 1 << i) != 0) {
                nd.print(FLAG_CHARS[i]);
            }
        }
        nd.print(']');
    }

    private static void tooLong(Nd nd, int hlen, int length) {
        nd.print(" [bad hdr length ").print(hlen).print(" - too long, > ").print(length & 0xffffffffL).print(']');
    }

    /** in_cksum_shouldbe: the checksum the header should have carried. */
    static int shouldBe(int sum, int computed) {
        int s = sum + computed;
        s = (s & 0xffff) + (s >>> 16);
        s = (s & 0xffff) + (s >>> 16);
        return s & 0xffff;
    }

    private static void address(Nd nd, boolean v6, int off) {
        if (v6) {
            nd.ip6addr(off);
        } else {
            nd.ipaddr(off);
        }
    }

    /** tcpport_string: the number with -n, else the service name when there is one. */
    private static void port(Nd nd, int port) {
        if (!nd.nflag) {
            String name = Names.service("tcp", port);
            if (name != null) {
                nd.print(name);
                return;
            }
        }
        nd.print(port);
    }
}
