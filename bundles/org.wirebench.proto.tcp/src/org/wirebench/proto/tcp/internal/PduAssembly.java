package org.wirebench.proto.tcp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wirebench.core.ByteView;
import org.wirebench.core.DataSource;
import org.wirebench.core.DesegmentRequest;
import org.wirebench.core.Fragment;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.ReassemblyFields;

/**
 * TCP desegmentation for one direction of a connection, driven by the dissector above as in Wireshark: when it asks
 * for more bytes ({@link Packet#desegment}), the rest of its PDU is gathered from the segments that follow in
 * sequence, each shown as "[TCP segment of a reassembled PDU]", and it is called again, with the PDU whole (a data
 * source of its own), in the frame that completes it. A segment that leaves a gap gives the open PDU up; one that
 * repeats bytes the PDU holds is a retransmission and changes nothing.
 * <p>
 * Made only when a dissector first asks, so a connection whose payload nobody reassembles costs nothing. What the
 * first pass did with each frame is kept and done again when the frame is dissected again, so that a frame gives
 * the same answer whenever it is dissected.
 */
final class PduAssembly {
    private static final long MASK = 0xffff_ffffL;
    private static final String MARK = "[TCP segment of a reassembled PDU]";
    private static final String TABLE = "tcp.port";

    /** The PDU waiting for more segments, or null. */
    private Pdu open;
    private final Map<Integer, Visit> visits = new HashMap<>();

    /** A PDU being gathered from segments, in sequence space relative to the connection. */
    private static final class Pdu {
        final long start;
        /** The sequence number just past the PDU, or -1 while the dissector wants one more segment at a time. */
        long end;
        byte[] bytes;
        int size;
        final List<Fragment> fragments = new ArrayList<>(4);
        DataSource whole;
        int reassembledIn;

        Pdu(long start, long end) {
            this.start = start & MASK;
            this.end = end < 0 ? -1 : end & MASK;
            this.bytes = new byte[256];
        }

        long next() {
            return (start + size) & MASK;
        }

        void append(int frame, ByteView from, int offset, int count) {
            if (size + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + count));
            }
            System.arraycopy(from.bytes(offset, count), 0, bytes, size, count);
            fragments.add(new Fragment(frame, size, count));
            size += count;
        }

        boolean enough() {
            return end < 0 || next() == end;
        }
    }

    /** What the first pass did with one frame's payload, in this order. */
    private static final class Visit {
        /** PDUs the frame completed, dissected whole in it. */
        final List<Pdu> completed = new ArrayList<>(1);
        /** A PDU the frame completed for a while: handed whole to the dissector, which wanted still more. */
        DataSource tried;
        /** Where a dissection of the payload itself began, or -1. */
        int freshFrom = -1;
        /** The PDU the frame's last bytes went into without completing it, or null. */
        Pdu partOf;
        /** Whether the dissector above could dissect none of the payload: the protocol column stays TCP. */
        boolean nothingDissected;
    }

    /**
     * The first segment a dissector asked more for (`request`, after it dissected `payload` at relative sequence
     * number `seq`), when this direction had no reassembly yet.
     */
    void begin(DesegmentRequest request, ByteView payload, long seq, Packet packet) {
        Visit visit = new Visit();
        visit.freshFrom = 0;
        visits.put(packet.frame().number(), visit);
        opened(request, payload, 0, seq, packet, visit);
        finish(visit, packet, null, null);
    }

    /** Dissects a segment's payload, at relative sequence number `seq`, through the `tcp.port` table. */
    void dissect(ByteView payload, long seq, Packet packet, Item tcp, Item parent, ReassemblyFields fields) {
        int frame = packet.frame().number();
        Visit visit = visits.get(frame);
        if (visit != null) {
            replay(visit, payload, packet, tcp, parent, fields);
            return;
        }
        visit = new Visit();
        int offset = 0;
        while (offset < payload.length()) {
            Pdu pdu = open;
            if (pdu == null) {
                ByteView rest = payload.slice(offset);
                visit.freshFrom = offset;
                DesegmentRequest request = packet.callPortsDesegmenting(TABLE, packet.sourcePort(), packet.destinationPort(), rest, parent);
                if (request != null) {
                    opened(request, payload, offset, seq, packet, visit);
                }
                break;
            }
            long at = (seq + offset) & MASK;
            if (at != pdu.next()) {
                if (repeats(pdu, at, payload.length() - offset)) {
                    visit.partOf = pdu;
                    break;
                }
                // a gap: the PDU cannot be completed in order
                open = null;
                continue;
            }
            int take = pdu.end < 0 ? payload.length() - offset : (int) Math.min(payload.length() - offset, (pdu.end - at) & MASK);
            pdu.append(frame, payload, offset, take);
            offset += take;
            if (!pdu.enough()) {
                visit.partOf = pdu;
                break;
            }
            open = null;
            if (!complete(pdu, frame, packet, parent, fields, visit)) {
                break;
            }
        }
        if (visit.partOf != null || !visit.completed.isEmpty()) {
            visits.put(frame, visit);
        }
        finish(visit, packet, tcp, fields);
    }

    /** Whether `count` bytes at `at` are all bytes the PDU already holds: a retransmission. */
    private static boolean repeats(Pdu pdu, long at, int count) {
        long from = (at - pdu.start) & MASK;
        return from < pdu.size && from + count <= pdu.size;
    }

    /** Opens a PDU for what the dissector of the payload from `offset` could not finish. */
    private void opened(DesegmentRequest request, ByteView payload, int offset, long seq, Packet packet, Visit visit) {
        int begin = offset + request.offset();
        long end = request.more() == DesegmentRequest.ONE_MORE_SEGMENT ? -1 : seq + payload.length() + request.more();
        Pdu pdu = new Pdu(seq + begin, end);
        pdu.append(packet.frame().number(), payload, begin, payload.length() - begin);
        open = pdu;
        visit.partOf = pdu;
        visit.nothingDissected = begin == 0;
    }

    /**
     * Hands the gathered PDU whole to the dissector above. Returns false when it still wants more from its first
     * byte: the PDU stays open. When it wants more from further on, that part opens the next PDU.
     */
    private boolean complete(Pdu pdu, int frame, Packet packet, Item parent, ReassemblyFields fields, Visit visit) {
        DataSource whole = new DataSource("Reassembled TCP", Arrays.copyOf(pdu.bytes, pdu.size));
        DesegmentRequest request = packet.callPortsDesegmenting(TABLE, packet.sourcePort(), packet.destinationPort(), whole.view(), parent);
        if (request != null && request.offset() == 0) {
            pdu.end = request.more() == DesegmentRequest.ONE_MORE_SEGMENT ? -1 : (pdu.next() + request.more()) & MASK;
            open = pdu;
            visit.partOf = pdu;
            visit.tried = whole;
            visit.nothingDissected = true;
            return false;
        }
        pdu.whole = whole;
        pdu.reassembledIn = frame;
        pdu.bytes = null;
        visit.completed.add(pdu);
        visit.partOf = null;
        packet.addDataSource(whole);
        fields.showPieces(parent, whole.view(), pdu.fragments);
        if (request != null) {
            Pdu next = new Pdu(pdu.start + request.offset(), request.more() == DesegmentRequest.ONE_MORE_SEGMENT ? -1
                    : pdu.start + pdu.size + request.more());
            next.append(frame, whole.view(), request.offset(), pdu.size - request.offset());
            open = next;
            visit.partOf = next;
        }
        return true;
    }

    /** Does again what the first pass did with the frame, changing nothing. */
    private static void replay(Visit visit, ByteView payload, Packet packet, Item tcp, Item parent, ReassemblyFields fields) {
        for (Pdu pdu : visit.completed) {
            packet.addDataSource(pdu.whole);
            packet.callPortsDesegmenting(TABLE, packet.sourcePort(), packet.destinationPort(), pdu.whole.view(), parent);
            fields.showPieces(parent, pdu.whole.view(), pdu.fragments);
        }
        if (visit.tried != null) {
            packet.callPortsDesegmenting(TABLE, packet.sourcePort(), packet.destinationPort(), visit.tried.view(), parent);
        }
        if (visit.freshFrom >= 0) {
            packet.callPortsDesegmenting(TABLE, packet.sourcePort(), packet.destinationPort(), payload.slice(visit.freshFrom), parent);
        }
        finish(visit, packet, tcp, fields);
    }

    /** The mark of a segment whose bytes wait in a PDU, and where that PDU was completed once known. */
    private static void finish(Visit visit, Packet packet, Item tcp, ReassemblyFields fields) {
        if (visit.partOf == null) {
            return;
        }
        if (visit.nothingDissected) {
            packet.setProtocolColumn("TCP");
        }
        packet.appendInfo(MARK);
        if (tcp != null && visit.partOf.reassembledIn != 0) {
            fields.showReassembledIn(tcp, visit.partOf.reassembledIn);
        }
    }
}
