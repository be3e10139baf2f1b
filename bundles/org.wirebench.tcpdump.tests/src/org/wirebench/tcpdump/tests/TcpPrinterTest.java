package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.wirebench.core.LinkType;
import org.wirebench.tcpdump.TcpdumpOptions;
import org.wirebench.testing.Frames;

/** TCP lines as tcpdump 4.99.3 prints them (expected texts taken from tcpdump on the same bytes). */
class TcpPrinterTest {
    private static final String ETHER = "000102030405 00060708090a 0800";

    /** 10.0.0.1:49152 -> 10.0.0.2:80 SYN, seq 1000, options mss 1460, nop, wscale 2, sackOK, eol (padding). */
    static final byte[] SYN = hex(ETHER, "4500 0034 0001 0000 4006 66c1 0a000001 0a000002",
            "c000 0050", // ports 49152 > 80
            "000003e8 00000000", // seq 1000, ack 0
            "8002 107a 8762 0000", // header 32 bytes, SYN; window 4218; checksum; urgent pointer
            "020405b4 01 030302 0402 0000"); // mss 1460, nop, wscale 2, sackOK, eol eol

    /** The answer 10.0.0.2:80 -> 10.0.0.1:49152 SYN-ACK, seq 5000, ack 1001, mss 1460. */
    static final byte[] SYN_ACK = hex(ETHER, "4500 002c 0001 0000 4006 66c9 0a000002 0a000001",
            "0050 c000 00001388 000003e9",
            "6012 2000 8c52 0000", // header 24 bytes, SYN ACK, window 8192
            "020405b4");

    /** Then the client's request: 27 bytes of HTTP after a 20-byte header, PSH ACK. */
    static final byte[] REQUEST = hex(ETHER, "4500 0043 0001 0000 4006 66b2 0a000001 0a000002",
            "c000 0050 000003e9 00001389",
            "5018 107a 76bd 0000",
            "474554202f20485454502f312e310d0a", // GET / HTTP/1.1 CRLF
            "486f73743a20610d0a 0d0a"); // Host: a CRLF, CRLF

    @Test
    void aHandshakeHasAbsoluteNumbersThenRelativeOnes() {
        String[] lines = Print.frames(Print.options(0, false), Frames.frame(1, LinkType.ETHERNET, SYN),
                Frames.frame(2, LinkType.ETHERNET, SYN_ACK), Frames.frame(3, LinkType.ETHERNET, REQUEST));
        assertArrayEquals(new String[] {
            "IP 10.0.0.1.49152 > 10.0.0.2.80: Flags [S], seq 1000, win 4218, options [mss 1460,nop,wscale 2,sackOK,eol], length 0",
            "IP 10.0.0.2.80 > 10.0.0.1.49152: Flags [S.], seq 5000, ack 1001, win 8192, options [mss 1460], length 0",
            "IP 10.0.0.1.49152 > 10.0.0.2.80: Flags [P.], seq 1:28, ack 1, win 4218, length 27: HTTP: GET / HTTP/1.1"}, lines);
    }

    @Test
    void absoluteNumbersWithS() {
        TcpdumpOptions absolute = new TcpdumpOptions(0, true, false, false, true, 1, false, 0, 0, 0, false, ZoneOffset.UTC);
        String[] lines = Print.frames(absolute, Frames.frame(1, LinkType.ETHERNET, SYN_ACK), Frames.frame(2, LinkType.ETHERNET, REQUEST));
        assertEquals("IP 10.0.0.1.49152 > 10.0.0.2.80: Flags [P.], seq 1001:1028, ack 5001, win 4218, length 27: HTTP: GET / HTTP/1.1", lines[1]);
    }

    @Test
    void quickModeShowsThePayloadLengthOnly() {
        TcpdumpOptions quick = new TcpdumpOptions(0, true, false, true, false, 1, false, 0, 0, 0, false, ZoneOffset.UTC);
        assertEquals("IP 10.0.0.1.49152 > 10.0.0.2.80: tcp 27", Print.frame(quick, LinkType.ETHERNET, REQUEST));
    }

    @Test
    void verboseChecksTheChecksumAndPrintsEveryTextLine() {
        assertEquals("IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 67)\n"
                + "    10.0.0.1.49152 > 10.0.0.2.80: Flags [P.], cksum 0x76bd (correct), seq 1001:1028, ack 5001, win 4218, "
                + "length 27: HTTP, length: 27\n\tGET / HTTP/1.1\n\tHost: a\n\t", Print.frame(Print.options(1, false), LinkType.ETHERNET, REQUEST));
        byte[] damaged = REQUEST.clone();
        damaged[14 + 20 + 16] = 0x12; // checksum 0x12bd
        assertEquals("    10.0.0.1.49152 > 10.0.0.2.80: Flags [P.], cksum 0x12bd (incorrect -> 0x76bd), seq 1001:1028, ack 5001, "
                + "win 4218, length 27: HTTP, length: 27", Print.frame(Print.options(1, false), LinkType.ETHERNET, damaged).split("\n")[1]);
    }

    @Test
    void anOptionCutOffByTheCaptureEndsTheLine() {
        byte[] ack = hex(ETHER, "4500 0034 0001 0000 4006 66c1 0a000001 0a000002",
                "c000 0050 000003e9 00001389",
                "8010 107a 7a7b 0000", // header 32 bytes, ACK
                "01 01 080a 00000001 00000002"); // nop, nop, timestamps (cut after 2 bytes of their value)
        assertEquals("IP 10.0.0.1.49152 > 10.0.0.2.80: Flags [.], ack 5001, win 4218, options [nop,nop,TS [|tcp]>",
                Print.frames(Print.options(0, false), Frames.frame(1, LinkType.ETHERNET, ack, ack.length - 6))[0]);
    }

    @Test
    void aHeaderLengthBelowTwentyIsReported() {
        byte[] bad = hex(ETHER, "4500 0028 0001 0000 4006 66cd 0a000001 0a000002",
                "c000 0050 000003e9 00001389",
                "4010 107a c395 0000"); // data offset 4: 16 bytes, less than the fixed header
        assertEquals("IP 10.0.0.1.49152 > 10.0.0.2.80:  tcp 4 [bad hdr length 16 - too short, < 20]",
                Print.frame(Print.options(0, false), LinkType.ETHERNET, bad));
    }
}
