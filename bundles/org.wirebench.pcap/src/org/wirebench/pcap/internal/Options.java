package org.wirebench.pcap.internal;

/**
 * Walks the options of one pcapng block: a 16-bit code, a 16-bit length and the value padded to 4 bytes, up to
 * opt_endofopt or the end of the block. An option that claims to run past the block ends the walk.
 */
final class Options {
    static final int END = 0;
    static final int COMMENT = 1;

    private final MappedBytes bytes;
    private final boolean littleEndian;
    private final long end;
    private long next;
    private int code;
    private int length;
    private long value;
    private boolean overrun;

    /** The options from `start` up to `end`, the offset of the block's trailing length. */
    Options(MappedBytes bytes, boolean littleEndian, long start, long end) {
        this.bytes = bytes;
        this.littleEndian = littleEndian;
        this.next = start;
        this.end = end;
    }

    /** Moves to the next option; false at the end. */
    boolean next() {
        if (next + 4 > end) {
            return false;
        }
        code = bytes.u16(next, littleEndian);
        if (code == END) {
            return false;
        }
        length = bytes.u16(next + 2, littleEndian);
        value = next + 4;
        if (value + length > end) {
            overrun = true;
            return false;
        }
        next = value + PcapngReader.pad4(length);
        return true;
    }

    int code() {
        return code;
    }

    int length() {
        return length;
    }

    /** True when an option claimed more bytes than the block has left. */
    boolean overrun() {
        return overrun;
    }

    String text() {
        return bytes.utf8(value, length);
    }

    int u8() {
        return bytes.u8(value);
    }

    /** The value as a 64-bit integer in the block's byte order. */
    long int64() {
        long first = bytes.u32(value, littleEndian);
        long second = bytes.u32(value + 4, littleEndian);
        return littleEndian ? second << 32 | first : first << 32 | second;
    }
}
