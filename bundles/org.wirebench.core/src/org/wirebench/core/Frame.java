package org.wirebench.core;

/**
 * One captured packet: its metadata and its bytes. Readers fill a Frame and may reuse it for the next one,
 * so a consumer that keeps a frame copies it ({@link #copy()}).
 */
public final class Frame {
    private int number;
    private long timestampNanos;
    private int originalLength;
    private CaptureInterface captureInterface;
    private byte[] data = new byte[0];
    private int capturedLength;
    private String comment;

    /** Sets every property; `data` is kept, not copied, and holds `capturedLength` valid bytes from index 0. */
    public Frame set(int number, long timestampNanos, byte[] data, int capturedLength, int originalLength,
            CaptureInterface captureInterface, String comment) {
        this.number = number;
        this.timestampNanos = timestampNanos;
        this.data = data;
        this.capturedLength = capturedLength;
        this.originalLength = originalLength;
        this.captureInterface = captureInterface;
        this.comment = comment;
        return this;
    }

    /** 1-based, as Wireshark and `tcpdump -#` count. */
    public int number() {
        return number;
    }

    /** Gives the frame its number in a merged run of several files. */
    public Frame renumber(int newNumber) {
        this.number = newNumber;
        return this;
    }

    /** Nanoseconds since 1970-01-01T00:00:00Z. */
    public long timestampNanos() {
        return timestampNanos;
    }

    public int capturedLength() {
        return capturedLength;
    }

    public int originalLength() {
        return originalLength;
    }

    public CaptureInterface captureInterface() {
        return captureInterface;
    }

    public int linkType() {
        return captureInterface.linkType();
    }

    /** The packet comment (pcapng opt_comment), or null. */
    public String comment() {
        return comment;
    }

    /** The backing array; only the first {@link #capturedLength()} bytes belong to this frame. */
    public byte[] data() {
        return data;
    }

    /** The frame's bytes as a view for dissection. */
    public ByteView bytes() {
        return new ByteView(data, 0, capturedLength, originalLength);
    }

    /** A frame that owns a copy of these bytes. */
    public Frame copy() {
        byte[] own = java.util.Arrays.copyOf(data, capturedLength);
        return new Frame().set(number, timestampNanos, own, capturedLength, originalLength, captureInterface, comment);
    }
}
