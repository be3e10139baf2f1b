package org.wirebench.proto.ipv6.internal;

import static org.wirebench.core.DifferentiatedServices.DSCP_NAMES;
import static org.wirebench.core.DifferentiatedServices.ECN_NAMES;

import java.nio.ByteBuffer;
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
import org.wirebench.core.IpProtocolNumbers;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ReassemblyFields;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * IPv6 (`ipv6`, RFC 8200): the fixed header, the extension headers, then the payload, cut to the payload length
 * (or the Jumbo Payload option's), for the `ip.proto` table this bundle owns with IPv4. Fragments are reassembled as
 * Wireshark does: each shows as "IPv6 fragment" data, and the frame that completes the packet hands the whole
 * fragmentable part (a data source of its own) on. In a packet an ICMPv6 error quotes nothing is reassembled.
 */
public final class Ipv6Dissector implements Dissector {
    private static final int FIXED_HEADER = 40;
    private static final int MAXIMUM_PAYLOAD = 65535;

    private Protocol protocol;
    private Field version;
    private Field trafficClass;
    private Field dscp;
    private Field ecn;
    private Field flowLabel;
    private Field payloadLength;
    private Field nextHeader;
    private Field hopLimit;
    private Field source;
    private Field destination;
    private Field address;
    private ExtensionHeaders extensions;
    private ReassemblyFields reassembly;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        version = fields.add("ipv6.version", "Version", FieldType.UINT8, Base.DEC, Map.of(), 0xf0);
        trafficClass = fields.add("ipv6.tclass", "Traffic Class", FieldType.UINT32, Base.HEX, Map.of(), 0x0ff0_0000);
        dscp = fields.add("ipv6.tclass.dscp", "Differentiated Services Codepoint", FieldType.UINT32, Base.DEC, DSCP_NAMES, 0x0fc0_0000);
        ecn = fields.add("ipv6.tclass.ecn", "Explicit Congestion Notification", FieldType.UINT32, Base.DEC, ECN_NAMES, 0x0030_0000);
        flowLabel = fields.add("ipv6.flow", "Flow Label", FieldType.UINT24, Base.HEX, Map.of(), 0x0f_ffff);
        payloadLength = fields.add("ipv6.plen", "Payload Length", FieldType.UINT16);
        nextHeader = fields.add("ipv6.nxt", "Next Header", FieldType.UINT8, Base.DEC, IpProtocolNumbers.NAMES, 0);
        hopLimit = fields.add("ipv6.hlim", "Hop Limit", FieldType.UINT8);
        source = fields.add("ipv6.src", "Source Address", FieldType.IPV6);
        destination = fields.add("ipv6.dst", "Destination Address", FieldType.IPV6);
        address = fields.add("ipv6.addr", "Source or Destination Address", FieldType.IPV6);
        extensions = new ExtensionHeaders(fields);
        reassembly = new ReassemblyFields(fields, "ipv6", "fragment", "IPv6", "IPv6 Fragments");
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("IPv6");
        // what lower layers said in Info (Ethernet II, a VLAN tag) gives way to what IP and above say
        packet.setInfo("");
        int versionNumber = data.u8(0) >>> 4;
        if (versionNumber != 6) {
            // the bytes are IPv6's all the same: none of them is left to a link layer's trailer
            parent.add(protocol.field(), data, 0, data.length()).add(version, data, 0, 1).expert(Severity.ERROR, "Bogus IPv6 version");
            packet.setInfo("Bogus IPv6 version (" + versionNumber + ", must be 6)");
            return;
        }
        int tclass = (int) (data.u32(0) >>> 20 & 0xff);
        int length = data.u16(4);
        int next = data.u8(6);
        int limit = data.u8(7);
        byte[] sourceAddress = data.bytes(8, 16);
        byte[] destinationAddress = data.bytes(24, 16);
        // as bytes: their text is made when asked for
        packet.setIpv6Addresses(sourceAddress, destinationAddress);

        Item ipv6 = parent.add(protocol.field(), data, 0, FIXED_HEADER);
        if (!ipv6.isNone()) {
            ipv6.text("Internet Protocol Version 6, Src: " + Addresses.ipv6(sourceAddress) + ", Dst: " + Addresses.ipv6(destinationAddress));
        }
        Item lengthItem = fixedHeader(ipv6, data, tclass);

        // a payload length of 0 announces a jumbogram, or is what TCP segmentation offload left: look further
        ByteView datagram = length == 0 ? data : data.slice(0, FIXED_HEADER + length);
        ExtensionHeaders.Chain chain = extensions.walk(datagram, next, FIXED_HEADER, ipv6);
        ipv6.length(chain.offset);
        long end = payloadEnd(length, chain, data, lengthItem);
        if (end > data.reportedLength()) {
            lengthItem.expert(Severity.ERROR, "IPv6 payload length exceeds framing length (" + (data.reportedLength() - FIXED_HEADER) + " bytes)");
        } else if (end < chain.offset) {
            lengthItem.expert(Severity.ERROR, "IPv6 payload length ends inside the extension headers");
        }
        if (chain.finalDestination != null) {
            // as Wireshark does, the columns and the upper layers' pseudo-header name where the packet is going
            packet.setIpv6Addresses(sourceAddress, chain.finalDestination);
        }
        if (end >= chain.offset) {
            ByteView payload = datagram.slice(chain.offset, (int) Math.min(Integer.MAX_VALUE, end - chain.offset));
            byte[] checksumDestination = chain.finalDestination != null ? chain.finalDestination : destinationAddress;
            CarryingHeader header = new CarryingHeader(sourceAddress, checksumDestination, limit);
            if (chain.fragmentable >= 0 && chain.badLength < 0 && !packet.inErrorPacket() && end > chain.fragmentable) {
                reassemble(datagram.slice(chain.fragmentable, (int) Math.min(Integer.MAX_VALUE, end - chain.fragmentable)), chain, header,
                        packet, ipv6, parent);
            } else {
                handOn(payload, chain, header, packet, parent);
            }
        }

        // what lies is marked malformed last, once everything that could be shown was
        if (packet.malformed()) {
            return;
        }
        if (chain.badLength >= 0) {
            throw new TruncatedException(true, datagram.frameOffset(chain.badLength), 1);
        }
        if (end > data.reportedLength()) {
            throw new TruncatedException(true, data.frameOffset(data.reportedLength()), (int) Math.min(Integer.MAX_VALUE, end - data.reportedLength()));
        }
        if (end < chain.offset) {
            throw new TruncatedException(true, data.frameOffset((int) end), (int) (chain.offset - end));
        }
    }

    /** Adds the fields of the fixed header; returns the payload length's item, for what is found wrong with it. */
    private Item fixedHeader(Item ipv6, ByteView data, int tclass) {
        ipv6.add(version, data, 0, 1);
        Item tclassItem = ipv6.add(trafficClass, data, 0, 4).text("Traffic Class: 0x%02x (%s)", tclass,
                DifferentiatedServices.describe(tclass));
        tclassItem.add(dscp, data, 0, 4);
        tclassItem.add(ecn, data, 0, 4);
        ipv6.add(flowLabel, data, 1, 3);
        Item lengthItem = ipv6.add(payloadLength, data, 4, 2);
        ipv6.add(nextHeader, data, 6, 1);
        ipv6.add(hopLimit, data, 7, 1);
        ipv6.add(source, data, 8, 16);
        ipv6.add(address, data, 8, 16).hidden();
        ipv6.add(destination, data, 24, 16);
        ipv6.add(address, data, 24, 16).hidden();
        return lengthItem;
    }

    /** Where the payload ends: after the payload length, the jumbo length, or with the frame when neither says. */
    private static long payloadEnd(int length, ExtensionHeaders.Chain chain, ByteView data, Item lengthItem) {
        if (length != 0) {
            if (chain.jumboLength >= 0) {
                lengthItem.expert(Severity.WARNING, "When IPv6 payload length does not equal 0 a Jumbo Payload option must not be present");
            }
            return FIXED_HEADER + length;
        }
        if (chain.jumboLength >= 0) {
            lengthItem.text("Payload Length: 0 (Jumbogram)");
            if (chain.jumboLength < 65536) {
                lengthItem.expert(Severity.WARNING, "Jumbo Payload option present and jumbo length < 65536");
            }
            return FIXED_HEADER + chain.jumboLength;
        }
        lengthItem.expert(Severity.NOTE, "IPv6 payload length equals 0 (maybe because of \"TCP segmentation offload\" (TSO))");
        return data.reportedLength();
    }

    /**
     * A fragment's fragmentable part to the datagram it belongs to: data until the frame that completes the datagram,
     * which hands the whole of it on.
     */
    private void reassemble(ByteView fragmentable, ExtensionHeaders.Chain chain, CarryingHeader header, Packet packet, Item ipv6,
            Item parent) {
        int frame = packet.frame().number();
        FragmentTable.Datagram datagram = packet.sessionState(DatagramKey.class, () -> new FragmentTable("Reassembled IPv6")).add(
                new DatagramKey(ByteBuffer.wrap(header.source()), ByteBuffer.wrap(header.destination()), chain.identification),
                frame, chain.identification, chain.fragmentOffset, fragmentable, !chain.moreFragments);
        if (datagram.reassembledIn() != frame) {
            if (datagram.reassembledIn() != 0) {
                reassembly.showReassembledIn(ipv6, datagram.reassembledIn());
            }
            packet.setInfo(String.format("IPv6 fragment (off=%d more=%s ident=0x%08x nxt=%d)", chain.fragmentOffset,
                    chain.moreFragments ? "y" : "n", chain.identification, chain.fragmentableNext));
            packet.callData(fragmentable, parent);
            return;
        }
        packet.addDataSource(datagram.whole());
        ByteView whole = datagram.whole().view();
        reassembly.showPieces(ipv6, whole, datagram.fragments());
        header.handOn(() -> {
            if (!packet.callTable(IpProtocolNumbers.TABLE, chain.fragmentableNext, whole, parent)) {
                packet.setInfo("Unknown IP Protocol: " + IpProtocolNumbers.name(chain.fragmentableNext) + " (" + chain.fragmentableNext + ")");
                packet.callData(whole, parent);
            }
        });
    }

    /** What fragments of one packet share (RFC 8200 §4.5): the addresses and the identification. */
    private record DatagramKey(ByteBuffer source, ByteBuffer destination, long identification) {
    }

    private static void handOn(ByteView payload, ExtensionHeaders.Chain chain, CarryingHeader header, Packet packet, Item parent) {
        if (chain.laterFragment()) {
            packet.setInfo(String.format("IPv6 fragment (off=%d more=%s ident=0x%08x nxt=%d)", chain.fragmentOffset,
                    chain.moreFragments ? "y" : "n", chain.identification, chain.next));
            packet.callData(payload, parent);
        } else if (chain.badLength >= 0) {
            packet.callData(payload, parent);
        } else if (chain.next == ExtensionHeaders.NO_NEXT_HEADER) {
            packet.setInfo("IPv6 no next header");
        } else {
            // the first of several fragments holds only the start of what the upper header describes
            ByteView upper = chain.moreFragments ? payload.reportingAtLeast(MAXIMUM_PAYLOAD) : payload;
            header.handOn(() -> {
                if (!packet.callTable(IpProtocolNumbers.TABLE, chain.next, upper, parent)) {
                    packet.setInfo("Unknown IP Protocol: " + IpProtocolNumbers.name(chain.next) + " (" + chain.next + ")");
                    packet.callData(payload, parent);
                }
            });
        }
    }
}
