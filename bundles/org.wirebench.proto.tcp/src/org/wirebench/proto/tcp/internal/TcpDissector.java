package org.wirebench.proto.tcp.internal;

import java.util.Locale;
import java.util.Map;

import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.DesegmentRequest;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.InternetChecksum;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ReassemblyFields;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * TCP (RFC 9293): the header, its options, relative sequence numbers and scaled windows (kept per capture pass,
 * see {@link TcpConnections}), and the payload handed on through the `tcp.port` table. The checksum is shown, not
 * verified (Wireshark's default: captures from the sending host carry offloaded checksums). A dissector above may
 * ask for more bytes than a segment holds: its PDU is then reassembled from the segments that follow
 * ({@link PduAssembly}).
 */
public final class TcpDissector implements Dissector {
    private static final int MIN_HEADER_LENGTH = 20;

    private static final String PORTS = "tcp.port";

    private final TcpOptions options = new TcpOptions();
    private ReassemblyFields reassembly;
    private Protocol protocol;
    private Field sourcePort;
    private Field destinationPort;
    private Field port;
    private Field segmentLength;
    private Field seq;
    private Field seqRaw;
    private Field nextSeq;
    private Field ack;
    private Field ackRaw;
    private Field headerLength;
    private Field flags;
    private Field[] flagBits;
    private Field flagLetters;
    private Field windowValue;
    private Field window;
    private Field windowScale;
    private Field checksum;
    private Field checksumStatus;
    private Field urgentPointer;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        sourcePort = fields.add("tcp.srcport", "Source Port", FieldType.UINT16);
        destinationPort = fields.add("tcp.dstport", "Destination Port", FieldType.UINT16);
        port = fields.add("tcp.port", "Source or Destination Port", FieldType.UINT16);
        segmentLength = fields.add("tcp.len", "TCP Segment Len", FieldType.UINT32);
        seq = fields.add("tcp.seq", "Sequence Number", FieldType.UINT32);
        seqRaw = fields.add("tcp.seq_raw", "Sequence Number (raw)", FieldType.UINT32);
        nextSeq = fields.add("tcp.nxtseq", "Next Sequence Number", FieldType.UINT32);
        ack = fields.add("tcp.ack", "Acknowledgment Number", FieldType.UINT32);
        ackRaw = fields.add("tcp.ack_raw", "Acknowledgment number (raw)", FieldType.UINT32);
        headerLength = fields.add("tcp.hdr_len", "Header Length", FieldType.UINT8);
        flags = fields.add("tcp.flags", "Flags", FieldType.UINT16, Base.HEX, Map.of(), 0xfff);
        flagBits = new Field[] {
                flag(fields, "tcp.flags.res", "Reserved", TcpFlags.RESERVED),
                flag(fields, "tcp.flags.ae", "Accurate ECN", TcpFlags.AE),
                flag(fields, "tcp.flags.cwr", "Congestion Window Reduced", TcpFlags.CWR),
                flag(fields, "tcp.flags.ece", "ECN-Echo", TcpFlags.ECE),
                flag(fields, "tcp.flags.urg", "Urgent", TcpFlags.URG),
                flag(fields, "tcp.flags.ack", "Acknowledgment", TcpFlags.ACK),
                flag(fields, "tcp.flags.push", "Push", TcpFlags.PSH),
                flag(fields, "tcp.flags.reset", "Reset", TcpFlags.RST),
                flag(fields, "tcp.flags.syn", "Syn", TcpFlags.SYN),
                flag(fields, "tcp.flags.fin", "Fin", TcpFlags.FIN) };
        flagLetters = fields.add("tcp.flags.str", "TCP Flags", FieldType.STRING);
        windowValue = fields.add("tcp.window_size_value", "Window", FieldType.UINT16);
        window = fields.add("tcp.window_size", "Calculated window size", FieldType.UINT32);
        windowScale = fields.add("tcp.window_size_scalefactor", "Window size scaling factor", FieldType.INT32);
        checksum = fields.add("tcp.checksum", "Checksum", FieldType.UINT16, Base.HEX);
        checksumStatus = fields.add("tcp.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, InternetChecksum.STATUS_NAMES, 0);
        urgentPointer = fields.add("tcp.urgent_pointer", "Urgent Pointer", FieldType.UINT16);
        options.register(fields);
        reassembly = new ReassemblyFields(fields, "tcp", "segment", "TCP", "Reassembled TCP Segments");
    }

    private static Field flag(Fields fields, String filterName, String name, int mask) {
        return fields.add(filterName, name, FieldType.BOOLEAN, Base.NONE, Map.of(), mask);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("TCP");
        int source = data.u16(0);
        int destination = data.u16(2);
        // Info is written in place as it becomes final, without intermediate strings
        StringBuilder info = packet.infoText();
        info.setLength(0);
        packet.appendPort(packet.appendPort(info, "tcp", source).append(" → "), "tcp", destination);
        Item tcp = parent.add(protocol.field(), data, 0, Math.min(MIN_HEADER_LENGTH, data.length()));
        boolean tree = !tcp.isNone();
        tcp.add(sourcePort, data, 0, 2);
        tcp.add(destinationPort, data, 2, 2);
        tcp.add(port, data, 0, 2).hidden();
        tcp.add(port, data, 2, 2).hidden();

        long rawSeq = data.u32(4);
        long rawAck = data.u32(8);
        int hdrLen = (data.u8(12) >>> 4) * 4;
        int bits = data.u16(12) & 0xfff;
        boolean syn = (bits & TcpFlags.SYN) != 0;
        boolean acks = (bits & TcpFlags.ACK) != 0;
        int length = Math.max(0, data.reportedLength() - Math.max(hdrLen, MIN_HEADER_LENGTH));
        TcpConnections connections = packet.sessionState(TcpConnections.class, TcpConnections::new);
        int frameNumber = packet.frame().number();
        // connections keyed by numbers for IP addresses, by text for addresses given only as text
        TcpConnections.Spaces spaces;
        if (packet.hasIpv4Addresses()) {
            spaces = connections.track(TcpConnections.endpoint(packet.ipv4Source(), source),
                    TcpConnections.endpoint(packet.ipv4Destination(), destination), frameNumber, rawSeq, rawAck, bits);
        } else if (packet.hasIpv6Addresses()) {
            spaces = connections.track(packet.netSourceBytes(), source, packet.netDestinationBytes(), destination, frameNumber, rawSeq,
                    rawAck, bits);
        } else {
            spaces = connections.track(packet.netSource() + "/" + source, packet.netDestination() + "/" + destination, frameNumber, rawSeq,
                    rawAck, bits);
        }
        long relativeSeq = spaces.seq(rawSeq);
        long relativeAck = acks ? spaces.ack(rawAck) : rawAck;
        int shift = syn ? TcpConnections.SHIFT_NONE : spaces.senderShift();
        long window = shift >= 0 ? (long) data.u16(14) << shift : data.u16(14);
        int urgent = (bits & TcpFlags.URG) != 0 ? data.u16(18) : -1;

        tcp.add(segmentLength, data, 0, 0, length).generated();
        addNumbers(data, tcp, relativeSeq, relativeAck, length + (syn ? 1 : 0) + ((bits & TcpFlags.FIN) != 0 ? 1 : 0), acks);
        Item hdrItem = tcp.add(headerLength, data, 12, 1, hdrLen);
        if (tree) {
            hdrItem.text("Header Length: " + hdrLen + " bytes (" + hdrLen / 4 + ")");
        }
        if (hdrLen < MIN_HEADER_LENGTH) {
            String problem = "TCP header length (" + hdrLen + ", must be at least " + MIN_HEADER_LENGTH + ")";
            hdrItem.expert(Severity.ERROR, "Bogus " + problem);
            appendSummary(info, bits, relativeSeq, acks, relativeAck, window, urgent).append(", bogus ").append(problem);
            throw new TruncatedException(true, data.frameOffset(12), 1);
        }
        tcp.length(hdrLen);
        if (tree) {
            tcp.text("Transmission Control Protocol, Src Port: " + source + ", Dst Port: " + destination + ", Seq: " + relativeSeq
                    + (acks ? ", Ack: " + relativeAck : "") + ", Len: " + length);
        }
        addFlags(data, tcp, bits, source, destination);
        addWindow(data, tcp, syn, shift, window);
        Item checksumItem = tcp.add(checksum, data, 16, 2);
        if (tree) {
            checksumItem.text("Checksum: 0x%04x [unverified]", data.u16(16));
        }
        checksumItem.add(checksumStatus, null, 0, 0, InternetChecksum.UNVERIFIED).generated();
        tcp.add(urgentPointer, data, 18, 2);
        appendSummary(info, bits, relativeSeq, acks, relativeAck, window, urgent).append(" Len=").append(length);

        TruncatedException defect = null;
        if (hdrLen > data.reportedLength()) {
            hdrItem.expert(Severity.ERROR, "Bogus TCP header length (" + hdrLen + ", must be no more than " + data.reportedLength() + ")");
            defect = new TruncatedException(true, data.frameOffset(12), 1);
        }
        int windowShift = -1;
        if (hdrLen > MIN_HEADER_LENGTH) {
            TcpOptions.Result announced = options.dissect(data.slice(MIN_HEADER_LENGTH, hdrLen - MIN_HEADER_LENGTH), tcp, spaces, info);
            windowShift = announced.windowShift;
            defect = defect != null ? defect : announced.defect;
        }
        if (syn) {
            connections.windowScale(spaces, bits, windowShift);
        }

        packet.setPorts("tcp", source, destination);
        if (length > 0 && hdrLen <= data.reportedLength()) {
            payload(data.slice(hdrLen), relativeSeq, spaces, packet, tcp, parent);
        }
        if (defect != null) {
            // only now, so that the payload is still dissected
            throw defect;
        }
    }

    /**
     * Hands the payload on, reassembling when the dissector above asks: a direction none ever asked for more costs
     * a null check. Bytes cut by the snap length or quoted by an ICMP error are dissected as they are.
     */
    private void payload(ByteView payload, long relativeSeq, TcpConnections.Spaces spaces, Packet packet, Item tcp, Item parent) {
        if (payload.length() < payload.reportedLength() || packet.inErrorPacket()) {
            packet.callPorts(PORTS, packet.sourcePort(), packet.destinationPort(), payload, parent);
            return;
        }
        PduAssembly pdus = spaces.pdus();
        if (pdus != null) {
            pdus.dissect(payload, relativeSeq, packet, tcp, parent, reassembly);
            return;
        }
        DesegmentRequest request = packet.callPortsDesegmenting(PORTS, packet.sourcePort(), packet.destinationPort(), payload, parent);
        if (request != null) {
            spaces.createPdus().begin(request, payload, relativeSeq, packet);
        }
    }

    /** The Info text after the ports: ` [ACK] Seq=1 Ack=1 Win=502`, and ` Urg=` the urgent pointer (-1: none). */
    private static StringBuilder appendSummary(StringBuilder info, int bits, long relativeSeq, boolean acks, long relativeAck, long window,
            int urgent) {
        info.append(" [").append(TcpFlags.names(bits)).append("] Seq=").append(relativeSeq);
        if (acks) {
            info.append(" Ack=").append(relativeAck);
        }
        info.append(" Win=").append(window);
        if (urgent >= 0) {
            info.append(" Urg=").append(urgent);
        }
        return info;
    }

    /** Relative and raw sequence numbers, and the next sequence number when the segment takes any (`advance`). */
    private void addNumbers(ByteView data, Item tcp, long relativeSeq, long relativeAck, long advance, boolean acks) {
        boolean tree = !tcp.isNone();
        Item seqItem = tcp.add(seq, data, 4, 4, relativeSeq);
        if (tree) {
            seqItem.text("Sequence Number: " + relativeSeq + "    (relative sequence number)");
        }
        tcp.add(seqRaw, data, 4, 4);
        if (advance > 0) {
            long next = (relativeSeq + advance) & 0xffff_ffffL;
            Item nextItem = tcp.add(nextSeq, data, 0, 0, next).generated();
            if (tree) {
                nextItem.text("Next Sequence Number: " + next + "    (relative sequence number)");
            }
        }
        Item ackItem = tcp.add(ack, data, 8, 4, relativeAck);
        if (acks) {
            if (tree) {
                ackItem.text("Acknowledgment Number: " + relativeAck + "    (relative ack number)");
            }
        } else if (data.u32(8) != 0) {
            ackItem.expert(Severity.NOTE, "The acknowledgment number field is nonzero while the ACK flag is not set");
        }
        tcp.add(ackRaw, data, 8, 4);
    }

    private void addFlags(ByteView data, Item tcp, int bits, int source, int destination) {
        boolean tree = !tcp.isNone();
        Item item = tcp.add(flags, data, 12, 2);
        if (tree) {
            item.text("Flags: 0x%03x (%s)", bits, TcpFlags.names(bits));
        }
        for (Field bit : flagBits) {
            Item bitItem = item.add(bit, data, 12, 2);
            if (bit.bitmask() == TcpFlags.SYN && (bits & TcpFlags.SYN) != 0) {
                bitItem.expert(Severity.CHAT, (bits & TcpFlags.ACK) != 0
                        ? "Connection establish acknowledge (SYN+ACK): server port " + source
                        : "Connection establish request (SYN): server port " + destination);
            } else if (bit.bitmask() == TcpFlags.FIN && (bits & TcpFlags.FIN) != 0) {
                bitItem.expert(Severity.CHAT, "Connection finish (FIN)");
            } else if (bit.bitmask() == TcpFlags.RST && (bits & TcpFlags.RST) != 0) {
                bitItem.expert(Severity.CHAT, "Connection reset (RST)");
            }
        }
        if (tree) {
            item.add(flagLetters, data, 12, 2, (Object) TcpFlags.letters(bits)).generated();
        }
    }

    /** The window as sent, and as scaled by the shift the SYNs agreed on (never for a SYN itself). */
    private void addWindow(ByteView data, Item tcp, boolean syn, int shift, long scaled) {
        tcp.add(windowValue, data, 14, 2);
        tcp.add(window, data, 14, 2, scaled).generated();
        if (!syn && !tcp.isNone()) {
            String meaning = switch (shift) {
                case TcpConnections.SHIFT_UNKNOWN -> " (unknown)";
                case TcpConnections.SHIFT_NONE -> " (no window scaling used)";
                default -> "";
            };
            int factor = shift >= 0 ? 1 << shift : shift;
            tcp.add(windowScale, data, 14, 2, factor).text("Window size scaling factor: " + factor + meaning).generated();
        }
    }
}
