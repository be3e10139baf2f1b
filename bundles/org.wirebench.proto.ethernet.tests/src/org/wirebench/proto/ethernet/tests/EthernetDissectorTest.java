package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.proto.ethernet.tests.Wire.assertSameColumns;
import static org.wirebench.proto.ethernet.tests.Wire.assertSpan;
import static org.wirebench.proto.ethernet.tests.Wire.bytes;
import static org.wirebench.proto.ethernet.tests.Wire.concat;
import static org.wirebench.proto.ethernet.tests.Wire.malformedAt;
import static org.wirebench.proto.ethernet.tests.Wire.padded;
import static org.wirebench.proto.ethernet.tests.Wire.spec;

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

    private final Stub arp = new Stub("ARP", 28); // an ARP message is 28 bytes for Ethernet and IPv4
    private final Stub data = new Stub(null);
    private final Stub stp = new Stub("STP");
    private final DissectorRegistry registry = Wire.registry(
            spec("eth", "Ethernet", "eth", EthernetDissector::new, "linktype=1"),
            spec("llc", "Logical-Link Control", "llc", LlcDissector::new),
            spec("arp", "Address Resolution Protocol", "arp", () -> arp, "ethertype=0x0806"),
            spec("stp", "Spanning Tree Protocol", "stp", () -> stp, "llc.dsap=0x42"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame, boolean tree) {
        return Wire.dissect(registry, LinkType.ETHERNET, frame, tree);
    }

    private Item field(Packet packet, String filterName) {
        return Wire.field(registry, packet, filterName);
    }

    @Test
    void ethernetTwoHeaderFieldsAndColumns() {
        Packet packet = dissect(ARP_ANNOUNCEMENT, true);

        Item eth = field(packet, "eth");
        assertEquals("Ethernet II, Src: 00:03:47:b7:f2:f5, Dst: ff:ff:ff:ff:ff:ff", eth.label());
        assertSpan(0, 14, eth);
        Item destination = field(packet, "eth.dst");
        assertEquals("Destination: ff:ff:ff:ff:ff:ff", destination.label());
        assertSpan(0, 6, destination);
        Item source = field(packet, "eth.src");
        assertArrayEquals(bytes(0x00, 0x03, 0x47, 0xb7, 0xf2, 0xf5), (byte[]) source.value());
        assertSpan(6, 6, source);
        Item type = field(packet, "eth.type");
        assertEquals(0x0806, type.number());
        assertEquals("Type: ARP (0x0806)", type.label());
        assertSpan(12, 2, type);

        assertEquals("ARP", packet.protocolColumn());
        assertEquals("00:03:47:b7:f2:f5", packet.source());
        assertEquals("ff:ff:ff:ff:ff:ff", packet.destination());
        assertEquals("Ethernet II", packet.info());
        assertEquals("frame:eth:arp", packet.layers());
        assertEquals(14, arp.received.frameOffset(0));
        assertEquals(46, arp.received.length(), "the payload runs to the end of the frame; the upper layer knows its length");
        assertFalse(packet.malformed());
    }

    @Test
    void eachAddressIsAlsoAnEthAddrAndHasItsTwoBits() {
        Packet packet = dissect(concat(ADDRESSES, bytes(0x88, 0xb5 /* type */, 0x01)), true);

        List<Item> addresses = packet.tree().findAll(registry.fields().get("eth.addr"));
        assertEquals(2, addresses.size());
        assertTrue(addresses.get(0).isHidden() && addresses.get(1).isHidden());
        assertSpan(0, 6, addresses.get(0));
        assertSpan(6, 6, addresses.get(1));

        Item destinationIg = field(packet, "eth.dst.ig");
        assertEquals(0, destinationIg.number());
        assertEquals("IG bit: Individual address (unicast)", destinationIg.label());
        assertSpan(0, 3, destinationIg);
        assertEquals(0, field(packet, "eth.dst.lg").number());
        Item sourceLg = field(packet, "eth.src.lg");
        assertEquals(1, sourceLg.number());
        assertEquals("LG bit: Locally administered address (this is NOT the factory default)", sourceLg.label());
        assertEquals(0, field(packet, "eth.src.ig").number());
        assertEquals(2, packet.tree().findAll(registry.fields().get("eth.lg")).size());
        assertTrue(field(packet, "eth.ig").isHidden());
    }

    @Test
    void bytesTheUpperLayerDidNotClaimArePaddingUpToSixtyBytes() {
        Packet packet = dissect(ARP_ANNOUNCEMENT, true);

        Item padding = field(packet, "eth.padding");
        assertSpan(42, 18, padding);
        assertArrayEquals(new byte[18], (byte[]) padding.value());
        assertNull(packet.tree().find(registry.fields().get("eth.trailer")));
    }

    @Test
    void beyondSixtyBytesATrailerAndWhatLooksLikeAFrameCheckSequence() {
        // as tshark shows it: 18 bytes of padding, a 6-byte trailer, and the last 4 bytes taken for an FCS
        byte[] frame = concat(ARP_ANNOUNCEMENT, bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

        Packet packet = dissect(frame, true);

        assertSpan(42, 18, field(packet, "eth.padding"));
        Item trailer = field(packet, "eth.trailer");
        assertSpan(60, 6, trailer);
        assertEquals("Trailer: 010203040506", trailer.label());
        Item fcs = field(packet, "eth.fcs");
        assertEquals("Frame check sequence: 0x0708090a [unverified]", fcs.label());
        assertSpan(66, 4, fcs);
        assertEquals(2, field(packet, "eth.fcs.status").number());
        assertTrue(packet.experts().isEmpty(), "a guessed FCS is not checked");
    }

    @Test
    void withoutAnFcsOnTheInterfaceEverythingBeyondSixtyBytesIsTrailer() {
        byte[] frame = concat(ARP_ANNOUNCEMENT, bytes(0xde, 0xad, 0xbe, 0xef));

        Packet packet = Wire.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 0), frame, frame.length, true);

        assertSpan(60, 4, field(packet, "eth.trailer"));
        assertNull(packet.tree().find(registry.fields().get("eth.fcs")));
    }

    @Test
    void paddingIsZerosOtherwiseItIsTrailer() {
        byte[] frame = ARP_ANNOUNCEMENT.clone();
        frame[50] = 0x20; // a non-zero byte where the padding should be

        Packet packet = dissect(frame, true);

        assertNull(packet.tree().find(registry.fields().get("eth.padding")));
        assertSpan(42, 18, field(packet, "eth.trailer"));
    }

    @Test
    void noPaddingWhenTheUpperLayerClaimsEverything() {
        Packet packet = dissect(padded(concat(ADDRESSES, bytes(0x88, 0xb5)), 60), true);

        assertEquals(46, data.received.length());
        assertNull(packet.tree().find(registry.fields().get("eth.padding")));
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
        assertEquals(3, data.received.length());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void anUnnamedTypeLeavesEthernetTwoInInfo() {
        Packet packet = dissect(concat(ADDRESSES, bytes(0x12, 0x34 /* type, unassigned */, 0x00)), true);

        assertEquals("0x1234", packet.protocolColumn());
        assertEquals("Ethernet II", packet.info());
        assertEquals("Type: 0x1234", field(packet, "eth.type").label());
    }

    @Test
    void frameCheckSequenceIsVerifiedWhenTheInterfaceKeepsIt() {
        byte[] frame = withFcs(ARP_ANNOUNCEMENT, false);

        Packet packet = Wire.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 4), frame, frame.length, true);

        Item fcs = field(packet, "eth.fcs");
        assertSpan(60, 4, fcs);
        assertTrue(fcs.label().endsWith("[correct]"), fcs.label());
        Item status = field(packet, "eth.fcs.status");
        assertEquals(1, status.number());
        assertEquals("[FCS Status: Good (1)]", status.label());
        assertEquals(46, arp.received.length(), "the FCS is not payload");
        assertSpan(42, 18, field(packet, "eth.padding"));
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void aBadFrameCheckSequenceIsAnExpertError() {
        byte[] frame = withFcs(ARP_ANNOUNCEMENT, true);

        Packet packet = Wire.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 4), frame, frame.length, true);

        assertEquals(0, field(packet, "eth.fcs.status").number());
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

        Packet packet = Wire.dissect(registry, new CaptureInterface(0, LinkType.ETHERNET, 13, null, null, -1), frame, 60, true);

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

        Item eth = field(packet, "eth");
        assertEquals("IEEE 802.3 Ethernet", eth.label());
        Item length = field(packet, "eth.len");
        assertEquals(38, length.number());
        assertSpan(12, 2, length);
        assertEquals(0x42, field(packet, "llc.dsap").number());
        assertEquals(17, stp.received.frameOffset(0));
        assertEquals(35, stp.received.length());
        assertSpan(52, 8, field(packet, "eth.padding"));
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

        Item length = field(packet, "eth.len");
        assertEquals(Severity.ERROR, length.children().get(0).expert().severity());
        assertEquals("Length field value goes past the end of the payload", length.children().get(0).expert().message());
        assertEquals(12, length.children().get(0).expert().frameOffset());
        assertEquals(60, malformedAt(packet), "malformed where the frame ends");
        assertEquals(43, stp.received.length(), "the payload as far as it goes was still dissected");
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void aValueBetweenLengthAndTypeIsInvalid() {
        byte[] frame = concat(ADDRESSES, bytes(0x05, 0xff /* neither length (<= 1500) nor type (>= 0x0600) */, 0x01, 0x02));

        Packet packet = dissect(frame, true);

        Item invalid = field(packet, "eth.invalid_lentype");
        assertEquals("Invalid length/type: 0x05ff (1535)", invalid.label());
        assertEquals(Severity.WARNING, invalid.children().get(0).expert().severity());
        assertEquals("Ethernet Unknown: Invalid length/type: 0x05ff (1535)", packet.info());
        assertEquals("Ethernet", packet.protocolColumn());
        assertEquals(2, data.received.length());
        assertSameColumns(packet, dissect(frame, false));
    }

    @Test
    void summaryPassFillsTheSameColumns() {
        assertSameColumns(dissect(ARP_ANNOUNCEMENT, true), dissect(ARP_ANNOUNCEMENT, false));
    }
}
