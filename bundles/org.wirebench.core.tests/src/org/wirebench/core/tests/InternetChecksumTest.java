package org.wirebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.wirebench.core.ByteView;
import org.wirebench.core.InternetChecksum;

/** The Internet checksum against RFC 1071's worked example and against checksums real packets carry. */
class InternetChecksumTest {

    private static ByteView hex(String text) {
        return ByteView.of(HexFormat.of().parseHex(text.replace(" ", "")));
    }

    @Test
    void rfc1071Example() {
        assertEquals(0xddf2, InternetChecksum.sum(hex("0001 f203 f4f5 f6f7"), 0, 8));
        assertEquals(0x220d, InternetChecksum.complement(0xddf2));
    }

    @Test
    void anOddLastByteIsTheHighHalfOfAWord() {
        assertEquals(0x0402, InternetChecksum.sum(hex("0102 03"), 0, 3));
    }

    @Test
    void anIpv4HeaderChecksumLeavesOutItsOwnField() {
        // icmp_echo.pcapng frame 1 (Practical Packet Analysis): 192.168.100.138 → 192.168.100.1, checksum 0xf1e6
        ByteView header = hex("4500 003c fefd 0000 8001 f1e6 c0a8648a c0a86401");
        assertEquals(0xf1e6, InternetChecksum.complement(InternetChecksum.sumWithoutChecksum(header, 20, 10)));
        assertEquals(0xffff, InternetChecksum.sum(header, 0, 20));
    }

    @Test
    void aUdpChecksumOverIpv6CoversThePseudoHeader() {
        // 2001:db8::1 → 2001:db8::2, "hello" from port 40000 to 9, checksum 0xc443 as tshark computes it
        byte[] source = HexFormat.of().parseHex("20010db8000000000000000000000001");
        byte[] destination = HexFormat.of().parseHex("20010db8000000000000000000000002");
        ByteView datagram = hex("9c40 0009 000d c443 68656c6c6f");
        int sum = InternetChecksum.fold((long) InternetChecksum.pseudoHeader(source, destination, 17, 13)
                + InternetChecksum.sumWithoutChecksum(datagram, 13, 6));
        assertEquals(0xc443, InternetChecksum.complement(sum));
    }
}
