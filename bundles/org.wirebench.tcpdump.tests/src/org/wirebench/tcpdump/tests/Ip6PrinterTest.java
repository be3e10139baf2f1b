package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.testing.Frames;

/** IPv6, its extension headers and ICMPv6 as tcpdump 4.99.3 prints them (expected text from tcpdump itself). */
class Ip6PrinterTest {
    /** Ethernet to 33:33:ff:00:10:00 from 00:0c:29:2f:80:31, IPv6. */
    private static final String ETHER = "3333ff001000 000c292f8031 86dd";
    private static final String SRC = "20010db8000100020000000000001003";
    private static final String DST = "ff0200000000000000000001ff001000";
    private static final String A = "20010db8000000000000000000000001";
    private static final String B = "20010db8000000000000000000000002";

    /** A neighbour solicitation with a source link-address option and a correct checksum. */
    private static final byte[] SOLICITATION = hex(ETHER,
            "60000000", // version 6, class 0, flow label 0
            "0020 3a ff", // payload length 32, next header ICMPv6, hop limit 255
            SRC, DST,
            "87 00 44b7 00000000", // type 135, code 0, checksum, reserved
            "20010db8000100020000000000001000", // target
            "01 01 000c292f8031"); // option 1 (source link-address), 8 bytes

    @Test
    void aNeighbourSolicitation() {
        assertEquals("IP6 2001:db8:1:2::1003 > ff02::1:ff00:1000: ICMP6, neighbor solicitation, who has 2001:db8:1:2::1000,"
                + " length 32", Print.frame(Print.options(0, false), LinkType.ETHERNET, SOLICITATION));
    }

    @Test
    void withVerboseTheHeaderChecksumAndOptions() {
        assertEquals("IP6 (hlim 255, next-header ICMPv6 (58) payload length: 32) 2001:db8:1:2::1003 > ff02::1:ff00:1000:"
                + " [icmp6 sum ok] ICMP6, neighbor solicitation, length 32, who has 2001:db8:1:2::1000\n"
                + "\t  source link-address option (1), length 8 (1): 00:0c:29:2f:80:31",
                Print.frame(Print.options(1, false), LinkType.ETHERNET, SOLICITATION));
    }

    @Test
    void withLinkHeadersThereIsNoIp6Word() {
        assertEquals("00:0c:29:2f:80:31 > 33:33:ff:00:10:00, ethertype IPv6 (0x86dd), length 86: 2001:db8:1:2::1003 >"
                + " ff02::1:ff00:1000: ICMP6, neighbor solicitation, who has 2001:db8:1:2::1000, length 32",
                Print.frame(Print.options(0, true), LinkType.ETHERNET, SOLICITATION));
    }

    @Test
    void aPayloadLengthBeyondTheFrameIsReported() {
        byte[] echo = hex(ETHER, "60000000", "0010 3a 40", A, B, // payload length 16, only 12 follow
                "80 00 0000", "0001 0002", "61626364"); // echo request, id 1, seq 2, data
        assertEquals("IP6 truncated-ip6 - 4 bytes missing!2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 1, seq 2,"
                + " length 16", Print.frame(Print.options(0, false), LinkType.ETHERNET, echo));
    }

    /** A type 0 routing header with one address before an ICMPv6 message that has no bytes left. */
    private static final byte[] ROUTED = hex(ETHER, "60000000", "0018 2b 40", A, B,
            "3a 02 00 01", // next header ICMPv6, length 2 (16 bytes more), type 0, segments left 1
            "00000000", B); // reserved, address [0]

    @Test
    void aRoutingHeaderWithVerbose() {
        assertEquals("IP6 (hlim 64, next-header Routing (43) payload length: 24) 2001:db8::1 > 2001:db8::2: RT6 (len=2,"
                + " type=0 [Deprecated], segleft=1, rsv=0x0, [0]2001:db8::2) ICMP6, length 0 (invalid)",
                Print.frame(Print.options(1, false), LinkType.ETHERNET, ROUTED));
    }

    @Test
    void aRoutingHeaderCutShortEndsWithItsMark() {
        // captured up to the segments left field: the reserved word is missing
        Frame cut = Frames.frame(1, LinkType.ETHERNET, ROUTED, 14 + 40 + 4);
        assertEquals("IP6 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=0 [Deprecated], segleft=1 [|rt6]",
                Print.frames(Print.options(0, false), cut)[0]);
    }

    @Test
    void aLaterFragmentIsNotDecoded() {
        byte[] fragment = hex(ETHER, "60000000", "0010 2c 40", A, B,
                "11 00 05a9 0000abcd", // next header UDP, offset 1448 (181 << 3) with more fragments, id
                "80000000 00010002");
        assertEquals("IP6 2001:db8::1 > 2001:db8::2: frag (1448|8)",
                Print.frame(Print.options(0, false), LinkType.ETHERNET, fragment));
    }
}
