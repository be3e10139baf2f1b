package org.wirebench.proto.ipv4.internal;

import static org.wirebench.core.DifferentiatedServices.DSCP_NAMES;
import static org.wirebench.core.DifferentiatedServices.ECN_NAMES;

import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.DifferentiatedServices;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.FragmentTable;
import org.wirebench.core.InternetChecksum;
import org.wirebench.core.IpProtocolNumbers;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ReassemblyFields;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * IPv4 (`ip`, RFC 791): the header with its checksum verified and its options, then the payload, cut to the total
 * length, for the `ip.proto` table this bundle owns with IPv6. Fragments are reassembled as Wireshark does: each
 * shows as "Fragmented IP protocol" data, and the frame that completes the datagram hands the whole payload (a data
 * source of its own) to the upper protocol. In a datagram an ICMP error quotes nothing is reassembled: a first
 * fragment's payload is handed on as far as it goes, a later one's is data.
 */
public final class Ipv4Dissector implements Dissector {
    private static final int FIXED_HEADER = 20;
    private static final int DONT_FRAGMENT = 0x4000;
    private static final int MORE_FRAGMENTS = 0x2000;
    private static final int MAXIMUM_DATAGRAM = 65535;

    private Protocol protocol;
    private Field version;
    private Field headerLength;
    private Field dsfield;
    private Field dscp;
    private Field ecn;
    private Field totalLength;
    private Field identification;
    private Field flags;
    private Field reservedBit;
    private Field dontFragment;
    private Field moreFragments;
    private Field fragmentOffset;
    private Field ttl;
    private Field protocolNumber;
    private Field checksum;
    private Field checksumStatus;
    private Field checksumCalculated;
    private Field source;
    private Field destination;
    private Field address;
    private Ipv4Options options;
    private ReassemblyFields reassembly;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        version = fields.add("ip.version", "Version", FieldType.UINT8, Base.DEC, Map.of(), 0xf0);
        headerLength = fields.add("ip.hdr_len", "Header Length", FieldType.UINT8);
        dsfield = fields.add("ip.dsfield", "Differentiated Services Field", FieldType.UINT8, Base.HEX);
        dscp = fields.add("ip.dsfield.dscp", "Differentiated Services Codepoint", FieldType.UINT8, Base.DEC, DSCP_NAMES, 0xfc);
        ecn = fields.add("ip.dsfield.ecn", "Explicit Congestion Notification", FieldType.UINT8, Base.DEC, ECN_NAMES, 0x03);
        totalLength = fields.add("ip.len", "Total Length", FieldType.UINT16);
        identification = fields.add("ip.id", "Identification", FieldType.UINT16, Base.HEX_DEC);
        flags = fields.add("ip.flags", "Flags", FieldType.UINT8, Base.HEX, Map.of(), 0xe0);
        reservedBit = fields.add("ip.flags.rb", "Reserved bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x80);
        dontFragment = fields.add("ip.flags.df", "Don't fragment", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x40);
        moreFragments = fields.add("ip.flags.mf", "More fragments", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x20);
        fragmentOffset = fields.add("ip.frag_offset", "Fragment Offset", FieldType.UINT16, Base.DEC, Map.of(), 0x1fff);
        ttl = fields.add("ip.ttl", "Time to Live", FieldType.UINT8);
        protocolNumber = fields.add("ip.proto", "Protocol", FieldType.UINT8, Base.DEC, IpProtocolNumbers.NAMES, 0);
        checksum = fields.add("ip.checksum", "Header Checksum", FieldType.UINT16, Base.HEX);
        checksumStatus = fields.add("ip.checksum.status", "Header checksum status", FieldType.UINT8, Base.NONE,
                InternetChecksum.STATUS_NAMES, 0);
        checksumCalculated = fields.add("ip.checksum_calculated", "Calculated Checksum", FieldType.UINT16, Base.HEX);
        source = fields.add("ip.src", "Source Address", FieldType.IPV4);
        destination = fields.add("ip.dst", "Destination Address", FieldType.IPV4);
        address = fields.add("ip.addr", "Source or Destination Address", FieldType.IPV4);
        options = new Ipv4Options(fields);
        reassembly = new ReassemblyFields(fields, "ip", "fragment", "IPv4", "IPv4 Fragments");
    }

    /** What fragments of one datagram share (RFC 791 §3.2): the datagram's addresses, protocol and identification. */
    private record DatagramKey(long source, long destination, int upper, int id) {
    }

    /** The fields of the fixed header, read before any is shown. */
    private record Header(int length, int tos, int total, int id, int fragment, int ttl, int upper, int checksum, long source,
            long destination) {

        static Header read(ByteView data, int length) {
            return new Header(length, data.u8(1), data.u16(2), data.u16(4), data.u16(6), data.u8(8), data.u8(9), data.u16(10),
                    data.u32(12), data.u32(16));
        }

        int fragmentOffset() {
            return (fragment & 0x1fff) * 8;
        }

        boolean moreFragments() {
            return (fragment & MORE_FRAGMENTS) != 0;
        }
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("IPv4");
        // what lower layers said in Info (Ethernet II, a VLAN tag) gives way to what IP and above say
        packet.setInfo("");
        int first = data.u8(0);
        int versionNumber = first >>> 4;
        int length = (first & 0x0f) * 4;
        if (versionNumber != 4) {
            packet.setInfo("Bogus IPv4 version (" + versionNumber + ", must be 4)");
            // as Wireshark does, an IPv6 packet labelled IPv4 (by its link type or ethertype) is taken for what it is
            if (versionNumber == 6 && packet.callProtocol("ipv6", data, parent)) {
                return;
            }
            // the bytes are IP's all the same: none of them is left to a link layer's trailer
            parent.add(protocol.field(), data, 0, data.length()).add(version, data, 0, 1).expert(Severity.ERROR, "Bogus IPv4 version");
            return;
        }
        if (length < FIXED_HEADER) {
            Item ip = parent.add(protocol.field(), data, 0, data.length());
            ip.add(version, data, 0, 1);
            String bogus = "Bogus IP header length (" + length + ", must be at least " + FIXED_HEADER + ")";
            ip.add(headerLength, data, 0, 1, length).text("Header Length: " + length + " bytes (" + length / 4 + ")").expert(Severity.ERROR, bogus);
            packet.setInfo(bogus);
            return;
        }
        Header header = Header.read(data, length);
        Item ip = parent.add(protocol.field(), data, 0, FIXED_HEADER);
        boolean tree = !ip.isNone();
        ip.add(version, data, 0, 1);
        Item lengthItem = ip.add(headerLength, data, 0, 1, length);
        if (tree) {
            lengthItem.text("Header Length: " + length + " bytes (" + length / 4 + ")");
        }
        Item ds = ip.add(dsfield, data, 1, 1);
        if (tree) {
            ds.text("Differentiated Services Field: 0x%02x (%s)", header.tos(), DifferentiatedServices.describe(header.tos()));
        }
        ds.add(dscp, data, 1, 1);
        ds.add(ecn, data, 1, 1);
        Item totalItem = ip.add(totalLength, data, 2, 2);
        if (header.total() != 0 && header.total() < length) {
            totalItem.text("Total Length: " + header.total() + " bytes (bogus, less than header length " + length + ")")
                    .expert(Severity.ERROR, "Bad total length: " + header.total() + " is less than the header length " + length);
            packet.setInfo("Bogus IP length (" + header.total() + ", less than header length " + length + ")");
            return;
        }
        addressed(ip, data, header, packet);
        int badOptionLength = -1;
        if (length > FIXED_HEADER) {
            ip.length(length);
            badOptionLength = options.dissect(data, length, ip);
        }

        // a total length of 0 is what TCP segmentation offload leaves: the frame tells the length
        int datagram = header.total();
        if (datagram == 0) {
            datagram = data.reportedLength();
            totalItem.text("Total Length: 0 bytes (may be caused by \"TCP segmentation offload\" (TSO))")
                    .expert(Severity.NOTE, "IPv4 total length 0, assumed to be what TCP segmentation offload left");
        } else if (datagram > data.reportedLength()) {
            totalItem.expert(Severity.ERROR, "IPv4 total length exceeds packet length (" + data.reportedLength() + " bytes)");
        }
        handOn(data.slice(length, datagram - length), header, packet, ip, parent);

        // what lies is marked malformed last, once everything that could be shown was
        if (packet.malformed()) {
            return;
        }
        if (badOptionLength >= 0) {
            throw new TruncatedException(true, data.frameOffset(badOptionLength), 1);
        }
        if (datagram > data.reportedLength()) {
            throw new TruncatedException(true, data.frameOffset(data.reportedLength()), datagram - data.reportedLength());
        }
    }

    /** The fields from the identification to the addresses, which go to the columns. */
    private void addressed(Item ip, ByteView data, Header header, Packet packet) {
        boolean tree = !ip.isNone();
        ip.add(identification, data, 4, 2);
        Item flagsItem = ip.add(flags, data, 6, 1);
        if (tree) {
            flagsItem.text(flagsLabel(header.fragment()));
        }
        flagsItem.add(reservedBit, data, 6, 1);
        flagsItem.add(dontFragment, data, 6, 1);
        flagsItem.add(moreFragments, data, 6, 1);
        ip.add(fragmentOffset, data, 6, 2, header.fragmentOffset());
        ip.add(ttl, data, 8, 1);
        ip.add(protocolNumber, data, 9, 1);
        verify(ip, data, header.length(), header.checksum());
        ip.add(source, data, 12, 4);
        ip.add(address, data, 12, 4).hidden();
        ip.add(destination, data, 16, 4);
        ip.add(address, data, 16, 4).hidden();
        if (tree) {
            ip.text("Internet Protocol Version 4, Src: " + Addresses.ipv4(header.source()) + ", Dst: " + Addresses.ipv4(header.destination()));
        }
        // as numbers: their text and bytes are made when asked for
        packet.setIpv4Addresses((int) header.source(), (int) header.destination());
    }

    private void handOn(ByteView payload, Header header, Packet packet, Item ip, Item parent) {
        boolean fragment = header.fragmentOffset() > 0 || header.moreFragments();
        if (fragment && !packet.inErrorPacket() && payload.reportedLength() > 0) {
            int frame = packet.frame().number();
            FragmentTable.Datagram datagram = packet.sessionState(DatagramKey.class, () -> new FragmentTable("Reassembled IPv4")).add(
                    new DatagramKey(header.source(), header.destination(), header.upper(), header.id()), frame, header.id(),
                    header.fragmentOffset(), payload, !header.moreFragments());
            if (datagram.reassembledIn() != frame) {
                if (datagram.reassembledIn() != 0) {
                    reassembly.showReassembledIn(ip, datagram.reassembledIn());
                }
                fragmented(payload, header, packet, parent);
                return;
            }
            packet.addDataSource(datagram.whole());
            ByteView whole = datagram.whole().view();
            reassembly.showPieces(ip, whole, datagram.fragments());
            handOnWhole(whole, header, packet, parent);
        } else if (header.fragmentOffset() > 0) {
            fragmented(payload, header, packet, parent);
        } else {
            // the first of several fragments holds only the start of what the upper header describes
            handOnWhole(header.moreFragments() ? payload.reportingAtLeast(MAXIMUM_DATAGRAM) : payload, header, packet, parent);
        }
    }

    /** A fragment's payload, as data: the upper protocol sees the datagram whole, if ever. */
    private static void fragmented(ByteView payload, Header header, Packet packet, Item parent) {
        int upper = header.upper();
        packet.setInfo(String.format("Fragmented IP protocol (proto=%s %d, off=%d, ID=%04x)", IpProtocolNumbers.name(upper), upper,
                header.fragmentOffset(), header.id()));
        packet.callData(payload, parent);
    }

    /** The payload of a datagram to the upper protocol, with the TTL ICMP's Info shows. */
    private static void handOnWhole(ByteView payload, Header header, Packet packet, Item parent) {
        int upper = header.upper();
        int[] carried = CarryingHeader.enter();
        int outer = carried[0];
        carried[0] = header.ttl();
        try {
            if (!packet.callTable(IpProtocolNumbers.TABLE, upper, payload, parent)) {
                packet.setInfo(IpProtocolNumbers.name(upper) + " (" + upper + ")");
                packet.callData(payload, parent);
            }
        } finally {
            carried[0] = outer;
        }
    }

    private static String flagsLabel(int fragment) {
        int value = fragment >>> 13;
        String names = (fragment & DONT_FRAGMENT) != 0 ? ", Don't fragment" : "";
        names += (fragment & MORE_FRAGMENTS) != 0 ? ", More fragments" : "";
        names += (fragment & 0x8000) != 0 ? ", Reserved bit" : "";
        return "Flags: 0x" + Integer.toHexString(value) + names;
    }

    /**
     * Verifies the header checksum (the ones' complement sum of the whole header, checksum included, is 0xffff)
     * when the snap length left the whole header.
     */
    private void verify(Item ip, ByteView data, int length, int value) {
        Item item = ip.add(checksum, data, 10, 2);
        if (!data.has(0, length)) {
            InternetChecksum.show(ip, item, checksumStatus, data, 10, "Header Checksum", value, InternetChecksum.UNVERIFIED, 0);
            return;
        }
        int verdict = InternetChecksum.verify(data, length, 10);
        int calculated = verdict & 0xffff;
        boolean good = (verdict & 0x1_0000) != 0;
        InternetChecksum.show(ip, item, checksumStatus, data, 10, "Header Checksum", value,
                good ? InternetChecksum.GOOD : InternetChecksum.BAD, calculated);
        ip.add(checksumCalculated, data, 10, 2, calculated).generated();
    }
}
