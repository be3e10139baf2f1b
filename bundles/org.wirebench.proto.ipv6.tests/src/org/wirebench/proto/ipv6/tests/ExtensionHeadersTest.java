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

import java.util.List;

import org.junit.jupiter.api.Test;
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

/** The extension headers between the IPv6 header and the payload. */
class ExtensionHeadersTest {
    private static final byte[] UDP = bytes(0xd4, 0x31, 0x00, 0x35, 0x00, 0x0c, 0x00, 0x00, 'a', 'b', 'c', 'd');
    private static final byte[] DOCUMENTATION_1 = bytes(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01);
    private static final byte[] DOCUMENTATION_2 = bytes(0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02);

    private final Stub udp = new Stub("UDP");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("ipv6", "Internet Protocol Version 6", "ipv6", Ipv6Dissector::new, "linktype=229"),
            spec("icmpv6", "Internet Control Message Protocol v6", "icmpv6", Icmpv6Dissector::new, "ip.proto=58"),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame) {
        return Registries.dissectBothPasses(registry, LinkType.IPV6, frame);
    }

    @Test
    void hopByHopOptions() {
        byte[] frame = concat(header(16, 0 /* hop-by-hop options */), bytes(
                0x3a, // next header ICMPv6
                0x00, // length 0: 8 bytes
                0x05, 0x02, 0x00, 0x00, // Router Alert, 2 bytes: MLD
                0x01, 0x00, // PadN, 0 bytes
                0x80, 0x00, 0x08, 0x6a, // ICMPv6 echo request, code 0, checksum
                0x12, 0x34, 0x00, 0x01)); // identifier, sequence 1

        Packet packet = dissect(frame);

        Item header = item(packet, "ipv6.hopopts");
        assertEquals("IPv6 Hop-by-Hop Option", header.label());
        assertSpan(header, 40, 8);
        assertEquals("Next Header: ICMPv6 (58)", item(packet, "ipv6.hopopts.nxt").label());
        assertEquals(0, item(packet, "ipv6.hopopts.len").number());
        Item bytes = item(packet, "ipv6.hopopts.len_oct");
        assertEquals("[Length: 8 bytes]", bytes.label());
        List<Item> options = items(packet, "ipv6.opt");
        assertEquals(List.of("Router Alert", "PadN"), options.stream().map(Item::label).toList());
        assertSpan(options.get(0), 42, 4);
        Item alert = item(packet, "ipv6.opt.router_alert");
        assertEquals("Router Alert: MLD (0)", alert.label());
        assertSpan(alert, 44, 2);
        assertEquals("Type: Router Alert (0x05)", item(packet, "ipv6.opt.type").label());
        assertSpan(options.get(1), 46, 2);
        assertSpan(item(packet, "ipv6"), 0, 48);
        assertEquals("Echo (ping) request id=0x1234, seq=1, hop limit=255", packet.info());
        assertEquals(1, item(packet, "icmpv6.checksum.status").number());
        assertEquals("frame:ipv6:icmpv6", packet.layers());
    }

    @Test
    void segmentRoutingNamesTheFinalDestination() {
        byte[] frame = concat(header(52, 43 /* routing */), bytes(
                0x11, // next header UDP
                0x04, // length 4: 40 bytes
                0x04, // type 4: segment routing
                0x01, // segments left 1
                0x01, // last entry 1: two segments
                0x00, // flags
                0x00, 0x00), // tag
                DOCUMENTATION_1, // segment 0, the final destination 2001:db8::1
                DOCUMENTATION_2, // segment 1
                UDP);

        Packet packet = dissect(frame);

        Item routing = item(packet, "ipv6.routing");
        assertEquals("Routing Header for IPv6 (Segment Routing)", routing.label());
        assertSpan(routing, 40, 40);
        assertEquals("Type: Segment Routing (4)", item(packet, "ipv6.routing.type").label());
        assertEquals(1, item(packet, "ipv6.routing.segleft").number());
        assertEquals(1, item(packet, "ipv6.routing.srh.last_entry").number());
        assertSpan(item(packet, "ipv6.routing.srh.tag"), 46, 2);
        List<Item> segments = items(packet, "ipv6.routing.srh.addr");
        assertEquals(List.of("Address[0]: 2001:db8::1", "Address[1]: 2001:db8::2"), segments.stream().map(Item::label).toList());
        assertSpan(segments.get(0), 48, 16);
        assertEquals("2001:db8::1", packet.destination(), "Wireshark shows where the packet is going");
        assertEquals("2001:db8::1", packet.netDestination());
        assertEquals("Destination Address: ff02::1", item(packet, "ipv6.dst").label());
        assertEquals(80, udp.received().frameOffset(0));
    }

    @Test
    void sourceRouteEndsAtItsLastAddress() {
        byte[] frame = concat(header(52, 43), bytes(
                0x11, 0x04, // next header UDP, length 4: 40 bytes
                0x00, 0x02, // type 0: source route (deprecated), segments left 2
                0x00, 0x00, 0x00, 0x00), // reserved
                DOCUMENTATION_1, DOCUMENTATION_2, UDP);

        Packet packet = dissect(frame);

        assertEquals(2, items(packet, "ipv6.routing.src.addr").size());
        assertEquals("2001:db8::2", packet.destination());
        assertEquals(80, udp.received().frameOffset(0));
    }

    @Test
    void aFirstFragmentIsDataUntilThePacketIsWhole() {
        byte[] frame = concat(header(20, 44 /* fragment */), bytes(
                0x11, // next header UDP
                0x00, // reserved
                0x00, 0x01, // offset 0, more fragments
                0xde, 0xad, 0xbe, 0xef), // identification
                UDP);

        Packet packet = dissect(frame);

        Item header = item(packet, "ipv6.fraghdr");
        assertSpan(header, 40, 8);
        assertEquals("Offset: 0 (0 bytes)", item(packet, "ipv6.fraghdr.offset").label());
        assertEquals("More Fragments: Yes", item(packet, "ipv6.fraghdr.more").label());
        Item identification = item(packet, "ipv6.fraghdr.ident");
        assertEquals("Identification: 0xdeadbeef", identification.label());
        assertSpan(identification, 44, 4);
        assertNull(udp.received());
        assertEquals(48, data.received().frameOffset(0));
        assertEquals("IPv6 fragment (off=0 more=y ident=0xdeadbeef nxt=17)", packet.info());
        assertFalse(packet.malformed());
    }

    @Test
    void aLaterFragmentIsData() {
        byte[] frame = concat(header(16, 44), bytes(
                0x11, 0x00, // next header UDP, reserved
                0x05, 0xc8, // offset 185 (1480 bytes), last fragment
                0xde, 0xad, 0xbe, 0xef, // identification
                'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')); // the middle of a UDP datagram

        Packet packet = dissect(frame);

        Item offset = item(packet, "ipv6.fraghdr.offset");
        assertEquals(185, offset.number());
        assertEquals("Offset: 185 (1480 bytes)", offset.label());
        assertEquals(0, item(packet, "ipv6.fraghdr.more").number());
        assertNull(udp.received());
        assertEquals(8, data.received().length());
        assertEquals("IPv6 fragment (off=1480 more=n ident=0xdeadbeef nxt=17)", packet.info());
        assertEquals("IPv6", packet.protocolColumn());
    }

    @Test
    void destinationOptionsThenNoNextHeader() {
        byte[] frame = concat(header(8, 60 /* destination options */), bytes(
                0x3b, // next header: none
                0x00, // length 0: 8 bytes
                0x01, 0x04, 0x00, 0x00, 0x00, 0x00)); // PadN, 4 bytes

        Packet packet = dissect(frame);

        assertSpan(item(packet, "ipv6.dstopts"), 40, 8);
        assertEquals("Next Header: No Next Header for IPv6 (59)", item(packet, "ipv6.dstopts.nxt").label());
        assertSpan(item(packet, "ipv6.opt.padn"), 44, 4);
        assertEquals("IPv6 no next header", packet.info());
        assertNull(data.received());
        assertFalse(packet.malformed());
    }

    @Test
    void theAuthenticationHeaderIsSkippedByItsLength() {
        byte[] frame = concat(header(32, 51 /* authentication header */), bytes(
                0x3a, // next header ICMPv6
                0x04, // length 4: (4 + 2) x 4 = 24 bytes
                0x00, 0x00, // reserved
                0x00, 0x00, 0x01, 0x00, // security parameters index
                0x00, 0x00, 0x00, 0x01, // sequence number 1
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // integrity check value
                0x80, 0x00, 0x08, 0x6a, // ICMPv6 echo request, code 0, checksum
                0x12, 0x34, 0x00, 0x01)); // identifier, sequence 1

        Packet packet = dissect(frame);

        Item header = item(packet, "ah");
        assertSpan(header, 40, 24);
        assertEquals("Length: 4 (24 bytes)", item(packet, "ah.len").label());
        assertEquals(0x100, item(packet, "ah.spi").number());
        assertEquals(1, item(packet, "ah.sequence").number());
        assertSpan(item(packet, "ah.icv"), 52, 12);
        assertEquals("Echo (ping) request id=0x1234, seq=1, hop limit=255", packet.info());
        assertEquals(1, item(packet, "icmpv6.checksum.status").number());
    }

    @Test
    void aJumboPayloadOptionGivesTheLength() {
        byte[] frame = concat(header(0 /* a jumbogram */, 0), bytes(
                0x11, 0x00, // next header UDP, length 0: 8 bytes
                0xc2, 0x04, // Jumbo Payload, 4 bytes
                0x00, 0x01, 0x00, 0x08), // 65544 bytes, of which the frame holds 20
                UDP);

        Packet packet = dissect(frame);

        assertEquals("Payload Length: 0 (Jumbogram)", item(packet, "ipv6.plen").label());
        Item jumbo = item(packet, "ipv6.opt.jumbo");
        assertEquals(65544, jumbo.number());
        assertSpan(jumbo, 44, 4);
        assertEquals(12, udp.received().length());
        Expert error = item(packet, "ipv6.plen").children().stream().map(Item::expert).filter(e -> e.severity() == Severity.ERROR)
                .findFirst().orElseThrow();
        assertTrue(error.message().startsWith("IPv6 payload length exceeds framing length"), error.message());
        assertEquals(60, malformedAt(packet));
    }

    @Test
    void aJumboLengthEndingInsideTheHeadersIsMalformedWhereItEnds() {
        byte[] frame = concat(header(0, 0), bytes(
                0x11, 0x00, // next header UDP, length 0: 8 bytes
                0xc2, 0x04, // Jumbo Payload, 4 bytes
                0x00, 0x00, 0x00, 0x04), // 4 bytes: not even this header
                UDP);

        Packet packet = dissect(frame);

        assertTrue(packet.experts().stream().anyMatch(e -> e.message().equals("IPv6 payload length ends inside the extension headers")));
        assertEquals(44, malformedAt(packet));
        assertNull(udp.received(), "no payload to hand on");
    }

    @Test
    void anOptionRunningPastItsHeaderIsMalformedAtItsLength() {
        byte[] frame = concat(header(8, 0), bytes(
                0x3b, 0x00, // next header: none, length 0: 8 bytes
                0x05, 0x08, // Router Alert claiming 8 bytes where 4 are left
                0x00, 0x00, 0x00, 0x00));

        Packet packet = dissect(frame);

        Expert error = item(packet, "ipv6.opt.length").children().get(0).expert();
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(43, malformedAt(packet));
    }

    @Test
    void aHeaderLongerThanThePacketIsMalformedWhereTheReadFails() {
        byte[] frame = concat(header(8, 0), bytes(
                0x3a, 0x03, // next header ICMPv6, length 3: 32 bytes, but the payload length leaves 8
                0x01, 0x04, 0x00, 0x00, 0x00, 0x00)); // PadN, 4 bytes; the next option would be past the packet

        Packet packet = dissect(frame);

        assertEquals(48, malformedAt(packet));
        assertEquals("fe80::211:22ff:fe33:4455", packet.source());
    }

    @Test
    void hopByHopAfterAnotherHeaderIsAWarning() {
        byte[] frame = concat(header(16, 60), bytes(
                0x00, 0x00, 0x01, 0x04, 0x00, 0x00, 0x00, 0x00, // destination options, then hop-by-hop
                0x3b, 0x00, 0x01, 0x04, 0x00, 0x00, 0x00, 0x00)); // hop-by-hop options, then nothing

        Packet packet = dissect(frame);

        assertTrue(packet.experts().stream().anyMatch(e -> e.severity() == Severity.WARNING
                && e.message().equals("IPv6 Hop-by-Hop extension header must appear immediately after IPv6 header")));
        assertEquals("IPv6 no next header", packet.info());
    }
}
