package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Bytes.padded;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.ethernet.internal.EthernetDissector;
import org.wirebench.proto.ethernet.internal.LlcDissector;
import org.wirebench.proto.ethernet.internal.VlanDissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

class VlanDissectorTest {
    private static final byte[] ADDRESSES = bytes(
            0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // destination: broadcast
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55); // source

    private final Stub arp = new Stub("ARP").claiming(28);
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("eth", "Ethernet", "eth", EthernetDissector::new, "linktype=1"),
            spec("vlan", "802.1Q Virtual LAN", "vlan", VlanDissector::new, "ethertype=0x8100", "ethertype=0x88a8", "ethertype=0x9100"),
            spec("llc", "Logical-Link Control", "llc", LlcDissector::new),
            spec("arp", "Address Resolution Protocol", "arp", () -> arp, "ethertype=0x0806"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame, boolean tree) {
        return Registries.dissect(registry, LinkType.ETHERNET, frame, tree);
    }

    @Test
    void tagFieldsAndTheTypeAfterIt() {
        byte[] frame = padded(concat(ADDRESSES, bytes(
                0x81, 0x00, // type 802.1Q
                0xa0, 0x0a, // priority 5, DEI 0, VLAN 10
                0x08, 0x06)), 60); // type ARP, then 28 bytes of ARP and 14 of padding

        Packet packet = dissect(frame, true);

        Item vlan = item(packet, "vlan");
        assertEquals("802.1Q Virtual LAN, PRI: 5, DEI: 0, ID: 10", vlan.label());
        assertSpan(vlan, 14, 4);
        Item priority = item(packet, "vlan.priority");
        assertEquals(5, priority.number());
        assertEquals("Priority: Voice, < 10ms latency and jitter (5)", priority.label());
        assertSpan(priority, 14, 2);
        assertEquals(0, item(packet, "vlan.dei").number());
        Item id = item(packet, "vlan.id");
        assertEquals(10, id.number());
        assertSpan(id, 14, 2);
        Item type = item(packet, "vlan.etype");
        assertEquals("Type: ARP (0x0806)", type.label());
        assertSpan(type, 16, 2);
        assertEquals(18, arp.received().frameOffset(0));
        assertSpan(item(packet, "eth.padding"), 46, 14);
        assertEquals("ARP", packet.protocolColumn());
        assertEquals("frame:eth:vlan:arp", packet.layers());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void qinqStacksTwoTags() {
        byte[] frame = concat(ADDRESSES, bytes(
                0x88, 0xa8, // type 802.1ad: service tag
                0x00, 0x64, // priority 0, DEI 0, VLAN 100
                0x81, 0x00, // type 802.1Q: customer tag
                0x30, 0x0a, // priority 1, DEI 1, VLAN 10
                0x88, 0xb5, // type Local Experimental Ethertype 1
                0x01, 0x02));

        Packet packet = dissect(frame, true);

        List<Item> ids = items(packet, "vlan.id");
        assertEquals(List.of(100L, 10L), ids.stream().map(Item::number).toList());
        List<Item> dei = items(packet, "vlan.dei");
        assertEquals(1, dei.get(1).number());
        assertEquals("frame:eth:vlan:vlan:data", packet.layers());
        assertEquals("0x88b5", packet.protocolColumn());
        assertEquals("Local Experimental Ethertype 1", packet.info());
        assertEquals(22, data.received().frameOffset(0));
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void aLengthAfterTheTagMeansLlc() {
        byte[] frame = concat(ADDRESSES, bytes(
                0x81, 0x00, 0x00, 0x0a, // 802.1Q tag, VLAN 10
                0x00, 0x04, // length 4
                0xf0, 0xf0, 0x03, 0x99, // LLC: NetBIOS, UI, one byte of payload
                0xee, 0xee)); // trailer

        Packet packet = dissect(frame, true);

        assertEquals(4, item(packet, "vlan.len").number());
        assertEquals(0xf0, item(packet, "llc.dsap").number());
        assertSpan(item(packet, "vlan.trailer"), 22, 2);
        assertEquals(1, data.received().length());
        assertFalse(packet.malformed());
    }

    @Test
    void anOverlongLengthAfterTheTagIsMalformed() {
        byte[] frame = concat(ADDRESSES, bytes(
                0x81, 0x00, 0x00, 0x0a, // 802.1Q tag, VLAN 10
                0x00, 0x20, // length 32, but 4 bytes follow
                0xf0, 0xf0, 0x03, 0x99));

        Packet packet = dissect(frame, true);

        Item length = item(packet, "vlan.len");
        assertEquals(Severity.ERROR, length.children().get(0).expert().severity());
        assertEquals(22, malformedAt(packet));
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void aTruncatedTagIsMalformedWhereItEnds() {
        byte[] frame = concat(ADDRESSES, bytes(0x81, 0x00, 0xa0)); // one byte of the tag

        Packet packet = dissect(frame, true);

        assertEquals(14, malformedAt(packet));
        assertEquals("VLAN", packet.protocolColumn());
        assertSameColumns(packet, dissect(frame, false));
    }
}
