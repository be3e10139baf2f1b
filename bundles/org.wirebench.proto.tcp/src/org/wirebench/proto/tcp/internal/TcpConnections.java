package org.wirebench.proto.tcp.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What relative sequence numbers and window scaling need from earlier segments: per connection and direction,
 * the base of the sequence space and the window shift the SYNs agreed on. Bases are set as Wireshark sets them:
 * the SYN's sequence number, else one less than the first sequence number seen, and for the peer one less than
 * the first acknowledgment number seen; a SYN with another initial sequence number starts a new connection on the
 * same addresses and ports.
 * <p>
 * One instance lives in the {@code Session} of a pass over a capture ({@code Packet.sessionState}). Each
 * connection is filed under the frame number where it was first seen, a segment uses the connection in effect at
 * its frame number, and a value once set never changes: so frames dissected in capture order get Wireshark's
 * numbers, and dissecting any of them again through the same session (the detail tree after the first pass) gives
 * the same numbers. A frame dissected without a session, or before the frames that precede it, counts from itself.
 */
final class TcpConnections {
    private static final long MASK = 0xffff_ffffL;
    /** No SYN seen: the window may be scaled by an unknown factor. */
    static final int SHIFT_UNKNOWN = -1;
    /** The SYNs did not both carry the window scale option: the window is not scaled. */
    static final int SHIFT_NONE = -2;

    private final Map<String, NavigableMap<Integer, Connection>> connections = new HashMap<>();

    private static final class Side {
        boolean based;
        long base;
        int shift = SHIFT_UNKNOWN;

        void base(long value) {
            if (!based) {
                based = true;
                base = value & MASK;
            }
        }
    }

    private static final class Connection {
        final Side[] sides = { new Side(), new Side() };
    }

    /** What one segment's numbers are relative to. */
    record Spaces(long senderBase, long receiverBase, int senderShift) {
        long seq(long raw) {
            return (raw - senderBase) & MASK;
        }

        /** An acknowledgment number or SACK edge: the peer's sequence space. */
        long ack(long raw) {
            return (raw - receiverBase) & MASK;
        }
    }

    /** Notes a segment from endpoint `from` to `to` (address/port) seen in frame `frame`. */
    Spaces track(String from, String to, int frame, long seq, long ack, int flags) {
        boolean syn = (flags & TcpFlags.SYN) != 0;
        Side[] sides = sides(from, to, frame, (flags & (TcpFlags.SYN | TcpFlags.ACK)) == TcpFlags.SYN ? seq : -1);
        Side sender = sides[0];
        Side receiver = sides[1];
        sender.base(syn ? seq : seq - 1);
        if ((flags & TcpFlags.ACK) != 0) {
            receiver.base(ack - 1);
        }
        return new Spaces(sender.base, receiver.based ? receiver.base : 0, sender.shift);
    }

    /**
     * Notes the window scale option of a SYN (`shift`, or -1 without one): the window is scaled only when both
     * SYNs carry the option (RFC 7323 §2.2).
     */
    void windowScale(String from, String to, int frame, int flags, int shift) {
        Side[] sides = sides(from, to, frame, -1);
        Side sender = sides[0];
        Side receiver = sides[1];
        if (sender.shift == SHIFT_UNKNOWN) {
            sender.shift = shift >= 0 ? shift : SHIFT_NONE;
        }
        boolean synAck = (flags & TcpFlags.ACK) != 0;
        if (sender.shift == SHIFT_NONE || synAck && receiver.shift == SHIFT_NONE) {
            receiver.shift = SHIFT_NONE;
            sender.shift = SHIFT_NONE;
        }
    }

    /** Sender and receiver side in effect at `frame`; a pure SYN (`synSeq` >= 0) with a new ISN opens a new connection. */
    private Side[] sides(String from, String to, int frame, long synSeq) {
        boolean forward = from.compareTo(to) < 0;
        NavigableMap<Integer, Connection> history = connections.computeIfAbsent(forward ? from + " " + to : to + " " + from,
                k -> new TreeMap<>());
        Map.Entry<Integer, Connection> entry = history.floorEntry(frame);
        Connection connection = entry == null ? null : entry.getValue();
        Side sender = connection == null ? null : connection.sides[forward ? 0 : 1];
        if (connection == null || synSeq >= 0 && sender.based && sender.base != synSeq) {
            connection = new Connection();
            history.put(frame, connection);
        }
        return forward ? connection.sides : new Side[] { connection.sides[1], connection.sides[0] };
    }
}
