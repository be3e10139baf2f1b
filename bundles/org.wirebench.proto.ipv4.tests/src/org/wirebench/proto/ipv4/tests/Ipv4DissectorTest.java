package org.wirebench.proto.ipv4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.ipv4.internal.IcmpDissector;
import org.wirebench.proto.ipv4.internal.Ipv4Dissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

/** IPv4 under LINKTYPE_IPV4, so each frame starts with the IPv4 header. */
class Ipv4DissectorTest {
    private final Stub udp = new Stub("UDP");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("ip", "Internet Protocol Version 4", "ip", Ipv4Dissector::new, "linktype=228"),
            spec("icmp", "Internet Control Message Protocol", "icmp", IcmpDissector::new, "ip.proto=1"),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("data", "Data", "data", () -> data));

    /** The full pass, after checking the summary pass gives the same columns; the stubs keep the full pass's bytes. */
    private Packet dissect(byte[] frame) {
        return Registries.dissectBothPasses(registry, LinkType.IPV4, frame);
    }

    /** Frame 1 of icmp_echo.pcapng (Practical Packet Analysis) without its Ethernet header. */
    private static final byte[] ECHO_REQUEST = bytes(
            0x45, // version 4, header length 20
            0x00, // DSCP 0, ECN 0
            0x00, 0x3c, // total length 60
            0xfe, 0xfd, // identification 0xfefd
            0x00, 0x00, // flags none, fragment offset 0
            0x80, // TTL 128
            0x01, // protocol ICMP
            0xf1, 0xe6, // header checksum
            0xc0, 0xa8, 0x64, 0x8a, // source 192.168.100.138
            0xc0, 0xa8, 0x64, 0x01, // destination 192.168.100.1
            0x08, 0x00, 0x14, 0x5c, // ICMP echo request, code 0, checksum
            0x05, 0x00, 0x34, 0x00, // identifier 0x0500, sequence 13312
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', // 32 bytes of data
            'q', 'r', 's', 't', 'u', 'v', 'w', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i');

    /** A UDP datagram from 10.0.0.1 to 10.0.0.2 with 8 bytes of payload, the fixed header and no options. */
    private static final byte[] UDP_DATAGRAM = bytes(
            0x45, // version 4, header length 20
            0x00, // DSCP 0, ECN 0
            0x00, 0x1c, // total length 28
            0x12, 0x34, // identification
            0x40, 0x00, // don't fragment, offset 0
            0x40, // TTL 64
            0x11, // protocol UDP
            0x14, 0x9b, // header checksum
            0x0a, 0x00, 0x00, 0x01, // source 10.0.0.1
            0x0a, 0x00, 0x00, 0x02, // destination 10.0.0.2
            0xd4, 0x31, 0x00, 0x35, 0x00, 0x08, 0x00, 0x00); // the UDP datagram

    @Test
    void headerFieldsOfARealEchoRequest() {
        Packet packet = dissect(ECHO_REQUEST);

        Item ip = item(packet, "ip");
        assertEquals("Internet Protocol Version 4, Src: 192.168.100.138, Dst: 192.168.100.1", ip.label());
        assertSpan(ip, 0, 20);
        Item version = item(packet, "ip.version");
        assertEquals(4, version.number());
        assertSpan(version, 0, 1);
        Item headerLength = item(packet, "ip.hdr_len");
        assertEquals(20, headerLength.number());
        assertEquals("Header Length: 20 bytes (5)", headerLength.label());
        assertEquals("Differentiated Services Field: 0x00 (DSCP: Default, ECN: Not ECN-Capable Transport)", item(packet, "ip.dsfield").label());
        assertEquals(0, item(packet, "ip.dsfield.dscp").number());
        Item total = item(packet, "ip.len");
        assertEquals(60, total.number());
        assertSpan(total, 2, 2);
        assertEquals("Identification: 0xfefd (65277)", item(packet, "ip.id").label());
        Item flags = item(packet, "ip.flags");
        assertEquals("Flags: 0x0", flags.label());
        assertEquals(0, item(packet, "ip.flags.df").number());
        assertEquals(0, item(packet, "ip.frag_offset").number());
        Item ttl = item(packet, "ip.ttl");
        assertEquals(128, ttl.number());
        assertSpan(ttl, 8, 1);
        assertEquals("Protocol: ICMP (1)", item(packet, "ip.proto").label());
        Item checksum = item(packet, "ip.checksum");
        assertEquals("Header Checksum: 0xf1e6 [correct]", checksum.label());
        assertSpan(checksum, 10, 2);
        Item status = item(packet, "ip.checksum.status");
        assertEquals("[Header checksum status: Good (1)]", status.label());
        assertTrue(status.isGenerated());
        Item source = item(packet, "ip.src");
        assertEquals(0xc0a8648aL, source.number());
        assertEquals("Source Address: 192.168.100.138", source.label());
        assertSpan(source, 12, 4);
        assertSpan(item(packet, "ip.dst"), 16, 4);
        List<Item> addresses = items(packet, "ip.addr");
        assertEquals(List.of(0xc0a8648aL, 0xc0a86401L), addresses.stream().map(Item::number).toList());
        assertTrue(addresses.get(0).isHidden() && addresses.get(1).isHidden());

        assertEquals("192.168.100.138", packet.source());
        assertEquals("192.168.100.1", packet.destination());
        assertEquals("192.168.100.138", packet.netSource());
        assertEquals("ICMP", packet.protocolColumn());
        assertEquals("Echo (ping) request  id=0x0500, seq=13312/52, ttl=128", packet.info());
        assertEquals("frame:ip:icmp:data", packet.layers());
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void theProtocolFieldPicksTheNextLayer() {
        Packet packet = dissect(UDP_DATAGRAM);

        assertNotNull(udp.received());
        assertEquals(20, udp.received().frameOffset(0));
        assertEquals(8, udp.received().length());
        assertEquals("UDP", packet.protocolColumn());
        assertEquals("Flags: 0x2, Don't fragment", item(packet, "ip.flags").label());
        assertEquals(1, item(packet, "ip.flags.df").number());
        assertEquals(0, item(packet, "ip.flags.mf").number());
    }

    @Test
    void aBadChecksumIsAnExpertErrorWithTheRightValue() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[10] = 0x11; // checksum 0x1111 instead of 0x149b
        frame[11] = 0x11;

        Packet packet = dissect(frame);

        assertEquals("Header Checksum: 0x1111 incorrect, should be 0x149b", item(packet, "ip.checksum").label());
        assertEquals(0, item(packet, "ip.checksum.status").number());
        assertEquals(0x149b, item(packet, "ip.checksum_calculated").number());
        Expert expert = packet.experts().get(0);
        assertEquals(Severity.ERROR, expert.severity());
        assertEquals("Bad checksum [should be 0x149b]", expert.message());
        assertEquals(10, expert.frameOffset());
        assertFalse(packet.malformed());
        assertNotNull(udp.received(), "a bad checksum does not stop the dissection");
    }

    @Test
    void theTotalLengthCutsOffWhatFollowsTheDatagram() {
        byte[] frame = concat(UDP_DATAGRAM, bytes(0, 0, 0, 0, 0, 0)); // Ethernet padding a link layer left on

        dissect(frame);

        assertEquals(8, udp.received().length());
        assertEquals(8, udp.received().reportedLength());
    }

    @Test
    void aTotalLengthBeyondThePacketIsAnErrorAndMalformedWhereThePacketEnds() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[2] = 0x00;
        frame[3] = 0x64; // total length 100, but the packet has 28 bytes
        frame[10] = 0x14; // header checksum for that length
        frame[11] = 0x53;

        Packet packet = dissect(frame);

        Item total = item(packet, "ip.len");
        Expert error = total.children().get(0).expert();
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("IPv4 total length exceeds packet length (28 bytes)", error.message());
        assertEquals(2, error.frameOffset());
        assertEquals(28, malformedAt(packet));
        assertEquals(8, udp.received().length(), "the payload was sliced as announced and handed on as far as it goes");
        assertEquals("10.0.0.1", packet.source());
    }

    @Test
    void aTotalLengthShorterThanTheHeaderStopsTheDissection() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[3] = 0x10; // total length 16, less than the 20-byte header

        Packet packet = dissect(frame);

        Item total = item(packet, "ip.len");
        assertEquals("Total Length: 16 bytes (bogus, less than header length 20)", total.label());
        Expert error = total.children().get(0).expert();
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.message().startsWith("Bad total length"), error.message());
        assertEquals(2, error.frameOffset());
        assertEquals("Bogus IP length (16, less than header length 20)", packet.info());
        assertEquals("IPv4", packet.protocolColumn());
        assertEquals("", packet.source(), "no addresses from a header that cannot be right");
        assertNull(udp.received());
    }

    @Test
    void aZeroTotalLengthIsTakenFromTheFrameAsAfterSegmentationOffload() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[3] = 0x00; // total length 0
        frame[10] = 0x14;
        frame[11] = (byte) 0xb7;

        Packet packet = dissect(frame);

        assertEquals(8, udp.received().length());
        assertEquals(Severity.NOTE, packet.experts().get(0).severity());
        assertFalse(packet.malformed());
    }

    @Test
    void aNonFirstFragmentIsDataNotTheUpperProtocol() {
        byte[] frame = bytes(
                0x45, 0x00, 0x00, 0x24, // version 4, header length 20, total length 36
                0x12, 0x34, // identification 0x1234
                0x20, 0xb9, // more fragments, offset 185 x 8 = 1480
                0x40, 0x11, // TTL 64, protocol UDP
                0x33, 0xda, // header checksum
                0x0a, 0x00, 0x00, 0x01, 0x0a, 0x00, 0x00, 0x02, // 10.0.0.1 > 10.0.0.2
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16); // the middle of a UDP datagram

        Packet packet = dissect(frame);

        assertNull(udp.received());
        assertEquals(16, data.received().length());
        assertEquals("Fragmented IP protocol (proto=UDP 17, off=1480, ID=1234)", packet.info());
        assertEquals("IPv4", packet.protocolColumn());
        Item offset = item(packet, "ip.frag_offset");
        assertEquals(1480, offset.number());
        assertSpan(offset, 6, 2);
        assertEquals(1, item(packet, "ip.flags.mf").number());
        assertEquals("frame:ip:data", packet.layers());
    }

    /** An ICMP host unreachable from 10.0.0.2 that quotes `quoted`, the datagram it is about. */
    private static byte[] unreachable(byte[] quoted) {
        return concat(bytes(
                0x45, 0x00, 0x00, 28 + quoted.length, // version 4, header length 20; total length
                0x00, 0x01, 0x00, 0x00, // identification 1, not fragmented
                0x40, 0x01, 0x00, 0x00, // TTL 64, protocol ICMP, header checksum (not checked here)
                0x0a, 0x00, 0x00, 0x02, 0x0a, 0x00, 0x00, 0x01, // 10.0.0.2 > 10.0.0.1
                0x03, 0x01, 0x00, 0x00, // destination unreachable, host unreachable, checksum (not checked here)
                0x00, 0x00, 0x00, 0x00), // unused
                quoted);
    }

    @Test
    void aQuotedFirstFragmentGoesToTheUpperProtocolAsTheStartOfSomethingLonger() {
        byte[] quoted = UDP_DATAGRAM.clone();
        quoted[6] = 0x20; // more fragments, offset 0
        quoted[10] = 0x34; // header checksum

        Packet packet = dissect(unreachable(quoted));

        assertEquals(8, udp.received().length());
        assertTrue(udp.received().reportedLength() > 8, "the rest of the datagram is in later fragments");
        assertFalse(packet.malformed());
    }

    @Test
    void readingPastAQuotedFirstFragmentIsNotMalformed() {
        Stub tcp = new Stub("TCP").reading(20);
        DissectorRegistry withTcp = registry(
                spec("ip", "Internet Protocol Version 4", "ip", Ipv4Dissector::new, "linktype=228"),
                spec("icmp", "Internet Control Message Protocol", "icmp", IcmpDissector::new, "ip.proto=1"),
                spec("tcp", "Transmission Control Protocol", "tcp", () -> tcp, "ip.proto=6"));
        byte[] quoted = UDP_DATAGRAM.clone();
        quoted[6] = 0x20; // more fragments, offset 0
        quoted[9] = 0x06; // TCP, whose 20-byte header this 8-byte fragment does not hold
        quoted[10] = 0x34; // header checksum
        quoted[11] = (byte) 0xa6;

        Packet packet = Registries.dissect(withTcp, LinkType.IPV4, unreachable(quoted), true);

        assertFalse(packet.malformed());
        assertEquals(1, tcp.calls());
    }

    @Test
    void aFirstFragmentIsDataUntilTheDatagramIsWhole() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[6] = 0x20; // more fragments, offset 0
        frame[10] = 0x34; // header checksum

        Packet packet = dissect(frame);

        assertNull(udp.received());
        assertEquals("Fragmented IP protocol (proto=UDP 17, off=0, ID=1234)", packet.info());
        assertEquals("frame:ip:data", packet.layers());
    }

    @Test
    void aProtocolNobodyRegisteredIsNamedInInfo() {
        byte[] gre = UDP_DATAGRAM.clone();
        gre[9] = 47; // Generic Routing Encapsulation
        byte[] unassigned = UDP_DATAGRAM.clone();
        unassigned[9] = (byte) 253;

        assertEquals("Generic Routing Encapsulation (47)", dissect(gre).info());
        Packet packet = dissect(unassigned);
        assertEquals("Unknown (253)", packet.info());
        assertEquals("IPv4", packet.protocolColumn());
        assertEquals(8, data.received().length());
    }

    @Test
    void aTruncatedHeaderIsMalformedWhereTheReadFails() {
        byte[] frame = Arrays.copyOf(UDP_DATAGRAM, 14); // half the source address

        Packet packet = dissect(frame);

        assertEquals(12, malformedAt(packet));
        assertEquals("IPv4", packet.protocolColumn());
        assertEquals("", packet.source());
    }

    @Test
    void aHeaderCutByTheSnapLengthIsNotMalformed() {
        byte[] frame = Arrays.copyOf(UDP_DATAGRAM, 14);

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.IPV4, 14, null, null, -1), frame, 28, true);

        assertFalse(packet.malformed());
        assertEquals("[Packet size limited during capture]", packet.info());
    }

    @Test
    void aBogusVersionStopsAtTheFirstByte() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[0] = 0x35; // version 3

        Packet packet = dissect(frame);

        assertEquals("IPv4", packet.protocolColumn());
        assertEquals("Bogus IPv4 version (3, must be 4)", packet.info());
        Expert error = item(packet, "ip.version").children().get(0).expert();
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(0, error.frameOffset());
        assertNull(udp.received());
    }

    @Test
    void anIpv6PacketLabelledIpv4GoesToIpv6() {
        Stub ipv6 = new Stub("IPv6");
        DissectorRegistry withIpv6 = registry(
                spec("ip", "Internet Protocol Version 4", "ip", Ipv4Dissector::new, "linktype=228"),
                spec("ipv6", "Internet Protocol Version 6", "ipv6", () -> ipv6));
        byte[] frame = bytes(0x60, 0x00, 0x00, 0x00); // version 6

        Packet packet = Registries.dissect(withIpv6, LinkType.IPV4, frame, true);

        assertEquals(0, ipv6.received().frameOffset(0));
        assertEquals("frame:ip:ipv6", packet.layers());
        assertEquals("IPv6", packet.protocolColumn());
        assertEquals("Bogus IPv4 version (6, must be 4)", packet.info(), "the IPv6 stub leaves Info alone");
    }

    @Test
    void aBogusHeaderLengthStopsAtTheFirstByte() {
        byte[] frame = UDP_DATAGRAM.clone();
        frame[0] = 0x44; // header length 16

        Packet packet = dissect(frame);

        assertEquals("Bogus IP header length (16, must be at least 20)", packet.info());
        assertEquals("Header Length: 16 bytes (4)", item(packet, "ip.hdr_len").label());
        assertAbsent(packet, "ip.src");
    }
}
