package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.dissect;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.proto.ethernet.internal.LlcDissector;
import org.wirebench.proto.ethernet.internal.Sll2Dissector;
import org.wirebench.proto.ethernet.internal.SllDissector;
import org.wirebench.testing.Stub;

class LinuxCookedTest {
    private final Stub ip = new Stub("IPv4");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("sll", "Linux cooked-mode capture", "sll", SllDissector::new, "linktype=113"),
            spec("sll2", "Linux cooked-mode capture v2", "sll", Sll2Dissector::new, "linktype=276"),
            spec("llc", "Logical-Link Control", "llc", LlcDissector::new),
            spec("ip", "Internet Protocol Version 4", "ip", () -> ip, "ethertype=0x0800"),
            spec("data", "Data", "data", () -> data));

    private static final byte[] SLL_IPV4 = bytes(
            0x00, 0x04, // packet type: sent by us
            0x00, 0x01, // address type: Ethernet
            0x00, 0x06, // address length 6
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00, // source 00:11:22:33:44:55, 2 bytes unused
            0x08, 0x00, // protocol: IPv4
            0x45, 0x00); // start of the IPv4 header

    @Test
    void version1FieldsAndColumns() {
        Packet packet = dissect(registry, LinkType.LINUX_SLL, SLL_IPV4, true);

        Item sll = item(packet, "sll");
        assertEquals("Linux cooked capture v1", sll.label());
        assertSpan(sll, 0, 16);
        Item type = item(packet, "sll.pkttype");
        assertEquals("Packet type: Sent by us (4)", type.label());
        assertSpan(type, 0, 2);
        assertEquals("Link-layer address type: Ethernet (1)", item(packet, "sll.hatype").label());
        assertEquals(6, item(packet, "sll.halen").number());
        Item source = item(packet, "sll.src.eth");
        assertEquals("Source: 00:11:22:33:44:55", source.label());
        assertSpan(source, 6, 6);
        assertSpan(item(packet, "sll.unused"), 12, 2);
        Item protocol = item(packet, "sll.etype");
        assertEquals("Protocol: IPv4 (0x0800)", protocol.label());
        assertSpan(protocol, 14, 2);
        assertEquals(16, ip.received().frameOffset(0));

        assertEquals("IPv4", packet.protocolColumn());
        assertEquals("Sent by us", packet.info());
        assertEquals("00:11:22:33:44:55", packet.source());
        assertEquals("", packet.destination());
        assertEquals("frame:sll:ip", packet.layers());
        assertSameColumns(packet, dissect(registry, LinkType.LINUX_SLL, SLL_IPV4, false));
    }

    @Test
    void aLinuxProtocolNumberIsNotAnEthertype() {
        byte[] frame = bytes(
                0x00, 0x00, // packet type: unicast to us
                0x03, 0x04, // address type: loopback (772)
                0x00, 0x00, // no address
                0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // unused
                0x00, 0x99, // a Linux protocol number, not an ethertype
                0x01);

        Packet packet = dissect(registry, LinkType.LINUX_SLL, frame, true);

        assertEquals("Protocol: 0x0099", item(packet, "sll.ltype").label());
        assertAbsent(packet, "sll.etype");
        assertSpan(item(packet, "sll.unused"), 6, 8);
        assertEquals("SLL", packet.protocolColumn());
        assertEquals("Unicast to us", packet.info());
        assertEquals("", packet.source());
        assertEquals(1, data.received().length());
        assertSameColumns(packet, dissect(registry, LinkType.LINUX_SLL, frame, false));
    }

    @Test
    void linuxProtocol4IsLlc() {
        byte[] frame = bytes(
                0x00, 0x04, 0x00, 0x01, 0x00, 0x06, // sent by us, Ethernet, 6-byte address
                0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00, // source
                0x00, 0x04, // protocol: 802.2 LLC
                0x42, 0x42, 0x03, 0x00); // LLC: spanning tree, UI

        Packet packet = dissect(registry, LinkType.LINUX_SLL, frame, true);

        assertEquals("Protocol: 802.2 LLC (0x0004)", item(packet, "sll.ltype").label());
        assertEquals(0x42, item(packet, "llc.dsap").number());
        assertEquals("frame:sll:llc:data", packet.layers());
    }

    private static final byte[] SLL2_IPV4 = bytes(
            0x08, 0x00, // protocol: IPv4
            0x00, 0x00, // reserved
            0x00, 0x00, 0x00, 0x02, // interface index 2
            0x00, 0x01, // address type: Ethernet
            0x00, // packet type: unicast to us
            0x06, // address length 6
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00, // source, 2 bytes unused
            0x45, 0x00); // start of the IPv4 header

    @Test
    void version2FieldsAndColumns() {
        Packet packet = dissect(registry, LinkType.LINUX_SLL2, SLL2_IPV4, true);

        Item sll = item(packet, "sll");
        assertEquals("Linux cooked capture v2", sll.label());
        assertSpan(sll, 0, 20);
        assertEquals("sll.etype", sll.children().get(0).field().filterName(), "the protocol comes first, as in the header");
        assertSpan(item(packet, "sll.etype"), 0, 2);
        Item index = item(packet, "sll.ifindex");
        assertEquals(2, index.number());
        assertSpan(index, 4, 4);
        assertSpan(item(packet, "sll.pkttype"), 10, 1);
        assertSpan(item(packet, "sll.halen"), 11, 1);
        assertSpan(item(packet, "sll.src.eth"), 12, 6);
        assertEquals(20, ip.received().frameOffset(0));
        assertEquals("Unicast to us", packet.info());
        assertEquals("00:11:22:33:44:55", packet.source());
        assertEquals("frame:sll:ip", packet.layers());
        assertSameColumns(packet, dissect(registry, LinkType.LINUX_SLL2, SLL2_IPV4, false));
    }

    @Test
    void anAddressCutShortIsMalformedAtTheAddressInBothPasses() {
        byte[] frame = java.util.Arrays.copyOf(SLL2_IPV4, 15); // 3 of the 8 address bytes

        Packet packet = dissect(registry, LinkType.LINUX_SLL2, frame, true);

        assertEquals(12, malformedAt(packet));
        assertSameColumns(packet, dissect(registry, LinkType.LINUX_SLL2, frame, false));
    }

    @Test
    void aTruncatedHeaderIsMalformedWhereItEnds() {
        byte[] frame = bytes(0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01); // 10 of 20 bytes

        Packet packet = dissect(registry, LinkType.LINUX_SLL2, frame, true);

        assertEquals(10, malformedAt(packet));
        assertSameColumns(packet, dissect(registry, LinkType.LINUX_SLL2, frame, false));
    }
}
