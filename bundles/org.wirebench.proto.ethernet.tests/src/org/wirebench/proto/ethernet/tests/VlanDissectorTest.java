package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.wirebench.proto.ethernet.tests.Wire.assertSameColumns;
import static org.wirebench.proto.ethernet.tests.Wire.assertSpan;
import static org.wirebench.proto.ethernet.tests.Wire.bytes;
import static org.wirebench.proto.ethernet.tests.Wire.concat;
import static org.wirebench.proto.ethernet.tests.Wire.malformedAt;
import static org.wirebench.proto.ethernet.tests.Wire.padded;
import static org.wirebench.proto.ethernet.tests.Wire.spec;

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

class VlanDissectorTest {
    private static final byte[] ADDRESSES = bytes(
            0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // destination: broadcast
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55); // source

    private final Stub arp = new Stub("ARP", 28);
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = Wire.registry(
            spec("eth", "Ethernet", "eth", EthernetDissector::new, "linktype=1"),
            spec("vlan", "802.1Q Virtual LAN", "vlan", VlanDissector::new, "ethertype=0x8100", "ethertype=0x88a8", "ethertype=0x9100"),
            spec("llc", "Logical-Link Control", "llc", LlcDissector::new),
            spec("arp", "Address Resolution Protocol", "arp", () -> arp, "ethertype=0x0806"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame, boolean tree) {
        return Wire.dissect(registry, LinkType.ETHERNET, frame, tree);
    }

    private Item field(Packet packet, String filterName) {
        return Wire.field(registry, packet, filterName);
    }

    @Test
    void tagFieldsAndTheTypeAfterIt() {
        byte[] frame = padded(concat(ADDRESSES, bytes(
                0x81, 0x00, // type 802.1Q
                0xa0, 0x0a, // priority 5, DEI 0, VLAN 10
                0x08, 0x06)), 60); // type ARP, then 28 bytes of ARP and 14 of padding

        Packet packet = dissect(frame, true);

        Item vlan = field(packet, "vlan");
        assertEquals("802.1Q Virtual LAN, PRI: 5, DEI: 0, ID: 10", vlan.label());
        assertSpan(14, 4, vlan);
        Item priority = field(packet, "vlan.priority");
        assertEquals(5, priority.number());
        assertEquals("Priority: Voice, < 10ms latency and jitter (5)", priority.label());
        assertSpan(14, 2, priority);
        assertEquals(0, field(packet, "vlan.dei").number());
        Item id = field(packet, "vlan.id");
        assertEquals(10, id.number());
        assertSpan(14, 2, id);
        Item type = field(packet, "vlan.etype");
        assertEquals("Type: ARP (0x0806)", type.label());
        assertSpan(16, 2, type);
        assertEquals(18, arp.received.frameOffset(0));
        assertSpan(46, 14, field(packet, "eth.padding"));
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

        List<Item> ids = packet.tree().findAll(registry.fields().get("vlan.id"));
        assertEquals(List.of(100L, 10L), ids.stream().map(Item::number).toList());
        List<Item> dei = packet.tree().findAll(registry.fields().get("vlan.dei"));
        assertEquals(1, dei.get(1).number());
        assertEquals("frame:eth:vlan:vlan:data", packet.layers());
        assertEquals("0x88b5", packet.protocolColumn());
        assertEquals("Local Experimental Ethertype 1", packet.info());
        assertEquals(22, data.received.frameOffset(0));
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

        assertEquals(4, field(packet, "vlan.len").number());
        assertEquals(0xf0, field(packet, "llc.dsap").number());
        assertSpan(22, 2, field(packet, "vlan.trailer"));
        assertEquals(1, data.received.length());
        assertFalse(packet.malformed());
    }

    @Test
    void anOverlongLengthAfterTheTagIsMalformed() {
        byte[] frame = concat(ADDRESSES, bytes(
                0x81, 0x00, 0x00, 0x0a, // 802.1Q tag, VLAN 10
                0x00, 0x20, // length 32, but 4 bytes follow
                0xf0, 0xf0, 0x03, 0x99));

        Packet packet = dissect(frame, true);

        Item length = field(packet, "vlan.len");
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
