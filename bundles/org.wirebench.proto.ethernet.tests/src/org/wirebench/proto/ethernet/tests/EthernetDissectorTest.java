package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Bytes.padded;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.ethernet.internal.EthernetDissector;
import org.wirebench.proto.ethernet.internal.LlcDissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

class EthernetDissectorTest {
    /** Frame 1 of arp_gratuitous.pcapng (Practical Packet Analysis): an ARP announcement padded to 60 bytes. */
    private static final byte[] ARP_ANNOUNCEMENT = bytes(
            0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // destination: broadcast
            0x00, 0x03, 0x47, 0xb7, 0xf2, 0xf5, // source 00:03:47:b7:f2:f5
            0x08, 0x06, // type ARP
            0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01, // ARP: Ethernet, IPv4, sizes 6 and 4, request
            0x00, 0x03, 0x47, 0xb7, 0xf2, 0xf5, 0x18, 0x06, 0x7d, 0x13, // sender 00:03:47:b7:f2:f5 24.6.125.19
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x18, 0x06, 0x7d, 0x13, // target 00:00:00:00:00:00 24.6.125.19
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // padding to the 60-byte minimum ...
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00); // ... 18 bytes

    private static final byte[] ADDRESSES = bytes(
            0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, // destination 00:aa:bb:cc:dd:ee, unicast, globally unique
            0x02, 0x11, 0x22, 0x33, 0x44, 0x55); // source 02:11:22:33:44:55, locally administered

    private final Stub arp = new Stub("ARP").claiming(28); // an ARP message is 28 bytes for Ethernet and IPv4
    private final Stub data = new Stub(null);
    private final Stub stp = new Stub("STP");
    private final DissectorRegistry registry = registry(
            spec("eth", "Ethernet", "eth", EthernetDissector::new, "linktype=1"),
            spec("llc", "Logical-Link Control", "llc", LlcDissector::new),
            spec("arp", "Address Resolution Protocol", "arp", () -> arp, "ethertype=0x0806"),
            spec("stp", "Spanning Tree Protocol", "stp", () -> stp, "llc.dsap=0x42"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame, boolean tree) {
        return Registries.dissect(registry, LinkType.ETHERNET, frame, tree);
    }

    @Test
    void ethernetTwoHeaderFieldsAndColumns() {
        Packet packet = dissect(ARP_ANNOUNCEMENT, true);

        Item eth = item(packet, "eth");
        assertEquals("Ethernet II, Src: 00:03:47:b7:f2:f5, Dst: ff:ff:ff:ff:ff:ff", eth.label());
        assertSpan(eth, 0, 14);
        Item destination = item(packet, "eth.dst");
        assertEquals("Destination: Broadcast (ff:ff:ff:ff:ff:ff)", destination.label());
        assertSpan(destination, 0, 6);
        Item source = item(packet, "eth.src");
        assertArrayEquals(bytes(0x00, 0x03, 0x47, 0xb7, 0xf2, 0xf5), (byte[]) source.value());
        assertSpan(source, 6, 6);
        // the vendor from the IEEE registry, as Wireshark resolves it
        assertEquals("Source: Intel_b7:f2:f5 (00:03:47:b7:f2:f5)", source.label());
        assertEquals("Intel_b7:f2:f5", item(packet, "eth.src_resolved").value());
        Item type = item(packet, "eth.type");
        assertEquals(0x0806, type.number());
        assertEquals("Type: ARP (0x0806)", type.label());
        assertSpan(type, 12, 2);

        assertEquals("ARP", packet.protocolColumn());
        assertEquals("00:03:47:b7:f2:f5", packet.source());
        assertEquals("ff:ff:ff:ff:ff:ff", packet.destination());
        assertEquals("Ethernet II", packet.info());
        assertEquals("frame:eth:arp", packet.layers());
        assertEquals(14, arp.received().frameOffset(0));
        assertEquals(46, arp.received().length(), "the payload runs to the end of the frame; the upper layer knows its length");
        assertFalse(packet.malformed());
    }

    @Test
    void eachAddressIsAlsoAnEthAddrAndHasItsTwoBits() {
        Packet packet = dissect(concat(ADDRESSES, bytes(0x88, 0xb5 /* type */, 0x01)), true);

        List<Item> addresses = items(packet, "eth.addr");
        assertEquals(2, addresses.size());
        assertTrue(addresses.get(0).isHidden() && addresses.get(1).isHidden());
        assertSpan(addresses.get(0), 0, 6);
        assertSpan(addresses.get(1), 6, 6);

        Item destinationIg = item(packet, "eth.dst.ig");
        assertEquals(0, destinationIg.number());
        assertEquals("IG bit: Individual address (unicast)", destinationIg.label());
        assertSpan(destinationIg, 0, 3);
        assertEquals(0, item(packet, "eth.dst.lg").number());
        Item sourceLg = item(packet, "eth.src.lg");
        assertEquals(1, sourceLg.number());
        assertEquals("LG bit: Locally administered address (this is NOT the factory default)", sourceLg.label());
        assertEquals(0, item(packet, "eth.src.ig").number());
        assertEquals(2, items(packet, "eth.lg").size());
        assertTrue(item(packet, "eth.ig").isHidden());
    }

    @Test
    void bytesTheUpperLayerDidNotClaimArePaddingUpToSixtyBytes() {
        Packet packet = dissect(ARP_ANNOUNCEMENT, true);

        Item padding = item(packet, "eth.padding");
        assertSpan(padding, 42, 18);
        assertArrayEquals(new byte[18], (byte[]) padding.value());
        assertAbsent(packet, "eth.trailer");
    }

    @Test
    void beyondSixtyBytesATrailerAndWhatLooksLikeAFrameCheckSequence() {
        // as tshark shows it: 18 bytes of padding, a 6-byte trailer, and the last 4 bytes taken for an FCS
        byte[] frame = concat(ARP_ANNOUNCEMENT, bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

        Packet packet = dissect(frame, true);

        assertSpan(item(packet, "eth.padding"), 42, 18);
        Item trailer = item(packet, "eth.trailer");
        assertSpan(trailer, 60, 6);
        assertEquals("Trailer: 010203040506", trailer.label());
        Item fcs = item(packet, "eth.fcs");
        assertEquals("Frame check sequence: 0x0708090a [unverified]", fcs.label());
        assertSpan(fcs, 66, 4);
        assertEquals(2, item(packet, "eth.fcs.status").number());
        assertTrue(packet.experts().isEmpty(), "a guessed FCS is not checked");
    }

    @Test
    void withoutAnFcsOnTheInterfaceEverythingBeyondSixtyBytesIsTrailer() {
        byte[] frame = concat(ARP_ANNOUNCEMENT, bytes(0xde, 0xad, 0xbe, 0xef));

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 0), frame, frame.length, true);

        assertSpan(item(packet, "eth.trailer"), 60, 4);
        assertAbsent(packet, "eth.fcs");
    }

    @Test
    void paddingIsZerosOtherwiseItIsTrailer() {
        byte[] frame = ARP_ANNOUNCEMENT.clone();
        frame[50] = 0x20; // a non-zero byte where the padding should be

        Packet packet = dissect(frame, true);

        assertAbsent(packet, "eth.padding");
        assertSpan(item(packet, "eth.trailer"), 42, 18);
    }

    @Test
    void noPaddingWhenTheUpperLayerClaimsEverything() {
        Packet packet = dissect(padded(concat(ADDRESSES, bytes(0x88, 0xb5)), 60), true);

        assertEquals(46, data.received().length());
        assertAbsent(packet, "eth.padding");
    }

    @Test
    void aTypeNoProtocolTakesShowsAsHexWithItsName() {
        byte[] frame = concat(ADDRESSES, bytes(
                0x88, 0xb5, // type: Local Experimental Ethertype 1, not registered here
                0x01, 0x02, 0x03)); // payload

        Packet packet = dissect(frame, true);

        assertEquals("0x88b5", packet.protocolColumn());
        assertEquals("Local Experimental Ethertype 1", packet.info());
        assertEquals("frame:eth:data", packet.layers());
        assertEquals(3, data.received().length());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void anUnnamedTypeLeavesEthernetTwoInInfo() {
        Packet packet = dissect(concat(ADDRESSES, bytes(0x12, 0x34 /* type, unassigned */, 0x00)), true);

        assertEquals("0x1234", packet.protocolColumn());
        assertEquals("Ethernet II", packet.info());
        assertEquals("Type: 0x1234", item(packet, "eth.type").label());
    }

    @Test
    void frameCheckSequenceIsVerifiedWhenTheInterfaceKeepsIt() {
        byte[] frame = withFcs(ARP_ANNOUNCEMENT, false);

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 4), frame, frame.length, true);

        Item fcs = item(packet, "eth.fcs");
        assertSpan(fcs, 60, 4);
        assertTrue(fcs.label().endsWith("[correct]"), fcs.label());
        Item status = item(packet, "eth.fcs.status");
        assertEquals(1, status.number());
        assertEquals("[FCS Status: Good (1)]", status.label());
        assertEquals(46, arp.received().length(), "the FCS is not payload");
        assertSpan(item(packet, "eth.padding"), 42, 18);
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void aBadFrameCheckSequenceIsAnExpertError() {
        byte[] frame = withFcs(ARP_ANNOUNCEMENT, true);

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 4), frame, frame.length, true);

        assertEquals(0, item(packet, "eth.fcs.status").number());
        Expert expert = packet.experts().get(0);
        assertEquals(Severity.ERROR, expert.severity());
        assertTrue(expert.message().startsWith("Bad checksum [should be 0x"), expert.message());
        assertEquals(60, expert.frameOffset());
        assertFalse(packet.malformed());
    }

    private static byte[] withFcs(byte[] frame, boolean corrupt) {
        CRC32 crc = new CRC32();
        crc.update(frame);
        long value = crc.getValue() ^ (corrupt ? 1 : 0);
        // least significant byte first, as it goes on the wire
        return concat(frame, bytes((int) value, (int) (value >>> 8), (int) (value >>> 16), (int) (value >>> 24)));
    }

    @Test
    void aTruncatedHeaderIsMalformedWhereTheTypeIsRead() {
        byte[] frame = concat(ADDRESSES, bytes(0x08)); // one byte of the type

        Packet packet = dissect(frame, true);

        assertEquals(12, malformedAt(packet));
        assertEquals("Ethernet", packet.protocolColumn());
        assertEquals("02:11:22:33:44:55", packet.source(), "the addresses were read before the type");
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void aHeaderCutByTheSnapLengthIsNotMalformed() {
        byte[] frame = concat(ADDRESSES, bytes(0x08));

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 13, null, null, -1), frame, 60, true);

        assertFalse(packet.malformed());
        assertTrue(packet.info().endsWith("[Packet size limited during capture]"), packet.info());
    }

    /** A spanning-tree BPDU: 802.3 length 38, LLC to SAP 0x42, padded to 60 bytes. */
    private static final byte[] BPDU = padded(bytes(
            0x01, 0x80, 0xc2, 0x00, 0x00, 0x00, // destination: bridge group address
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // source
            0x00, 0x26, // length 38: an 802.3 frame
            0x42, 0x42, 0x03, // LLC: DSAP and SSAP spanning tree, control UI
            0x00, 0x00, 0x00, 0x00), 60); // BPDU: protocol id 0, version 0, type configuration, ... (35 bytes)

    @Test
    void aLengthMakesAn8023FrameForLlc() {
        Packet packet = dissect(BPDU, true);

        Item eth = item(packet, "eth");
        assertEquals("IEEE 802.3 Ethernet", eth.label());
        Item length = item(packet, "eth.len");
        assertEquals(38, length.number());
        assertSpan(length, 12, 2);
        assertEquals(0x42, item(packet, "llc.dsap").number());
        assertEquals(17, stp.received().frameOffset(0));
        assertEquals(35, stp.received().length());
        assertSpan(item(packet, "eth.padding"), 52, 8);
        assertEquals("frame:eth:llc:stp", packet.layers());
        assertEquals("STP", packet.protocolColumn());
        assertFalse(packet.malformed());
        assertSameColumns(packet, dissect(BPDU, false));
    }

    @Test
    void anOverlong8023LengthIsMalformedWhereTheFrameEnds() {
        byte[] frame = BPDU.clone();
        frame[12] = 0x00;
        frame[13] = 0x64; // length 100, but only 46 bytes follow

        Packet packet = dissect(frame, true);

        Item length = item(packet, "eth.len");
        assertEquals(Severity.ERROR, length.children().get(0).expert().severity());
        assertEquals("Length field value goes past the end of the payload", length.children().get(0).expert().message());
        assertEquals(12, length.children().get(0).expert().frameOffset());
        assertEquals(60, malformedAt(packet), "malformed where the frame ends");
        assertEquals(43, stp.received().length(), "the payload as far as it goes was still dissected");
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void aValueBetweenLengthAndTypeIsInvalid() {
        byte[] frame = concat(ADDRESSES, bytes(0x05, 0xff /* neither length (<= 1500) nor type (>= 0x0600) */, 0x01, 0x02));

        Packet packet = dissect(frame, true);

        Item invalid = item(packet, "eth.invalid_lentype");
        assertEquals("Invalid length/type: 0x05ff (1535)", invalid.label());
        assertEquals(Severity.WARNING, invalid.children().get(0).expert().severity());
        assertEquals("Ethernet Unknown: Invalid length/type: 0x05ff (1535)", packet.info());
        assertEquals("Ethernet", packet.protocolColumn());
        assertEquals(2, data.received().length());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void summaryPassFillsTheSameColumns() {
        assertSameColumns(dissect(ARP_ANNOUNCEMENT, true), dissect(ARP_ANNOUNCEMENT, false));
    }
}
