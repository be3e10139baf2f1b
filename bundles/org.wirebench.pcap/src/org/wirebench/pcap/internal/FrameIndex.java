package org.wirebench.pcap.internal;

import java.util.Arrays;

/**
 * Where each frame of a capture is and what its record header says, in parallel primitive arrays: 29 bytes per
 * frame once {@link #trim() trimmed}, and no object per frame, so millions of frames index quickly and stay small.
 */
public final class FrameIndex {
    /** The largest array the JVM reliably allocates: it bounds the number of frames and the length of one. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private long[] offsets = new long[1024];
    private long[] timestamps = new long[offsets.length];
    private int[] capturedLengths = new int[offsets.length];
    private int[] originalLengths = new int[offsets.length];
    private int[] interfaceIds = new int[offsets.length];
    /** What the reader notes about the record (its kind, whether it has options), so reading it needs no header. */
    private byte[] flags = new byte[offsets.length];
    private int count;

    /**
     * Appends a frame; false when the index is full (it holds {@link #MAX_ARRAY}).
     *
     * @param offset where the frame's record (pcap) or block (pcapng) starts
     */
    public boolean add(long offset, long timestampNanos, int capturedLength, int originalLength, int interfaceId) {
        return add(offset, timestampNanos, capturedLength, originalLength, interfaceId, 0);
    }

    /** {@link #add(long, long, int, int, int)} with the reader's `flags` for the record (8 bits). */
    public boolean add(long offset, long timestampNanos, int capturedLength, int originalLength, int interfaceId, int flags) {
        if (count == offsets.length && !grow()) {
            return false;
        }
        offsets[count] = offset;
        timestamps[count] = timestampNanos;
        capturedLengths[count] = capturedLength;
        originalLengths[count] = originalLength;
        interfaceIds[count] = interfaceId;
        this.flags[count] = (byte) flags;
        count++;
        return true;
    }

    private boolean grow() {
        if (count == MAX_ARRAY) {
            return false;
        }
        resize((int) Math.min(MAX_ARRAY, count + (count >> 1) + 1L));
        return true;
    }

    private void resize(int capacity) {
        offsets = Arrays.copyOf(offsets, capacity);
        timestamps = Arrays.copyOf(timestamps, capacity);
        capturedLengths = Arrays.copyOf(capturedLengths, capacity);
        originalLengths = Arrays.copyOf(originalLengths, capacity);
        interfaceIds = Arrays.copyOf(interfaceIds, capacity);
        flags = Arrays.copyOf(flags, capacity);
    }

    /** Drops the spare capacity growth left, once the file is indexed. */
    public void trim() {
        if (count < offsets.length) {
            resize(count);
        }
    }

    public int count() {
        return count;
    }

    public long offset(int frame) {
        return offsets[frame];
    }

    public long timestampNanos(int frame) {
        return timestamps[frame];
    }

    public int capturedLength(int frame) {
        return capturedLengths[frame];
    }

    public int originalLength(int frame) {
        return originalLengths[frame];
    }

    public int interfaceId(int frame) {
        return interfaceIds[frame];
    }

    /** The flags the reader gave the record. */
    public int flags(int frame) {
        return flags[frame] & 0xff;
    }
}
