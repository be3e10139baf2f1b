package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.proto.ethernet.internal.LlcDissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

/** LLC bound under a made-up link type, so a frame is an LLC header and its payload. */
class LlcDissectorTest {
    private final Stub ip = new Stub("IPv4");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("llc", "Logical-Link Control", "llc", LlcDissector::new, "linktype=" + TEST_LINK_TYPE),
            spec("ip", "Internet Protocol Version 4", "ip", () -> ip, "ethertype=0x0800"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame, boolean tree) {
        return Registries.dissect(registry, TEST_LINK_TYPE, frame, tree);
    }

    @Test
    void snapWithOrganisationZeroCarriesAnEthertype() {
        byte[] frame = bytes(
                0xaa, // DSAP SNAP
                0xaa, // SSAP SNAP
                0x03, // control: unnumbered information
                0x00, 0x00, 0x00, // organisation code 0: the protocol id is an ethertype
                0x08, 0x00, // IPv4
                0x45, 0x00); // start of the IPv4 header

        Packet packet = dissect(frame, true);

        assertSpan(item(packet, "llc"), 0, 8);
        Item dsap = item(packet, "llc.dsap");
        assertEquals("DSAP: SNAP (0xaa)", dsap.label());
        assertEquals("IG Bit: Individual", item(packet, "llc.dsap.ig").label());
        assertEquals("CR Bit: Command", item(packet, "llc.ssap.cr").label());
        Item control = item(packet, "llc.control");
        assertEquals("Control field: U, func=UI (0x03)", control.label());
        assertSpan(control, 2, 1);
        assertEquals(0, item(packet, "llc.oui").number());
        Item type = item(packet, "llc.type");
        assertEquals("Type: IPv4 (0x0800)", type.label());
        assertSpan(type, 6, 2);
        assertEquals(8, ip.received().frameOffset(0));
        assertEquals("IPv4", packet.protocolColumn());
        assertEquals("frame:llc:ip", packet.layers());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void snapNobodyTakesStaysLlcInTheColumns() {
        byte[] frame = bytes(
                0xaa, 0xaa, 0x03, // SNAP, UI
                0x00, 0x00, 0x00, // organisation code 0
                0x88, 0xb5, // ethertype no protocol registered for
                0x01);

        Packet packet = dissect(frame, true);

        assertEquals("LLC", packet.protocolColumn());
        assertEquals("U, func=UI; SNAP, OUI 0x000000 (Officially Xerox, but 0:0:0:0:0:0 is more common), PID 0x88B5", packet.info());
        assertEquals(1, data.received().length());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void snapOfAnotherOrganisationHasAProtocolId() {
        byte[] frame = bytes(
                0xaa, 0xaa, 0x03, // SNAP, UI
                0x00, 0x00, 0x0c, // Cisco
                0x20, 0x00, // protocol id 0x2000 (CDP)
                0x02);

        Packet packet = dissect(frame, true);

        assertEquals(0x2000, item(packet, "llc.pid").number());
        assertEquals("U, func=UI; SNAP, OUI 0x00000C (Cisco), PID 0x2000", packet.info());
        assertEquals(1, data.received().length());
    }

    @Test
    void otherSapsNameThemselvesInInfo() {
        byte[] frame = bytes(
                0xf0, // DSAP NetBIOS, individual
                0xf1, // SSAP NetBIOS, response
                0x03, // control: unnumbered information
                0x01, 0x02);

        Packet packet = dissect(frame, true);

        assertEquals("U, func=UI; DSAP NetBIOS Individual, SSAP NetBIOS Response", packet.info());
        assertEquals("LLC", packet.protocolColumn());
        assertEquals(3, data.received().frameOffset(0));
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void informationFramesHaveTwoControlBytes() {
        byte[] frame = bytes(
                0x04, 0x04, // SNA path control
                0x0a, // I frame: N(S) 5
                0x0c, // N(R) 6
                0x2d);

        Packet packet = dissect(frame, true);

        Item control = item(packet, "llc.control");
        assertEquals("Control field: I, N(R)=6, N(S)=5 (0x0c0a)", control.label());
        assertSpan(control, 2, 2);
        assertSpan(item(packet, "llc"), 0, 4);
        assertEquals(4, data.received().frameOffset(0));
    }

    @Test
    void aTruncatedSnapHeaderIsMalformed() {
        Packet packet = dissect(bytes(0xaa, 0xaa, 0x03, 0x00, 0x00), true); // two bytes of the organisation code

        assertEquals(3, malformedAt(packet));
    }
}
