package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.testing.Frames;

/** UDP and DNS as tcpdump 4.99.3 prints them (the expected lines are what it printed for the same bytes). */
class DnsPrinterTest {
    private static final String QUESTION = "02696e 016d 057961686f6f 03636f6d 00" // in.m.yahoo.com.
            + "0001 0001"; // type A, class IN

    /** A recursive query for in.m.yahoo.com from 192.0.2.1 port 12345. */
    static final byte[] QUERY = hex("4500 003c 0001 0000 40 11 f6ac c0000201 c0000202", // IPv4, UDP, 60 bytes
            "3039 0035 0028 0874", // ports 12345 > 53, length 40, checksum
            "4301 0100 0001 0000 0000 0000", // id 17153, RD, one question
            QUESTION);

    /** The answer: an A and a CNAME record, and an OPT record with DO and a client cookie. */
    static final byte[] RESPONSE = hex("4500 0072 0001 0000 40 11 f676 c0000202 c0000201", // IPv4, UDP, 114 bytes
            "0035 3039 005e 5336", // ports 53 > 12345, length 94, checksum
            "4301 8180 0001 0002 0000 0001", // id 17153, QR RD RA; 1 question, 2 answers, 1 additional
            QUESTION,
            "c00c 0001 0001 00000e10 0004 01020304", // name at 12, A, IN, TTL 1h, 1.2.3.4
            "c00c 0005 0001 0000003c 0003 017800", // name at 12, CNAME, IN, TTL 1m, x.
            "00 0029 1000 00 00 8000 000c", // root, OPT, UDP size 4096, rcode and version 0, DO; 12 bytes
            "000a 0008 0102030405060708"); // COOKIE, client cookie only

    /** A response that promises three answers: the second has a pointer forwards, the third is missing. */
    static final byte[] LYING = hex("4500 005c 0001 0000 40 11 f68c c0000202 c0000201", // IPv4, UDP, 92 bytes
            "0035 3039 0048 e26b", // ports 53 > 12345, length 72, checksum
            "4301 8180 0001 0003 0000 0000", // id 17153, 1 question, 3 answers
            QUESTION,
            "c00c 0001 0001 00000e10 0004 01020304", // name at 12, A, IN, TTL 1h, 1.2.3.4
            "c0ff 0001 0001 00000e10 0004 01020304"); // name at 255 (past itself), A, IN, TTL 1h, 1.2.3.4

    @Test
    void aQueryShowsIdFlagsAndQuestion() {
        assertEquals("IP 192.0.2.1.12345 > 192.0.2.2.53: 17153+ A? in.m.yahoo.com. (32)", print(0, QUERY));
    }

    @Test
    void aResponseShowsTheAnswers() {
        assertEquals("IP 192.0.2.2.53 > 192.0.2.1.12345: 17153 2/0/1 A 1.2.3.4, CNAME x. (86)", print(0, RESPONSE));
    }

    @Test
    void verboseResponsesShowOwnersSectionsTtlsAndEdns() {
        String header = "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 114)\n"
                + "    192.0.2.2.53 > 192.0.2.1.12345: ";
        assertEquals(header + "17153 2/0/1 in.m.yahoo.com. A 1.2.3.4, in.m.yahoo.com. CNAME x. (86)",
                print(1, RESPONSE));
        assertEquals(header + "[udp sum ok] 17153 q: A? in.m.yahoo.com. 2/0/1 in.m.yahoo.com. A 1.2.3.4, "
                + "in.m.yahoo.com. CNAME x. ar: . OPT UDPsize=4096 DO [COOKIE 0102030405060708] (86)", print(2, RESPONSE));
        assertEquals(header + "[udp sum ok] 17153 q: A? in.m.yahoo.com. 2/0/1 in.m.yahoo.com. [1h] A 1.2.3.4, "
                + "in.m.yahoo.com. [1m] CNAME x. ar: . OPT UDPsize=4096 DO [COOKIE 0102030405060708] (86)",
                print(3, RESPONSE));
    }

    @Test
    void aBadChecksumShowsWhatItShouldHaveBeen() {
        byte[] bad = QUERY.clone();
        bad[26] = 0x12; // checksum 0x1234 instead of 0x0874
        bad[27] = 0x34;
        assertEquals("IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
                + "    192.0.2.1.12345 > 192.0.2.2.53: [bad udp cksum 0x1234 -> 0x0874!] 17153+ A? in.m.yahoo.com. (32)",
                print(2, bad));
    }

    @Test
    void aForwardPointerAndAMissingAnswerEndInATruncationMark() {
        assertEquals("IP 192.0.2.2.53 > 192.0.2.1.12345: 17153 3/0/0 A 1.2.3.4, A 1.2.3.4 [|domain]", print(0, LYING));
        assertEquals("IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)\n"
                + "    192.0.2.2.53 > 192.0.2.1.12345: 17153 3/0/0 in.m.yahoo.com. A 1.2.3.4, <BAD PTR> [|domain]",
                print(1, LYING));
    }

    @Test
    void aUdpLengthBeyondTheIpPacketIsBad() {
        byte[] packet = hex("4500 0020 0001 0000 40 11 f6c8 c0000201 c0000202", // IPv4, UDP, 32 bytes
                "3039 270f 0028 5fa7", // ports 12345 > 9999, length 40 (only 12 are there), checksum
                "61626364"); // abcd
        assertEquals("IP 192.0.2.1.12345 > 192.0.2.2.9999: UDP, bad length 32 > 4", print(0, packet));
    }

    @Test
    void aDatagramCutBeforeItsLengthFieldIsTruncated() {
        // only the IP header and the two ports of the 60 bytes were captured
        Frame cut = Frames.frame(1, LinkType.RAW, QUERY, 24);
        assertEquals("IP 192.0.2.1.12345 > 192.0.2.2.53:  [|udp]", Print.frames(Print.options(0, false), cut)[0]);
    }

    private static String print(int verbose, byte[] packet) {
        return Print.frame(Print.options(verbose, false), LinkType.RAW, packet);
    }
}
