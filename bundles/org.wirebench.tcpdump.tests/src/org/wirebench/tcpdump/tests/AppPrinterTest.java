package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import org.junit.jupiter.api.Test;
import org.wirebench.core.LinkType;
import org.wirebench.testing.Frames;

/** BOOTP/DHCP, DHCPv6, NTP and AHCP over UDP as tcpdump 4.99.3 printed the same bytes. */
class AppPrinterTest {
    /** A DHCP Discover with a few options, broadcast from 0.0.0.0. */
    static final byte[] DISCOVER = hex("4500 012c 0001 0000 40 11 79c1 00000000 ffffffff", // IPv4, UDP, 300 bytes
            "0044 0043 0118 57d3", // ports 68 > 67, length 280, checksum
            "01 01 06 00 3903f326 0000 8000", // Request, Ethernet, 6-byte address, no hops; xid; secs; Broadcast
            "00000000 00000000 00000000 00000000", // client, your, server and gateway addresses unset
            "00163e112233 00000000000000000000", // client hardware address, padded to 16
            "00".repeat(64 + 128), // no server name, no boot file
            "63825363", // RFC 1048 magic cookie
            "350101", // DHCP message type: Discover
            "3204 c0000207", // requested address 192.0.2.7
            "3705 0103060f77", // parameter request list: 1, 3, 6, 15, 119
            "0c04 686f7374", // host name "host"
            "3d07 01 00163e112233", // client id: Ethernet address
            "ff"); // end

    /** An NTPv4 client request: only the transmit time stamp is set. */
    static final byte[] NTP_CLIENT = hex("4500 004c 0001 0000 40 11 669e 0a000001 0a000002", // IPv4, UDP, 76 bytes
            "c125 007b 0038 3fe4", // ports 49445 > 123, length 56, checksum
            "23 00 06 ec", // no leap warning, version 4, client; stratum 0; poll 2^6; precision 2^-20
            "00000000 00000000 00000000", // root delay, root dispersion, reference id
            "00".repeat(24), // reference, originate and receive time stamps
            "dd47fff4 eda0f52c"); // transmit time stamp 2017-08-23 13:21:56.928 UTC

    /** An NTP server message of 16 bytes: shorter than the 48-byte header. */
    static final byte[] NTP_SHORT = hex("4500 002c 0001 0000 40 11 66be 0a000001 0a000002", // IPv4, UDP, 44 bytes
            "007b 007b 0018 bfda", // ports 123 > 123, length 24, checksum
            "24 02 06 e9", // no leap warning, version 4, server; stratum 2; poll 2^6; precision 2^-23
            "00".repeat(12)); // root delay and dispersion, reference id: the rest is missing

    /** A DHCPv6 Solicit with a client id, an option request, the elapsed time and an IA_NA. */
    static final byte[] SOLICIT = hex("6000 0000 0038 11 40", // IPv6, 56 bytes of UDP, hop limit 64
            "fe800000000000000000000000000001 ff020000000000000000000000010002", // fe80::1 > ff02::1:2
            "0222 0223 0038 1e32", // ports 546 > 547, length 56, checksum
            "01 90b45c", // Solicit, transaction id
            "0001 000a 0003 0001 000102030405", // client id: DUID-LL, Ethernet, 00:01:02:03:04:05
            "0006 0004 0017 0018", // option request: DNS servers, domain list
            "0008 0002 0000", // elapsed time 0
            "0003 000c 00000001 00000e10 00001518"); // IA_NA 1, T1 3600, T2 5400

    /** An AHCP Discover with an origin time, an expiry, an empty IPv4 address request and a byte after its body. */
    static final byte[] AHCP = hex("6000 0000 0033 11 40", // IPv6, 51 bytes of UDP, hop limit 64
            "fe800000000000000000000000000001 ff020000000000000000000000010002", // fe80::1 > ff02::1:2
            "14ef 14ef 0033 c02b", // ports 5359 > 5359, length 51, checksum
            "2b 01 01 01 7ce31135", // magic, version 1, hop count 1, original hop count 1, nonce
            "6aa3c4fffef4841e ffffffffffffffff", // source and destination ids
            "00 00 000e", // Discover, must be zero, 14 bytes of options
            "0204 527f3cee", // origin time 2013-11-10 07:59:42 UTC
            "0304 000001a2", // expires in 418 s
            "0900", // IPv4 address, none given
            "0c"); // past the body length: ignored

    @Test
    void dhcpShowsTheClientAddressAndWithVerboseEachOption() {
        assertEquals("IP 0.0.0.0.68 > 255.255.255.255.67: BOOTP/DHCP, Request from 00:16:3e:11:22:33, length 272",
                print(0, DISCOVER));
        assertEquals("IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 300)\n"
                + "    0.0.0.0.68 > 255.255.255.255.67: [udp sum ok] BOOTP/DHCP, Request from 00:16:3e:11:22:33, length 272, xid 0x3903f326, Flags [Broadcast] (0x8000)\n"
                + "\t  Client-Ethernet-Address 00:16:3e:11:22:33\n"
                + "\t  Vendor-rfc1048 Extensions\n"
                + "\t    Magic Cookie 0x63825363\n"
                + "\t    DHCP-Message (53), length 1: Discover\n"
                + "\t    Requested-IP (50), length 4: 192.0.2.7\n"
                + "\t    Parameter-Request (55), length 5: \n"
                + "\t      Subnet-Mask (1), Default-Gateway (3), Domain-Name-Server (6), Domain-Name (15)\n"
                + "\t      Unknown (119)\n"
                + "\t    Hostname (12), length 4: \"host\"\n"
                + "\t    Client-ID (61), length 7: ether 00:16:3e:11:22:33", print(2, DISCOVER));
    }

    @Test
    void dhcpCutInsideAnOptionEndsWithTheTruncationMark() {
        // captured up to the second byte of the parameter request list
        String text = Print.frames(Print.options(1, false), Frames.frame(1, LinkType.RAW, DISCOVER, 20 + 8 + 240 + 11))[0];
        assertEquals("\t    Parameter-Request (55), length 5:  [|bootp]", text.substring(text.lastIndexOf('\n') + 1));
    }

    @Test
    void ntpTimeStampsAreSecondsSince1900WithTheirUtcDate() {
        assertEquals("IP 10.0.0.1.49445 > 10.0.0.2.123: NTPv4, Client, length 48", print(0, NTP_CLIENT));
        assertEquals("IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n"
                + "    10.0.0.1.49445 > 10.0.0.2.123: NTPv4, Client, length 48\n"
                + "\tLeap indicator:  (0), Stratum 0 (unspecified), poll 6 (64s), precision -20\n"
                + "\tRoot Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: (unspec)\n"
                + "\t  Reference Timestamp:  0.000000000\n"
                + "\t  Originator Timestamp: 0.000000000\n"
                + "\t  Receive Timestamp:    0.000000000\n"
                + "\t  Transmit Timestamp:   3712483316.928237269 (2017-08-23T13:21:56Z)\n"
                + "\t    Originator - Receive Timestamp:  0.000000000\n"
                + "\t    Originator - Transmit Timestamp: 3712483316.928237269 (2017-08-23T13:21:56Z)", print(1, NTP_CLIENT));
    }

    @Test
    void ntpShorterThanItsHeaderIsInvalid() {
        assertEquals("IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
                + "    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 16\n"
                + "\tLeap indicator:  (0) (invalid)", print(1, NTP_SHORT));
    }

    @Test
    void dhcp6ShowsTheMessageTypeAndWithVerboseItsOptions() {
        assertEquals("IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit", print(0, SOLICIT));
        assertEquals("IP6 (hlim 64, next-header UDP (17) payload length: 56) fe80::1.546 > ff02::1:2.547: [udp sum ok] "
                + "dhcp6 solicit (xid=90b45c (client-ID hwaddr type 1 000102030405) (option-request DNS-server DNS-search-list) "
                + "(elapsed-time 0) (IA_NA IAID:1 T1:3600 T2:5400))", print(1, SOLICIT));
    }

    @Test
    void dhcp6OptionPastTheCapturedDataIsMarkedInsideTheParentheses() {
        // captured up to the middle of the IA_NA option
        String text = Print.frames(Print.options(1, false), Frames.frame(1, LinkType.RAW, SOLICIT, 40 + 8 + 4 + 14 + 8 + 6 + 10))[0];
        assertEquals("dhcp6 solicit (xid=90b45c (client-ID hwaddr type 1 000102030405) (option-request DNS-server DNS-search-list) "
                + "(elapsed-time 0) [|dhcp6])", text.substring(text.indexOf("dhcp6")));
    }

    @Test
    void ahcpShowsItsOptionsFromTwoVs() {
        assertEquals("IP6 fe80::1.5359 > ff02::1:2.5359: AHCP Version 1", print(0, AHCP));
        assertEquals("IP6 (hlim 64, next-header UDP (17) payload length: 51) fe80::1.5359 > ff02::1:2.5359: [udp sum ok] AHCP Version 1\n"
                + "\tHopcount 1, Original Hopcount 1, Nonce 0x7ce31135, Source Id 6a:a3:c4:ff:fe:f4:84:1e, Destination Id ff:ff:ff:ff:ff:ff:ff:ff\n"
                + "\tDiscover, Length 14\n"
                + "\t Origin Time: 2013-11-10 07:59:42 UTC\n"
                + "\t Expires: 418s\n"
                + "\t IPv4 Address", print(2, AHCP));
    }

    private static String print(int verbose, byte[] packet) {
        return Print.frame(Print.options(verbose, false), LinkType.RAW, packet);
    }
}
