package org.wirebench.proto.tcp.internal;

import java.util.HashMap;
import java.util.Map;

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

    /** Connections between endpoints given as text (`address/port`), keyed by the two in order. */
    private final Map<String, History> byText = new HashMap<>();
    /** Connections between IPv4 endpoints, each endpoint a number: the address above the 16 bits of the port. */
    private final EndpointPairs byNumber = new EndpointPairs();

    private static final class Side {
        boolean based;
        long base;
        int shift = SHIFT_UNKNOWN;
        /** The PDUs this side's payload was reassembled into, once a dissector above asked for more bytes. */
        PduAssembly pdus;

        void base(long value) {
            if (!based) {
                based = true;
                base = value & MASK;
            }
        }
    }

    private static final class Connection {
        /** The side of the lesser endpoint, then of the greater one. */
        final Side first = new Side();
        final Side second = new Side();
    }

    /** The connections one pair of endpoints had, by the frame number each was first seen at, in frame order. */
    private static final class History {
        private int[] starts = new int[1];
        private Connection[] connections = new Connection[1];
        private int count;

        /** The connection in effect at `frame` (the last one first seen at or before it), or null. */
        Connection at(int frame) {
            int last = count - 1;
            if (last >= 0 && starts[last] <= frame) {
                return connections[last];
            }
            int index = floor(frame);
            return index < 0 ? null : connections[index];
        }

        private int floor(int frame) {
            int low = 0;
            int high = count - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] <= frame) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found;
        }

        /** Files `connection` under `frame`, replacing the one filed there. */
        void put(int frame, Connection connection) {
            int index = floor(frame);
            if (index >= 0 && starts[index] == frame) {
                connections[index] = connection;
                return;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * count);
                connections = java.util.Arrays.copyOf(connections, 2 * count);
            }
            int at = index + 1;
            System.arraycopy(starts, at, starts, at + 1, count - at);
            System.arraycopy(connections, at, connections, at + 1, count - at);
            starts[at] = frame;
            connections[at] = connection;
            count++;
        }
    }

    /**
     * Open addressing from a pair of numbered endpoints, the lesser first, to their history. An endpoint is three
     * longs: an IPv4 one is 0, 0 and {@link #endpoint}; an IPv6 one the two halves of the address and the port
     * with bit 48 set, so that no IPv4 endpoint equals it.
     */
    private static final class EndpointPairs {
        private long[] keys = new long[6 * 64];
        private History[] histories = new History[64];
        private int size;

        History get(long a1, long a2, long a3, long b1, long b2, long b3) {
            int mask = histories.length - 1;
            for (int i = slot(a1, a2, a3, b1, b2, b3, mask);; i = (i + 1) & mask) {
                History history = histories[i];
                int k = 6 * i;
                if (history == null) {
                    history = new History();
                    histories[i] = history;
                    keys[k] = a1;
                    keys[k + 1] = a2;
                    keys[k + 2] = a3;
                    keys[k + 3] = b1;
                    keys[k + 4] = b2;
                    keys[k + 5] = b3;
                    if (2 * ++size > histories.length) {
                        grow();
                    }
                    return history;
                }
                if (keys[k + 2] == a3 && keys[k + 5] == b3 && keys[k] == a1 && keys[k + 1] == a2 && keys[k + 3] == b1 && keys[k + 4] == b2) {
                    return history;
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            History[] oldHistories = histories;
            histories = new History[2 * oldHistories.length];
            keys = new long[6 * histories.length];
            int mask = histories.length - 1;
            for (int j = 0; j < oldHistories.length; j++) {
                if (oldHistories[j] != null) {
                    int o = 6 * j;
                    int i = slot(oldKeys[o], oldKeys[o + 1], oldKeys[o + 2], oldKeys[o + 3], oldKeys[o + 4], oldKeys[o + 5], mask);
                    while (histories[i] != null) {
                        i = (i + 1) & mask;
                    }
                    System.arraycopy(oldKeys, o, keys, 6 * i, 6);
                    histories[i] = oldHistories[j];
                }
            }
        }

        private static int slot(long a1, long a2, long a3, long b1, long b2, long b3, int mask) {
            long h = a3 * 0x9E3779B97F4A7C15L ^ b3 * 0xC2B2AE3D27D4EB4FL;
            h ^= (a1 ^ 31 * a2) * 0x165667B19E3779F9L ^ (b1 ^ 31 * b2) * 0x27D4EB2F165667C5L;
            return (int) (h ^ h >>> 29 ^ h >>> 47) & mask;
        }
    }

    /** What one segment's numbers are relative to, and the connection and direction it belongs to. */
    static final class Spaces {
        private final Connection connection;
        private final boolean forward;
        private final long senderBase;
        private final long receiverBase;
        private final int senderShift;

        Spaces(Connection connection, boolean forward, long senderBase, long receiverBase, int senderShift) {
            this.connection = connection;
            this.forward = forward;
            this.senderBase = senderBase;
            this.receiverBase = receiverBase;
            this.senderShift = senderShift;
        }

        long seq(long raw) {
            return (raw - senderBase) & MASK;
        }

        /** An acknowledgment number or SACK edge: the peer's sequence space. */
        long ack(long raw) {
            return (raw - receiverBase) & MASK;
        }

        int senderShift() {
            return senderShift;
        }

        /** The reassembly of the sender's PDUs, or null while no dissector above asked for more bytes. */
        PduAssembly pdus() {
            return sender(connection, forward).pdus;
        }

        /** The reassembly of the sender's PDUs, made now if need be. */
        PduAssembly createPdus() {
            Side sender = sender(connection, forward);
            if (sender.pdus == null) {
                sender.pdus = new PduAssembly();
            }
            return sender.pdus;
        }
    }

    /** An IPv4 endpoint as one number: the address above the 16 bits of the port. */
    static long endpoint(int address, int port) {
        return (address & MASK) << 16 | port & 0xffff;
    }

    /** Notes a segment from endpoint `from` to `to` (address/port) seen in frame `frame`. */
    Spaces track(String from, String to, int frame, long seq, long ack, int flags) {
        boolean forward = from.compareTo(to) < 0;
        History history = byText.computeIfAbsent(forward ? from + " " + to : to + " " + from, k -> new History());
        return track(history, forward, frame, seq, ack, flags);
    }

    /** Notes a segment from endpoint `from` to `to` ({@link #endpoint}s of IPv4) seen in frame `frame`. */
    Spaces track(long from, long to, int frame, long seq, long ack, int flags) {
        boolean forward = from < to;
        History history = forward ? byNumber.get(0, 0, from, 0, 0, to) : byNumber.get(0, 0, to, 0, 0, from);
        return track(history, forward, frame, seq, ack, flags);
    }

    /** Notes a segment from IPv6 endpoint `from`/`fromPort` to `to`/`toPort` seen in frame `frame`. */
    Spaces track(byte[] from, int fromPort, byte[] to, int toPort, int frame, long seq, long ack, int flags) {
        long a1 = half(from, 0);
        long a2 = half(from, 8);
        long a3 = IPV6_ENDPOINT | fromPort & 0xffff;
        long b1 = half(to, 0);
        long b2 = half(to, 8);
        long b3 = IPV6_ENDPOINT | toPort & 0xffff;
        // any order that is total and the same for both directions picks the side
        int order = a1 != b1 ? Long.compare(a1, b1) : a2 != b2 ? Long.compare(a2, b2) : Long.compare(a3, b3);
        boolean forward = order < 0;
        History history = forward ? byNumber.get(a1, a2, a3, b1, b2, b3) : byNumber.get(b1, b2, b3, a1, a2, a3);
        return track(history, forward, frame, seq, ack, flags);
    }

    /** Marks the third long of an IPv6 endpoint (beside its port): no IPv4 endpoint has bit 48 set. */
    private static final long IPV6_ENDPOINT = 1L << 48;

    private static long half(byte[] address, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | address[i] & 0xff;
        }
        return value;
    }

    private static Spaces track(History history, boolean forward, int frame, long seq, long ack, int flags) {
        boolean syn = (flags & TcpFlags.SYN) != 0;
        long synSeq = (flags & (TcpFlags.SYN | TcpFlags.ACK)) == TcpFlags.SYN ? seq : -1;
        // the connection in effect at `frame`; a pure SYN (`synSeq` >= 0) with a new ISN opens a new connection
        Connection connection = history.at(frame);
        if (connection == null || synSeq >= 0 && sender(connection, forward).based && sender(connection, forward).base != synSeq) {
            connection = new Connection();
            history.put(frame, connection);
        }
        Side sender = sender(connection, forward);
        Side receiver = forward ? connection.second : connection.first;
        sender.base(syn ? seq : seq - 1);
        if ((flags & TcpFlags.ACK) != 0) {
            receiver.base(ack - 1);
        }
        return new Spaces(connection, forward, sender.base, receiver.based ? receiver.base : 0, sender.shift);
    }

    private static Side sender(Connection connection, boolean forward) {
        return forward ? connection.first : connection.second;
    }

    /**
     * Notes the window scale option of a SYN (`shift`, or -1 without one) of the segment `spaces` were tracked
     * for: the window is scaled only when both SYNs carry the option (RFC 7323 §2.2).
     */
    void windowScale(Spaces spaces, int flags, int shift) {
        Side sender = sender(spaces.connection, spaces.forward);
        Side receiver = spaces.forward ? spaces.connection.second : spaces.connection.first;
        if (sender.shift == SHIFT_UNKNOWN) {
            sender.shift = shift >= 0 ? shift : SHIFT_NONE;
        }
        boolean synAck = (flags & TcpFlags.ACK) != 0;
        if (sender.shift == SHIFT_NONE || synAck && receiver.shift == SHIFT_NONE) {
            receiver.shift = SHIFT_NONE;
            sender.shift = SHIFT_NONE;
        }
    }
}
