package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import org.junit.jupiter.api.Test;
import org.wirebench.core.LinkType;

/** IPv4, ICMP and ARP as tcpdump 4.99.3 prints them (the expected texts are tcpdump's own output). */
class IpPrinterTest {
    /** An ICMP echo request from 192.168.1.104 to 8.8.8.8 with correct checksums, on a raw IP link. */
    static final byte[] ECHO_REQUEST = hex(
            "45 00 0024 1234 0000 40 01 9685", // version 4, 20-byte header, length 36, id 4660, ttl 64, ICMP, checksum
            "c0a80168 08080808", // 192.168.1.104 > 8.8.8.8
            "08 00 5435 1234 0001", // echo request, checksum, id 4660, seq 1
            "6162636465666768"); // 8 bytes of data

    @Test
    void anEchoRequest() {
        assertEquals("IP 192.168.1.104 > 8.8.8.8: ICMP echo request, id 4660, seq 1, length 16",
                Print.frame(Print.options(0, false), LinkType.RAW, ECHO_REQUEST));
    }

    @Test
    void verboseShowsTheHeaderFieldsOnTheirOwnLine() {
        assertEquals("IP (tos 0x0, ttl 64, id 4660, offset 0, flags [none], proto ICMP (1), length 36)\n"
                + "    192.168.1.104 > 8.8.8.8: ICMP echo request, id 4660, seq 1, length 16",
                Print.frame(Print.options(1, false), LinkType.RAW, ECHO_REQUEST));
    }

    @Test
    void verboseReportsWrongChecksumsWithTheRightValue() {
        byte[] reply = hex(
                "45 00 0024 1234 0000 40 01 9685 08080808 c0a80168", // 8.8.8.8 > 192.168.1.104, header checksum right
                "00 00 0000 1234 0001", // echo reply with a zero checksum
                "6162636465666768");
        assertEquals("IP (tos 0x0, ttl 64, id 4660, offset 0, flags [none], proto ICMP (1), length 36)\n"
                + "    8.8.8.8 > 192.168.1.104: ICMP echo reply, id 4660, seq 1, length 16 (wrong icmp cksum 0 (->5c35)!)",
                Print.frame(Print.options(1, false), LinkType.RAW, reply));
        byte[] badHeader = hex(
                "45 00 001c 0000 2000 40 01 0000", // length 28, more fragments, header checksum zero
                "0a000001 0a000002",
                "08 00 f7ff 0000 0000"); // echo request, id 0, seq 0
        assertEquals("IP (tos 0x0, ttl 64, id 0, offset 0, flags [+], proto ICMP (1), length 28, bad cksum 0 (->46df)!)\n"
                + "    10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8",
                Print.frame(Print.options(1, false), LinkType.RAW, badHeader));
    }

    @Test
    void optionsAndLaterFragments() {
        byte[] routerAlert = hex(
                "46 00 0020 0000 0000 40 01 0000 0a000001 0a000002", // 24-byte header, length 32
                "94 04 0000", // router alert, value 0
                "08 00 f7ff 0000 0000");
        assertEquals("IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto ICMP (1), length 32, options (RA), bad cksum 0 (->d1d6)!)\n"
                + "    10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8",
                Print.frame(Print.options(1, false), LinkType.RAW, routerAlert));
        byte[] laterFragment = hex(
                "45 00 001c 0000 00b9 40 01 0000 0a000001 0a000002", // fragment offset 185 * 8
                "08 00 f7ff 0000 0000");
        assertEquals("IP 10.0.0.1 > 10.0.0.2: ip-proto-1", Print.frame(Print.options(0, false), LinkType.RAW, laterFragment));
    }

    @Test
    void aTotalLengthBeyondTheDataOrBelowTheHeader() {
        byte[] longer = hex(
                "45 00 0064 0000 4000 40 01 0000 0a000001 0a000002", // claims 100 bytes, 28 captured
                "08 00 f7ff 0000 0000");
        assertEquals("IP truncated-ip - 72 bytes missing! 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 80",
                Print.frame(Print.options(0, false), LinkType.RAW, longer));
        byte[] shorter = hex("45 00 000a 0000 0001 40 01 0000 0a000001 0a000002"); // total length 10 < 20
        assertEquals("IP bad-len 10", Print.frame(Print.options(0, false), LinkType.RAW, shorter));
    }

    /** An ARP request on Ethernet, padded to the 60-byte minimum. */
    static final byte[] ARP_REQUEST = hex(
            "ffffffffffff 001122334455 0806", // broadcast, ARP
            "0001 0800 06 04 0001", // Ethernet, IPv4, address lengths 6 and 4, request
            "001122334455 c0a80168", // sender 192.168.1.104
            "000000000000 c0a80101", // target 192.168.1.1, hardware address unknown
            "000000000000000000000000000000000000"); // padding

    @Test
    void arpRequestsAndReplies() {
        assertEquals("ARP, Request who-has 192.168.1.1 tell 192.168.1.104, length 46",
                Print.frame(Print.options(0, false), LinkType.ETHERNET, ARP_REQUEST));
        assertEquals("ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 192.168.1.1 tell 192.168.1.104, length 46",
                Print.frame(Print.options(1, false), LinkType.ETHERNET, ARP_REQUEST));
        byte[] reply = hex("001122334455 66778899aabb 0806", "0001 0800 06 04 0002",
                "66778899aabb c0a80101 001122334455 c0a80168"); // 192.168.1.1 is at 66:77:88:99:aa:bb
        assertEquals("ARP, Reply 192.168.1.1 is-at 66:77:88:99:aa:bb, length 28",
                Print.frame(Print.options(0, false), LinkType.ETHERNET, reply));
    }

    @Test
    void anArpPacketCutBeforeTheTargetAddress() {
        byte[] cut = hex("ffffffffffff 001122334455 0806", "0001 0800 06 04 0001", "001122334455 c0a80168 0000");
        assertEquals(" [|arp]", Print.frame(Print.options(0, false), LinkType.ETHERNET, cut));
    }
}
