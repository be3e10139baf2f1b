package org.wirebench.proto.udp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.hex;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.Mutations.assertNeverBreak;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertMalformedAt;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.core.Severity;
import org.wirebench.proto.udp.internal.UdpDissector;
import org.wirebench.testing.IpStandIn;
import org.wirebench.testing.Stub;

class UdpDissectorTest {

    /** chrissanders dns_recursivequery_client.pcapng frame 2 without its Ethernet header; checksum correct. */
    static final byte[] DNS_RESPONSE = hex(
            "4500 004e 38d9 4000 8011 6937 ac10 0066 ac10 0008", // IPv4 172.16.0.102 → 172.16.0.8, total length 78
            "0035", // source port 53
            "db3d", // destination port 56125
            "003a", // length 58
            "3a70", // checksum 0x3a70, correct
            "8b34 8180 0001 0001 0000 0000 03777777 086e6f7374617263 68 03636f6d 00 0001 0001", // DNS header, query
            "c00c 0001 0001 00000e10 0004 48205c04"); // answer www.nostarch.com A 72.32.92.4

    /** The query of the same exchange (frame 1): the sender's NIC was to fill in the checksum (offload). */
    static final byte[] DNS_QUERY_OFFLOADED = hex(
            "4500 003e 6647 0000 8011 0000 ac10 0008 ac10 0066", // IPv4 172.16.0.8 → 172.16.0.102, total length 62
            "db3d", // source port 56125
            "0035", // destination port 53
            "002a", // length 42
            "58ca", // checksum 0x58ca, should be 0x2d59
            "8b34 0100 0001 0000 0000 0000 03777777 086e6f737461726368 03636f6d 00 0001 0001");

    /** IPv6 2001:db8::1 → 2001:db8::2, "hello" to the discard port; checksum checked with tshark. */
    static final byte[] IPV6_HELLO = hex(
            "6000 0000 000d 11 40 20010db8000000000000000000000001 20010db8000000000000000000000002",
            "9c40", // source port 40000
            "0009", // destination port 9
            "000d", // length 13
            "c443", // checksum 0xc443, correct
            "68656c6c6f"); // "hello"

    private final Stub dns = new Stub(null);
    private final DissectorRegistry registry = registry(IpStandIn.spec(),
            spec("udp", "User Datagram Protocol", "udp", UdpDissector::new, "ip.proto=17"),
            spec("dns", "dns", "dns", () -> dns, "udp.port=53"));

    private Packet dissect(Frame frame) {
        return registry.dissect(frame, new Session(), true);
    }

    @Test
    void headerFieldsAndTheirBytes() {
        Packet packet = dissect(frame(2, LinkType.RAW, DNS_RESPONSE));
        assertFalse(packet.malformed());
        assertEquals("User Datagram Protocol, Src Port: 53, Dst Port: 56125", item(packet, "udp").label());
        assertSpan(item(packet, "udp"), 20, 8);
        assertEquals(53, item(packet, "udp.srcport").number());
        assertSpan(item(packet, "udp.srcport"), 20, 2);
        assertEquals(56125, item(packet, "udp.dstport").number());
        assertSpan(item(packet, "udp.dstport"), 22, 2);
        List<Item> ports = items(packet, "udp.port");
        assertEquals(List.of(53L, 56125L), ports.stream().map(Item::number).toList());
        assertTrue(ports.stream().allMatch(Item::isHidden));
        assertEquals(58, item(packet, "udp.length").number());
        assertSpan(item(packet, "udp.length"), 24, 2);
        assertEquals(0x3a70, item(packet, "udp.checksum").number());
        assertSpan(item(packet, "udp.checksum"), 26, 2);
        assertEquals("Checksum: 0x3a70 [correct]", item(packet, "udp.checksum").label());
        assertEquals(1, item(packet, "udp.checksum.status").number()); // Good
        assertEquals("[Checksum Status: Good (1)]", item(packet, "udp.checksum.status").label());
        assertEquals(0x3a70, item(packet, "udp.checksum_calculated").number());
    }

    @Test
    void payloadGoesToTheLowerPortsProtocolWithColumnsOfUdp() {
        Packet packet = dissect(frame(2, LinkType.RAW, DNS_RESPONSE));
        assertEquals(1, dns.calls());
        assertEquals(28, dns.received().frameOffset(0));
        assertEquals(50, dns.received().reportedLength());
        assertEquals("ip:udp:dns", packet.layers().substring(packet.layers().indexOf("ip")));
        assertEquals("UDP", packet.protocolColumn()); // the recorder sets no column
        assertEquals("53 → 56125 Len=50", packet.info());
        assertEquals("172.16.0.102", packet.source());
        assertEquals(53, packet.sourcePort());
        assertEquals(56125, packet.destinationPort());
    }

    @Test
    void offloadedChecksumIsAnErrorButNotMalformed() {
        Packet packet = dissect(frame(1, LinkType.RAW, DNS_QUERY_OFFLOADED));
        assertFalse(packet.malformed());
        Item checksum = item(packet, "udp.checksum");
        assertEquals("Checksum: 0x58ca incorrect, should be 0x2d59 (maybe caused by \"UDP checksum offload\"?)", checksum.label());
        assertEquals(0x2d59, item(packet, "udp.checksum_calculated").number());
        assertEquals(0, item(packet, "udp.checksum.status").number()); // Bad
        assertEquals(List.of(new Expert(Severity.ERROR, "Bad checksum [should be 0x2d59]", 26, 2)), packet.experts());
        assertEquals(1, dns.calls());
    }

    @Test
    void ipv6ChecksumIsVerifiedWithItsPseudoHeader() {
        Packet packet = dissect(frame(1, LinkType.RAW, IPV6_HELLO));
        assertEquals(1, item(packet, "udp.checksum.status").number()); // Good
        assertEquals("40000 → 9 Len=5", packet.info());
    }

    @Test
    void zeroChecksumIsNotPresentOverIpv4AndIllegalOverIpv6() {
        byte[] v4 = DNS_RESPONSE.clone();
        v4[26] = 0;
        v4[27] = 0;
        Packet packet = dissect(frame(1, LinkType.RAW, v4));
        assertEquals(3, item(packet, "udp.checksum.status").number()); // Not present
        assertEquals("Checksum: 0x0000 [zero-value ignored]", item(packet, "udp.checksum").label());
        assertTrue(packet.experts().isEmpty());

        byte[] v6 = IPV6_HELLO.clone();
        v6[46] = 0;
        v6[47] = 0;
        packet = dissect(frame(1, LinkType.RAW, v6));
        assertEquals(4, item(packet, "udp.checksum.status").number()); // Illegal
        assertEquals(List.of(new Expert(Severity.ERROR, "Illegal checksum value (0)", 46, 2)), packet.experts());
    }

    @Test
    void withoutIpAddressesTheChecksumIsUnverified() {
        DissectorRegistry bare = registry(spec("udp", "User Datagram Protocol", "udp", UdpDissector::new, "linktype=" + TEST_LINK_TYPE));
        byte[] udp = Arrays.copyOfRange(DNS_RESPONSE, 20, DNS_RESPONSE.length);
        Packet packet = bare.dissect(frame(1, TEST_LINK_TYPE, udp), null, true);
        Item status = item(packet, "udp.checksum.status");
        assertEquals(2, status.number()); // Unverified
        assertEquals("Checksum: 0x3a70 [unverified]", item(packet, "udp.checksum").label());
    }

    @Test
    void lengthBeyondTheIpPayloadIsMalformedAtTheLengthFieldAfterTheDatagramWasDissected() {
        byte[] lying = DNS_RESPONSE.clone();
        lying[25] = 0x44; // length 68, the IP payload has 58
        Packet packet = dissect(frame(1, LinkType.RAW, lying));
        assertTrue(packet.malformed());
        assertEquals("Length: 68 (bogus, payload length 58)", item(packet, "udp.length").label());
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Bad length value 68 > IP payload length", 24, 2)), packet.experts().toString());
        assertMalformedAt(packet, 24);
        assertEquals(1, dns.calls()); // what the IP layer carried, as Wireshark hands on
        assertEquals(50, dns.received().reportedLength());
        assertEquals("53 → 56125 Len=60 [BAD UDP LENGTH 68 > IP PAYLOAD LENGTH] [Malformed Packet]", packet.info());
        assertEquals(2, item(packet, "udp.checksum.status").number()); // a lying length cannot be checked
    }

    @Test
    void lengthBelowTheHeaderIsMalformedAndNothingIsHandedOn() {
        byte[] lying = DNS_RESPONSE.clone();
        lying[25] = 4;
        Packet packet = dissect(frame(1, LinkType.RAW, lying));
        assertTrue(packet.malformed());
        assertEquals("Length: 4 (bogus, must be >= 8)", item(packet, "udp.length").label());
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Bad length value 4 < 8", 24, 2)));
        assertEquals("53 → 56125 [BAD UDP LENGTH 4 < 8] [Malformed Packet]", packet.info());
        assertEquals(0, dns.calls());
        assertAbsent(packet, "udp.checksum");
    }

    @Test
    void lengthShorterThanTheIpPayloadCutsThePayload() {
        byte[] padded = hex(
                "4500 0024 0001 0000 4011 0000 0a000001 0a000002", // IPv4 10.0.0.1 → 10.0.0.2, total length 36
                "1388 0035", // ports 5000 → 53
                "000a", // length 10: two bytes of payload
                "0000", // no checksum
                "abcd", // payload
                "00000000 00000000 0000"); // trailing bytes inside the IP packet, outside the datagram
        Packet packet = dissect(frame(1, LinkType.RAW, padded));
        assertFalse(packet.malformed());
        assertEquals(2, dns.received().reportedLength());
        assertEquals("5000 → 53 Len=2", packet.info());
    }

    @Test
    void emptyDatagramIsNotHandedOn() {
        Packet packet = dissect(frame(1, LinkType.RAW, hex("4500 001c 0001 0000 4011 0000 0a000001 0a000002", "0400 0035 0008 0000")));
        assertEquals(0, dns.calls());
        assertEquals("1024 → 53 Len=0", packet.info());
    }

    @Test
    void truncatedHeaderIsMalformedWhereItEnds() {
        // the IP header announces 5 bytes of UDP: the length field is cut in half
        Packet packet = dissect(frame(1, LinkType.RAW, hex("4500 0019 0001 0000 4011 0000 0a000001 0a000002", "1388 0035 00")));
        assertTrue(packet.malformed());
        assertEquals(24, malformedAt(packet));
        assertEquals("5000 → 53 [Malformed Packet]", packet.info());
        assertEquals(5000, item(packet, "udp.srcport").number());
    }

    @Test
    void snapLengthCutIsNotMalformedAndLeavesTheChecksumUnverified() {
        Packet packet = dissect(frame(2, LinkType.RAW, DNS_RESPONSE, 40));
        assertFalse(packet.malformed());
        assertEquals(2, item(packet, "udp.checksum.status").number());
        assertEquals(1, dns.calls());
        assertEquals(12, dns.received().length());
        assertEquals(50, dns.received().reportedLength());
    }

    static Stream<byte[]> vectors() {
        byte[] lying = DNS_RESPONSE.clone();
        lying[25] = 0x44;
        byte[] tooShort = DNS_RESPONSE.clone();
        tooShort[25] = 4;
        return Stream.of(DNS_RESPONSE, DNS_QUERY_OFFLOADED, IPV6_HELLO, lying, tooShort,
                hex("4500 0019 0001 0000 4011 0000 0a000001 0a000002", "1388 0035 00"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void summaryPassGivesTheColumnsOfTheFullPass(byte[] bytes) {
        Packet summary = registry.dissect(frame(1, LinkType.RAW, bytes), new Session(), false);
        assertSameColumns(registry.dissect(frame(1, LinkType.RAW, bytes), new Session(), true), summary);
    }

    /** Random bytes changed and cut off: the dissector must answer with columns and experts, never throw or hang. */
    @Test
    void mutatedVectorsNeverBreakTheDissector() {
        assertNeverBreak(vectors().toList(), 20, (round, bytes, captured, tree) ->
                registry.dissect(frame(1, LinkType.RAW, bytes, captured), new Session(), tree));
    }
}
