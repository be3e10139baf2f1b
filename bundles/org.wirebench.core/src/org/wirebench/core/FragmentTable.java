package org.wirebench.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IP datagrams put back together from their fragments (Wireshark's reassembly table), for IPv4 and IPv6's fragment
 * header. While the first pass meets them, fragments are filed under their datagram's key (addresses, protocol,
 * identification); each frame is also filed for good under its number and the identification, so that dissecting
 * it again (the detail tree, after the first pass) finds the same datagram, whole in the frame that completed it.
 * <p>
 * A datagram is whole once its fragments cover it from its first byte to the end the last fragment gives. A repeated
 * fragment is ignored; any other overlap, a fragment past the end, or one cut short by the snap length leaves the
 * datagram fragmented for good, as missing fragments do. One table lives in a session ({@link Packet#sessionState}).
 */
public final class FragmentTable {
    private final String sourceName;
    private final Map<Object, Datagram> pending = new HashMap<>();
    private final Map<Long, Datagram> byFrame = new HashMap<>();

    /** @param sourceName the name of the data source a whole datagram becomes: "Reassembled IPv4" */
    public FragmentTable(String sourceName) {
        this.sourceName = sourceName;
    }

    /**
     * Files the fragment `frame` carries: `payload` goes `offset` bytes into the datagram of `key` (which has
     * equals and hashCode), and ends it when `last`. Returns the datagram, whole when this or a later frame of the
     * first pass completed it; a frame filed before gets its datagram back unchanged.
     */
    public Datagram add(Object key, int frame, long identification, int offset, ByteView payload, boolean last) {
        Long filed = (long) frame << 32 | identification & 0xffff_ffffL;
        Datagram known = byFrame.get(filed);
        if (known != null) {
            return known;
        }
        Datagram datagram = pending.computeIfAbsent(key, k -> new Datagram());
        byFrame.put(filed, datagram);
        datagram.add(frame, offset, payload, last);
        if (datagram.complete()) {
            datagram.reassemble(frame, sourceName);
            // the identification may come again, for another datagram
            pending.remove(key);
        }
        return datagram;
    }

    /** The fragments of one datagram met so far, and the datagram once whole. */
    public static final class Datagram {
        /** In offset order, with the bytes of each until the datagram is whole. */
        private final List<Fragment> fragments = new ArrayList<>(4);
        private List<byte[]> pieces = new ArrayList<>(4);
        private int end = -1;
        private boolean spoiled;
        private DataSource whole;
        private int reassembledIn;

        private void add(int frame, int offset, ByteView payload, boolean last) {
            int length = payload.reportedLength();
            if (spoiled || payload.length() < length || end >= 0 && (offset + length > end || last && offset + length != end)) {
                spoiled = true;
                return;
            }
            byte[] bytes = payload.bytes(0, length);
            int at = 0;
            while (at < fragments.size() && fragments.get(at).offset() < offset) {
                at++;
            }
            if (at < fragments.size() && fragments.get(at).offset() == offset && fragments.get(at).length() == length
                    && Arrays.equals(pieces.get(at), bytes)) {
                return;
            }
            boolean overlapsBefore = at > 0 && fragments.get(at - 1).offset() + fragments.get(at - 1).length() > offset;
            boolean overlapsAfter = at < fragments.size() && offset + length > fragments.get(at).offset();
            if (overlapsBefore || overlapsAfter) {
                spoiled = true;
                return;
            }
            if (last) {
                end = offset + length;
            }
            fragments.add(at, new Fragment(frame, offset, length));
            pieces.add(at, bytes);
        }

        private boolean complete() {
            if (spoiled || end < 0) {
                return false;
            }
            int covered = 0;
            for (Fragment fragment : fragments) {
                if (fragment.offset() != covered) {
                    return false;
                }
                covered += fragment.length();
            }
            return covered == end;
        }

        private void reassemble(int frame, String sourceName) {
            byte[] bytes = new byte[end];
            for (int i = 0; i < fragments.size(); i++) {
                System.arraycopy(pieces.get(i), 0, bytes, fragments.get(i).offset(), fragments.get(i).length());
            }
            pieces = null;
            whole = new DataSource(sourceName, bytes);
            reassembledIn = frame;
        }

        /** The frame that completed the datagram, 0 while it is not whole. */
        public int reassembledIn() {
            return reassembledIn;
        }

        /** The whole datagram's payload, or null while it is not whole. */
        public DataSource whole() {
            return whole;
        }

        /** The fragments, in offset order. */
        public List<Fragment> fragments() {
            return fragments;
        }
    }
}
