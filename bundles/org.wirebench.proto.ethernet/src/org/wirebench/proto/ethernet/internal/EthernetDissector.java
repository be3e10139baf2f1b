package org.wirebench.proto.ethernet.internal;

import java.util.Map;
import java.util.zip.CRC32;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Names;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * Ethernet (`eth`): Ethernet II frames hand their payload to the `ethertype` table, IEEE 802.3 frames (a length
 * instead of a type) to LLC. What the payload does not use is shown as padding (up to the 60-byte minimum frame)
 * and trailer; a frame check sequence is shown and verified when the capture interface says frames carry one.
 */
public final class EthernetDissector implements Dissector {
    private static final int HEADER = 14;
    private static final int MINIMUM_FRAME = 60;
    private static final int MAXIMUM_LENGTH = 1500;
    private static final int FIRST_TYPE = 0x0600;
    private static final int FCS = 4;
    private static final int BAD = 0;
    private static final int GOOD = 1;
    private static final int UNVERIFIED = 2;
    private static final Map<Long, String> CHECKSUM_STATUS = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified");

    private Field protocol;
    private Field destination;
    private Field source;
    private Field address;
    private Field destinationResolved;
    private Field sourceResolved;
    private Field addressResolved;
    private Field destinationLg;
    private Field destinationIg;
    private Field sourceLg;
    private Field sourceIg;
    private Field lg;
    private Field ig;
    private Field type;
    private Field length;
    private Field invalidLengthType;
    private Field padding;
    private Field trailer;
    private Field fcs;
    private Field fcsStatus;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.field();
        destination = fields.add("eth.dst", "Destination", FieldType.ETHER);
        source = fields.add("eth.src", "Source", FieldType.ETHER);
        address = fields.add("eth.addr", "Address", FieldType.ETHER);
        destinationResolved = fields.add("eth.dst_resolved", "Destination (resolved)", FieldType.STRING);
        sourceResolved = fields.add("eth.src_resolved", "Source (resolved)", FieldType.STRING);
        addressResolved = fields.add("eth.addr_resolved", "Address (resolved)", FieldType.STRING);
        // the two bits of an address's first byte, read from its first three bytes as Wireshark does
        destinationLg = fields.add("eth.dst.lg", "LG bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x020000);
        destinationIg = fields.add("eth.dst.ig", "IG bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x010000);
        sourceLg = fields.add("eth.src.lg", "LG bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x020000);
        sourceIg = fields.add("eth.src.ig", "IG bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x010000);
        lg = fields.add("eth.lg", "LG bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x020000);
        ig = fields.add("eth.ig", "IG bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x010000);
        type = fields.add("eth.type", "Type", FieldType.UINT16, Base.HEX, EtherType.NAMES, 0);
        length = fields.add("eth.len", "Length", FieldType.UINT16, Base.DEC);
        invalidLengthType = fields.add("eth.invalid_lentype", "Invalid length/type", FieldType.UINT16, Base.HEX_DEC);
        padding = fields.add("eth.padding", "Padding", FieldType.BYTES);
        trailer = fields.add("eth.trailer", "Trailer", FieldType.BYTES);
        fcs = fields.add("eth.fcs", "Frame check sequence", FieldType.UINT32, Base.HEX);
        fcsStatus = fields.add("eth.fcs.status", "FCS Status", FieldType.UINT8, Base.NONE, CHECKSUM_STATUS, 0);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("Ethernet");
        long destinationAddress = data.u48(0);
        long sourceAddress = data.u48(6);
        // kept as numbers: the columns are rendered only when asked for, and IP usually replaces them
        packet.setEtherColumns(sourceAddress, destinationAddress);
        int typeOrLength = data.u16(12);

        Item eth = parent.add(protocol, data, 0, HEADER);
        boolean tree = !eth.isNone();
        String destinationText = tree ? Addresses.ether(destinationAddress) : null;
        String sourceText = tree ? Addresses.ether(sourceAddress) : null;
        address(eth, destination, destinationResolved, destinationLg, destinationIg, data, 0);
        address(eth, source, sourceResolved, sourceLg, sourceIg, data, 6);
        int fcsLength = interfaceFcs(packet, data);
        boolean whole = data.length() == data.reportedLength() && data.length() >= HEADER + FCS;
        int fcsOffset = data.reportedLength() - (fcsLength == FCS && whole ? FCS : 0);
        boolean mayGuessFcs = fcsLength < 0;

        if (typeOrLength >= FIRST_TYPE) {
            if (tree) {
                eth.text("Ethernet II, Src: " + sourceText + ", Dst: " + destinationText);
            }
            ethernetTwo(eth, typeOrLength, data, fcsOffset, mayGuessFcs, packet, parent);
        } else if (typeOrLength <= MAXIMUM_LENGTH) {
            eth.text("IEEE 802.3 Ethernet");
            ieee8023(eth, typeOrLength, data, fcsOffset, mayGuessFcs, packet, parent);
        } else {
            String invalid = String.format("Invalid length/type: 0x%04x (%d)", typeOrLength, typeOrLength);
            if (tree) {
                eth.text("Ethernet Unknown, Src: " + sourceText + ", Dst: " + destinationText);
            }
            eth.add(invalidLengthType, data, 12, 2).expert(Severity.WARNING, invalid);
            packet.setInfo("Ethernet Unknown: " + invalid);
            packet.callData(data.slice(HEADER, fcsOffset - HEADER), parent);
            afterPayload(eth, data, fcsOffset, fcsOffset, false);
        }
    }

    /** A type: the payload runs to the FCS, and only the upper layers know how much of it they use. */
    private void ethernetTwo(Item eth, int etherType, ByteView data, int fcsOffset, boolean mayGuessFcs, Packet packet, Item parent) {
        eth.add(type, data, 12, 2);
        packet.setInfo("Ethernet II");
        int firstUpperItem = parent.children().size();
        EtherType.handOn(etherType, data.slice(HEADER, fcsOffset - HEADER), packet, parent);
        if (!parent.isNone() && !packet.malformed()) {
            int claimed = ClaimedBytes.end(parent, firstUpperItem) - data.frameOffset(0);
            afterPayload(eth, data, Math.max(HEADER, claimed), fcsOffset, mayGuessFcs);
        } else {
            afterPayload(eth, data, fcsOffset, fcsOffset, false);
        }
    }

    /** A length: the LLC payload has exactly that many bytes, whatever follows them is padding or trailer. */
    private void ieee8023(Item eth, int payloadLength, ByteView data, int fcsOffset, boolean mayGuessFcs, Packet packet, Item parent) {
        Item lengthItem = eth.add(length, data, 12, 2);
        int available = fcsOffset - HEADER;
        ByteView payload = data.slice(HEADER, payloadLength);
        if (!packet.callProtocol("llc", payload, parent)) {
            packet.callData(payload, parent);
        }
        if (payloadLength <= available) {
            afterPayload(eth, data, HEADER + payloadLength, fcsOffset, mayGuessFcs);
            return;
        }
        lengthItem.expert(Severity.ERROR, "Length field value goes past the end of the payload");
        if (!packet.malformed()) {
            // marked last, once the payload was dissected as far as it goes
            throw new TruncatedException(true, data.frameOffset(fcsOffset), payloadLength - available);
        }
    }

    private void address(Item eth, Field field, Field resolved, Field ownLg, Field ownIg, ByteView data, int offset) {
        Item item = eth.add(field, data, offset, 6);
        item.add(address, data, offset, 6).hidden();
        if (!eth.isNone()) {
            // the vendor's name, as Wireshark shows it: "IntelCor_53:b9:52 (00:1b:21:53:b9:52)"
            byte[] mac = data.bytes(offset, 6);
            String name = Names.ether(mac, 0);
            String plain = Addresses.ether(mac, 0);
            if (!name.equals(plain)) {
                item.text("%s: %s (%s)", field.name(), name, plain);
            }
            item.add(resolved, data, offset, 6, (Object) name).hidden();
            item.add(addressResolved, data, offset, 6, (Object) name).hidden();
        }
        int first = data.u8(offset);
        String lgText = (first & 0x02) != 0 ? "LG bit: Locally administered address (this is NOT the factory default)"
                : "LG bit: Globally unique address (factory default)";
        String igText = (first & 0x01) != 0 ? "IG bit: Group address (multicast/broadcast)" : "IG bit: Individual address (unicast)";
        item.add(ownLg, data, offset, 3).text(lgText);
        item.add(lg, data, offset, 3).text(lgText).hidden();
        item.add(ownIg, data, offset, 3).text(igText);
        item.add(ig, data, offset, 3).text(igText).hidden();
    }

    /**
     * The length of the frame check sequence the capture interface says frames end with: 4, 0, or -1 when it does
     * not say. An Ethernet frame carried inside another protocol has none.
     */
    private static int interfaceFcs(Packet packet, ByteView data) {
        CaptureInterface capture = packet.frame().captureInterface();
        if (data.frameOffset(0) != 0) {
            return 0;
        }
        return capture == null ? -1 : capture.fcsLength();
    }

    /**
     * What follows the payload, in a frame captured whole: zeros up to the minimum frame size are padding, other
     * bytes trailer, and the frame check sequence ends the frame when the interface says so or, as Wireshark
     * guesses by default when it does not know, when a frame of 64 bytes or more (which needs no padding) has 4
     * bytes or more after its payload. Only a known FCS is verified: a guessed one may be a trailer.
     */
    private void afterPayload(Item eth, ByteView data, int payloadEnd, int fcsOffset, boolean mayGuessFcs) {
        if (data.length() != data.reportedLength()) {
            return;
        }
        boolean knownFcs = fcsOffset < data.reportedLength();
        int end = fcsOffset;
        boolean guessedFcs = mayGuessFcs && data.length() >= MINIMUM_FRAME + FCS && end - payloadEnd >= FCS;
        if (guessedFcs) {
            end -= FCS;
        }
        int paddingEnd = Math.min(end, Math.max(payloadEnd, MINIMUM_FRAME));
        if (paddingEnd > payloadEnd && zeros(data, payloadEnd, paddingEnd)) {
            eth.add(padding, data, payloadEnd, paddingEnd - payloadEnd);
        } else {
            paddingEnd = payloadEnd;
        }
        if (end > paddingEnd) {
            eth.add(trailer, data, paddingEnd, end - paddingEnd);
        }
        if (knownFcs) {
            frameCheckSequence(eth, data, fcsOffset);
        } else if (guessedFcs) {
            eth.add(fcs, data, end, FCS).text("Frame check sequence: 0x%08x [unverified]", data.u32(end));
            eth.add(fcsStatus, data, end, FCS, UNVERIFIED).generated();
        }
    }

    private static boolean zeros(ByteView data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data.u8(i) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Verifies an FCS the interface says the frame has. */
    private void frameCheckSequence(Item eth, ByteView data, int fcsOffset) {
        CRC32 crc = new CRC32();
        crc.update(data.bytes(0, fcsOffset));
        // the CRC goes on the wire least significant byte first
        boolean good = crc.getValue() == data.u32le(fcsOffset);
        long expected = Integer.reverseBytes((int) crc.getValue()) & 0xffff_ffffL;
        Item item = eth.add(fcs, data, fcsOffset, FCS);
        item.text("Frame check sequence: 0x%08x %s", data.u32(fcsOffset),
                good ? "[correct]" : String.format("incorrect, should be 0x%08x", expected));
        eth.add(fcsStatus, data, fcsOffset, FCS, good ? GOOD : BAD).generated();
        if (!good) {
            item.expert(Severity.ERROR, String.format("Bad checksum [should be 0x%08x]", expected));
        }
    }
}
