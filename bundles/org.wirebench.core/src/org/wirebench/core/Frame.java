package org.wirebench.core;

/**
 * One captured packet: its metadata and its bytes. Readers fill a Frame and may reuse it for the next one,
 * so a consumer that keeps a frame copies it ({@link #copy()}).
 * <p>
 * A reader may leave most of the bytes where they are ({@link #set(int, long, Source, long, int, int, CaptureInterface,
 * String)}): the frame then copies the first bytes at once and the rest the first time anything reads them, through
 * {@link #data()}, {@link #bytes()} or {@link #copy()}. A summary pass, which reads headers only, copies little.
 */
public final class Frame {
    /** How many bytes from the start of a frame are copied at once from a {@link Source}: the usual headers. */
    public static final int EAGER = 128;

    /** Where the bytes of a frame are until they are read: a mapped capture file. */
    public interface Source {
        /** Copies `length` bytes from `position` into `target` from `offset`. */
        void copy(long position, byte[] target, int offset, int length);
    }

    private int number;
    private long timestampNanos;
    private int originalLength;
    private CaptureInterface captureInterface;
    private byte[] data = new byte[0];
    private int capturedLength;
    private String comment;
    /** Bytes of {@link #data} valid from index 0; the rest, up to the captured length, is still at the source. */
    private int available;
    private Source source;
    private long sourcePosition;
    private long fileTime = -1;
    private boolean fileTimeNanos;

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
        this.available = capturedLength;
        this.source = null;
        this.fileTime = -1;
        return this;
    }

    /**
     * Keeps the time fields of the frame's pcap record as the file holds them (seconds in the high 32 bits, the
     * fraction in the low 32, in micro- or `nanoseconds`), for a tool that shows them unnormalised as tcpdump
     * does when a damaged file holds a fraction of a second or more.
     */
    public Frame fileTime(long secondsAndFraction, boolean nanoseconds) {
        this.fileTime = secondsAndFraction;
        this.fileTimeNanos = nanoseconds;
        return this;
    }

    /** The pcap record's time fields (see {@link #fileTime(long, boolean)}), or -1 when the frame has none. */
    public long fileTime() {
        return fileTime;
    }

    /** Whether {@link #fileTime()}'s fraction counts nanoseconds (else microseconds). */
    public boolean fileTimeNanos() {
        return fileTimeNanos;
    }

    /**
     * Sets every property, the bytes still at `position` of `source`: this frame's array is reused when large
     * enough; the first bytes are copied now, the rest when first read. The source must stay readable as long as
     * the frame is used.
     */
    public Frame set(int number, long timestampNanos, Source source, long position, int capturedLength, int originalLength,
            CaptureInterface captureInterface, String comment) {
        byte[] array = data != null && data.length >= capturedLength ? data : new byte[capturedLength];
        int eager = Math.min(capturedLength, EAGER);
        source.copy(position, array, 0, eager);
        set(number, timestampNanos, array, capturedLength, originalLength, captureInterface, comment);
        if (eager < capturedLength) {
            this.available = eager;
            this.source = source;
            this.sourcePosition = position;
        }
        return this;
    }

    /** Copies the bytes still at the source, if any. */
    void fill() {
        Source from = source;
        if (from != null) {
            from.copy(sourcePosition + available, data, available, capturedLength - available);
            available = capturedLength;
            source = null;
        }
    }

    /** Whether the first `end` bytes are in {@link #data}, without copying any. */
    boolean available(int end) {
        return end <= available;
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
        fill();
        return data;
    }

    /** The frame's bytes as a view for dissection. */
    public ByteView bytes() {
        return new ByteView(data, 0, capturedLength, originalLength, source == null ? null : this);
    }

    /** A frame that owns a copy of these bytes. */
    public Frame copy() {
        fill();
        byte[] own = java.util.Arrays.copyOf(data, capturedLength);
        return new Frame().set(number, timestampNanos, own, capturedLength, originalLength, captureInterface, comment);
    }
}
