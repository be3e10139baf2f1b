package org.wirebench.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A window on a frame's bytes, the part one protocol dissects (Wireshark's tvbuff). Offsets are relative to the
 * window; {@link #frameOffset(int)} maps them to the frame, for the hex view. Reading past the captured bytes
 * throws {@link TruncatedException}, which the engine turns into a malformed or snapped-short mark at the item
 * being dissected.
 */
public final class ByteView {
    private static final java.lang.invoke.VarHandle INT_BE = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class,
            java.nio.ByteOrder.BIG_ENDIAN);

    private final byte[] array;
    private final int start;
    private final int length;
    private final int reportedLength;
    /** The frame whose bytes are partly still at their source, copied into `array` when read; or null. */
    private final Frame lazy;
    /** Where the bytes are when not in the frame (reassembled ones), or null. */
    private final DataSource source;

    /**
     * @param reportedLength the length the bytes had on the wire (at least `length`): a read past `length` but
     *                       inside it was cut by the snap length, a read past it is a malformed packet
     */
    public ByteView(byte[] array, int start, int length, int reportedLength) {
        this(array, start, length, reportedLength, null);
    }

    ByteView(byte[] array, int start, int length, int reportedLength, Frame lazy) {
        this(array, start, length, reportedLength, lazy, null);
    }

    ByteView(byte[] array, int start, int length, int reportedLength, Frame lazy, DataSource source) {
        this.array = array;
        this.start = start;
        this.length = length;
        this.reportedLength = Math.max(length, reportedLength);
        this.lazy = lazy;
        this.source = source;
    }

    public static ByteView of(byte... bytes) {
        return new ByteView(bytes, 0, bytes.length, bytes.length);
    }

    /** Captured bytes in this window. */
    public int length() {
        return length;
    }

    /** Bytes this window had on the wire. */
    public int reportedLength() {
        return reportedLength;
    }

    /**
     * The offset in the frame, or in the {@link #source()} the bytes are from, of window offset `offset` (views share
     * the array of their source, which starts at its first byte).
     */
    public int frameOffset(int offset) {
        return start + offset;
    }

    /** The reassembled bytes this window is on, or null when it is on the frame. */
    public DataSource source() {
        return source;
    }

    public boolean has(int offset, int count) {
        return offset >= 0 && count >= 0 && offset + count <= length;
    }

    /** Throws {@link TruncatedException} unless `count` bytes from `offset` were captured. */
    public void require(int offset, int count) {
        if (offset < 0 || count < 0 || offset + count > length) {
            throw new TruncatedException(offset + count > reportedLength, frameOffset(offset), count);
        }
    }

    /** Checks that the bytes were captured and makes sure they are in the array; returns the index of the first. */
    private int check(int offset, int count) {
        if (offset < 0 || count < 0 || offset + count > length) {
            throw new TruncatedException(offset + count > reportedLength, frameOffset(offset), count);
        }
        int index = start + offset;
        if (lazy != null && !lazy.available(index + count)) {
            lazy.fill();
        }
        return index;
    }

    public int u8(int offset) {
        return array[check(offset, 1)] & 0xff;
    }

    public int u16(int offset) {
        int i = check(offset, 2);
        return (array[i] & 0xff) << 8 | array[i + 1] & 0xff;
    }

    public int u16le(int offset) {
        int i = check(offset, 2);
        return (array[i + 1] & 0xff) << 8 | array[i] & 0xff;
    }

    public int u24(int offset) {
        int i = check(offset, 3);
        return (array[i] & 0xff) << 16 | (array[i + 1] & 0xff) << 8 | array[i + 2] & 0xff;
    }

    public long u32(int offset) {
        int i = check(offset, 4);
        return ((long) (array[i] & 0xff) << 24 | (array[i + 1] & 0xff) << 16 | (array[i + 2] & 0xff) << 8 | array[i + 3] & 0xff);
    }

    public long u32le(int offset) {
        int i = check(offset, 4);
        return ((long) (array[i + 3] & 0xff) << 24 | (array[i + 2] & 0xff) << 16 | (array[i + 1] & 0xff) << 8 | array[i] & 0xff);
    }

    /** Six bytes, big-endian (a MAC address), in the low 48 bits. */
    public long u48(int offset) {
        int i = check(offset, 6);
        return (long) (array[i] & 0xff) << 40 | (long) (array[i + 1] & 0xff) << 32 | (long) (array[i + 2] & 0xff) << 24
                | (array[i + 3] & 0xff) << 16 | (array[i + 4] & 0xff) << 8 | array[i + 5] & 0xff;
    }

    /**
     * The plain sum (not folded) of the big-endian 16-bit words of `count` captured bytes from `offset`, an odd
     * last byte counting as a word's high half: the Internet checksum's sum before {@link InternetChecksum#fold}.
     */
    long wordSum(int offset, int count) {
        int i = check(offset, count);
        int end = i + count;
        long sum = 0;
        for (; i + 3 < end; i += 4) {
            int words = (int) INT_BE.get(array, i);
            sum += (words >>> 16) + (words & 0xffff);
        }
        for (; i + 1 < end; i += 2) {
            sum += (array[i] & 0xff) << 8 | array[i + 1] & 0xff;
        }
        if (i < end) {
            sum += (array[i] & 0xff) << 8;
        }
        return sum;
    }

    public long u64(int offset) {
        return u32(offset) << 32 | u32(offset + 4);
    }

    public long u64le(int offset) {
        return u32le(offset + 4) << 32 | u32le(offset);
    }

    /** A copy of `count` bytes. */
    public byte[] bytes(int offset, int count) {
        int i = check(offset, count);
        return Arrays.copyOfRange(array, i, i + count);
    }

    /** `count` bytes as ISO-8859-1 text (one char per byte), as protocol headers are read. */
    public String ascii(int offset, int count) {
        int i = check(offset, count);
        return new String(array, i, count, StandardCharsets.ISO_8859_1);
    }

    /** The rest of this window from `offset`. */
    public ByteView slice(int offset) {
        require(offset, 0);
        return new ByteView(array, start + offset, length - offset, reportedLength - offset, lazy, source);
    }

    /**
     * `count` bytes from `offset`, as a length field announces them: the window keeps what was captured of them
     * and reports `count`, so a length that lies beyond the packet shows as malformed where it is read.
     */
    public ByteView slice(int offset, int count) {
        require(offset, 0);
        int captured = Math.max(0, Math.min(count, length - offset));
        return new ByteView(array, start + offset, captured, Math.min(count, reportedLength - offset), lazy, source);
    }

    /**
     * This window as the start of something `reportedLength` bytes long, when that is more than it reports: bytes
     * knowingly cut short (the datagram an ICMP error quotes, a first fragment), so that reading past them counts
     * as cut by the snap length, not as a length that lied.
     */
    public ByteView reportingAtLeast(int reportedLength) {
        return reportedLength <= this.reportedLength ? this : new ByteView(array, start, length, reportedLength, lazy, source);
    }

    /** Index of the first byte equal to `value` from `offset`, or -1. */
    public int indexOf(int value, int offset) {
        if (lazy != null) {
            lazy.fill();
        }
        for (int i = Math.max(0, offset); i < length; i++) {
            if (array[start + i] == (byte) value) {
                return i;
            }
        }
        return -1;
    }
}
