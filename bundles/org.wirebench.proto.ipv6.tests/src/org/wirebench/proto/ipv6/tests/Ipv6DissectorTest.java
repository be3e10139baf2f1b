package org.wirebench.proto.ipv6.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.proto.ipv6.tests.Ipv6Frames.header;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
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
import org.wirebench.proto.ipv6.internal.Icmpv6Dissector;
import org.wirebench.proto.ipv6.internal.Ipv6Dissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

/** IPv6 under LINKTYPE_IPV6, so each frame starts with the IPv6 header. */
class Ipv6DissectorTest {
    private final Stub udp = new Stub("UDP");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("ipv6", "Internet Protocol Version 6", "ipv6", Ipv6Dissector::new, "linktype=229", "ip.proto=41"),
            spec("icmpv6", "Internet Control Message Protocol v6", "icmpv6", Icmpv6Dissector::new, "ip.proto=58"),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame) {
        return Registries.dissectBothPasses(registry, LinkType.IPV6, frame);
    }

    private static final byte[] ECHO_REQUEST = concat(header(12, 58), bytes(
            0x80, 0x00, // ICMPv6 type 128: echo request, code 0
            0x43, 0x9f, // checksum
            0x12, 0x34, // identifier
            0x00, 0x01, // sequence 1
            'a', 'b', 'c', 'd')); // data

    private static final byte[] UDP_PACKET = concat(header(12, 17), bytes(
            0xd4, 0x31, 0x00, 0x35, 0x00, 0x0c, 0x00, 0x00, 'a', 'b', 'c', 'd')); // a UDP datagram of 12 bytes

    @Test
    void fixedHeaderFieldsAndColumns() {
        Packet packet = dissect(ECHO_REQUEST);

        Item ipv6 = item(packet, "ipv6");
        assertEquals("Internet Protocol Version 6, Src: fe80::211:22ff:fe33:4455, Dst: ff02::1", ipv6.label());
        assertSpan(ipv6, 0, 40);
        Item version = item(packet, "ipv6.version");
        assertEquals(6, version.number());
        assertSpan(version, 0, 1);
        Item trafficClass = item(packet, "ipv6.tclass");
        assertEquals("Traffic Class: 0x00 (DSCP: Default, ECN: Not ECN-Capable Transport)", trafficClass.label());
        assertSpan(trafficClass, 0, 4);
        assertSpan(item(packet, "ipv6.flow"), 1, 3);
        Item length = item(packet, "ipv6.plen");
        assertEquals(12, length.number());
        assertSpan(length, 4, 2);
        assertEquals("Next Header: ICMPv6 (58)", item(packet, "ipv6.nxt").label());
        Item hopLimit = item(packet, "ipv6.hlim");
        assertEquals(255, hopLimit.number());
        assertSpan(hopLimit, 7, 1);
        Item source = item(packet, "ipv6.src");
        assertEquals("Source Address: fe80::211:22ff:fe33:4455", source.label());
        assertSpan(source, 8, 16);
        assertSpan(item(packet, "ipv6.dst"), 24, 16);
        List<Item> addresses = items(packet, "ipv6.addr");
        assertEquals(2, addresses.size());
        assertTrue(addresses.get(0).isHidden() && addresses.get(1).isHidden());
        assertSpan(addresses.get(1), 24, 16);

        assertEquals("fe80::211:22ff:fe33:4455", packet.source());
        assertEquals("ff02::1", packet.destination());
        assertEquals("ICMPv6", packet.protocolColumn());
        assertEquals("Echo (ping) request id=0x1234, seq=1, hop limit=255", packet.info());
        assertEquals("frame:ipv6:icmpv6:data", packet.layers());
        assertTrue(packet.experts().isEmpty(), packet.experts().toString());
    }

    @Test
    void trafficClassAndFlowLabel() {
        byte[] frame = UDP_PACKET.clone();
        frame[0] = 0x6b; // version 6, traffic class 0xb8: DSCP 46 (expedited forwarding), ECN 0
        frame[1] = (byte) 0x88; // flow label 0x889ad
        frame[2] = (byte) 0x89;
        frame[3] = (byte) 0xad;

        Packet packet = dissect(frame);

        assertEquals(0xb8, item(packet, "ipv6.tclass").number());
        assertEquals("Differentiated Services Codepoint: Expedited Forwarding (46)", item(packet, "ipv6.tclass.dscp").label());
        assertEquals(0, item(packet, "ipv6.tclass.ecn").number());
        Item flow = item(packet, "ipv6.flow");
        assertEquals(0x889ad, flow.number());
        assertEquals("Flow Label: 0x889ad", flow.label());
    }

    @Test
    void thePayloadLengthCutsOffWhatFollowsThePacket() {
        Packet packet = dissect(concat(UDP_PACKET, bytes(0, 0, 0, 0))); // link-layer padding

        assertEquals(40, udp.received().frameOffset(0));
        assertEquals(12, udp.received().length());
        assertEquals(12, udp.received().reportedLength());
        assertFalse(packet.malformed());
    }

    @Test
    void aPayloadLengthBeyondThePacketIsAnErrorAndMalformedWhereThePacketEnds() {
        byte[] frame = Arrays.copyOf(ECHO_REQUEST, 48);
        frame[5] = 0x64; // payload length 100, but 8 bytes follow

        Packet packet = dissect(frame);

        Expert error = item(packet, "ipv6.plen").children().get(0).expert();
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("IPv6 payload length exceeds framing length (8 bytes)", error.message());
        assertEquals(4, error.frameOffset());
        assertEquals(48, malformedAt(packet));
        assertEquals("Echo (ping) request id=0x1234, seq=1, hop limit=255 [Malformed Packet]", packet.info());
    }

    @Test
    void aZeroPayloadLengthWithoutJumboOptionTakesTheFrame() {
        byte[] frame = UDP_PACKET.clone();
        frame[5] = 0x00; // payload length 0, as segmentation offload leaves it

        Packet packet = dissect(frame);

        assertEquals(12, udp.received().length());
        Expert note = item(packet, "ipv6.plen").children().get(0).expert();
        assertEquals(Severity.NOTE, note.severity());
        assertFalse(packet.malformed());
    }

    @Test
    void aNextHeaderNobodyRegisteredIsNamedInInfo() {
        byte[] frame = UDP_PACKET.clone();
        frame[6] = (byte) 253; // next header 253, for experiments

        Packet packet = dissect(frame);

        assertEquals("Unknown IP Protocol: Unknown (253)", packet.info());
        assertEquals("IPv6", packet.protocolColumn());
        assertEquals(12, data.received().length());
    }

    @Test
    void aBogusVersionStopsAtTheFirstByte() {
        byte[] frame = UDP_PACKET.clone();
        frame[0] = 0x45;

        Packet packet = dissect(frame);

        assertEquals("Bogus IPv6 version (4, must be 6)", packet.info());
        assertEquals(Severity.ERROR, packet.experts().get(0).severity());
        assertNull(udp.received());
    }

    @Test
    void aTruncatedHeaderIsMalformedWhereTheReadFails() {
        Packet packet = dissect(Arrays.copyOf(UDP_PACKET, 30)); // the destination address is cut

        assertEquals(24, malformedAt(packet));
        assertEquals("IPv6", packet.protocolColumn());
        assertEquals("", packet.source());
    }

    @Test
    void aHeaderCutByTheSnapLengthIsNotMalformed() {
        byte[] frame = Arrays.copyOf(UDP_PACKET, 30);

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.IPV6, 30, null, null, -1), frame, 52, true);

        assertFalse(packet.malformed());
        assertEquals("[Packet size limited during capture]", packet.info());
    }

    /**
     * Frame 1 of tcpdump's ipv6-srh-ext-header.pcap without its Ethernet header: a segment-routed packet that
     * carries a whole IPv6 packet, an ICMPv6 echo request.
     */
    private static final byte[] SEGMENT_ROUTED_ECHO = bytes(
            0x60, 0x08, 0x89, 0xad, // version 6, traffic class 0, flow label 0x889ad
            0x00, 0x90, 0x2b, 0x40, // payload length 144, next header routing (43), hop limit 64
            0x00, 0x0a, 0x00, 0x0b, 0x00, 0x0c, 0x00, 0x12, 0, 0, 0, 0, 0, 0, 0x00, 0x01, // source a:b:c:12::1
            0x00, 0x0a, 0x00, 0x0b, 0x00, 0x0c, 0x00, 0x02, 0, 0, 0, 0, 0x00, 0xf1, 0x00, 0x00, // destination a:b:c:2::f1:0
            0x29, 0x04, 0x04, 0x01, // routing: next header IPv6 (41), length 4 (40 bytes), type 4, segments left 1
            0x01, 0x00, 0x00, 0x00, // last entry 1, flags 0, tag 0
            0x00, 0x0a, 0x00, 0x0b, 0x00, 0x0c, 0x00, 0x03, 0, 0, 0, 0, 0, 0, 0x00, 0xd6, // segment 0: a:b:c:3::d6
            0x00, 0x0a, 0x00, 0x0b, 0x00, 0x0c, 0x00, 0x02, 0, 0, 0, 0, 0x00, 0xf1, 0x00, 0x00, // segment 1: a:b:c:2::f1:0
            0x60, 0x08, 0x89, 0xad, // inner IPv6: version 6, flow label 0x889ad
            0x00, 0x40, 0x3a, 0x40, // payload length 64, next header ICMPv6, hop limit 64
            0x00, 0x0a, 0x00, 0x0b, 0x00, 0x0c, 0x00, 0x12, 0, 0, 0, 0, 0, 0, 0x00, 0x01, // source a:b:c:12::1
            0x00, 0xb2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x02, // destination b2::2
            0x80, 0x00, 0x63, 0x5e, // echo request, code 0, checksum
            0x06, 0xee, 0x00, 0x01, // identifier 0x06ee, sequence 1
            0x03, 0xc5, 0x47, 0x5a, 0x00, 0x00, 0x00, 0x00, 0x0a, 0x5e, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // 56 bytes of data
            0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
            0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
            0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37);

    @Test
    void ipv6InIpv6AfterASegmentRoutingHeader() {
        Packet packet = dissect(SEGMENT_ROUTED_ECHO);

        assertEquals("frame:ipv6:ipv6:icmpv6:data", packet.layers());
        assertEquals("ICMPv6", packet.protocolColumn());
        assertEquals("a:b:c:12::1", packet.source());
        assertEquals("b2::2", packet.destination(), "the inner header names the columns last");
        assertEquals("Echo (ping) request id=0x06ee, seq=1, hop limit=64", packet.info());
        assertEquals(1, item(packet, "icmpv6.checksum.status").number(), "checksummed over the inner header");
        List<Item> segments = items(packet, "ipv6.routing.srh.addr");
        assertEquals(List.of("Address[0]: a:b:c:3::d6", "Address[1]: a:b:c:2::f1:0"), segments.stream().map(Item::label).toList());
        assertTrue(packet.experts().isEmpty(), packet.experts().toString());
    }
}
