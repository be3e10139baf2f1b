package org.wirebench.pcap.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file mapped read-only in chunks of 2^shift bytes, because one buffer cannot exceed 2 GB and captures can.
 * Reads inside a chunk go straight to its buffer; the rare read that straddles two chunks is assembled byte by
 * byte. Callers check offsets against {@link #size()} first: the readers validate every length they follow.
 * Reads use absolute positions only, so one instance serves any number of threads.
 */
public final class MappedBytes implements org.wirebench.core.Frame.Source {
    /** 1 GB chunks: few mappings even for very large files, far from the 2 GB limit of a buffer. */
    public static final int DEFAULT_CHUNK_SHIFT = 30;

    private final ByteBuffer[] chunks;
    private final int shift;
    private final long mask;
    private final long size;

    private MappedBytes(ByteBuffer[] chunks, int shift, long size) {
        this.chunks = chunks;
        this.shift = shift;
        this.mask = (1L << shift) - 1;
        this.size = size;
    }

    /**
     * Maps the whole file. The channel is closed at once: a mapping stays valid without it, and is released when
     * the buffers are collected.
     *
     * @param chunkShift log2 of the chunk size, 1 to 30; tests use small chunks to put records across boundaries
     */
    public static MappedBytes map(Path file, int chunkShift) throws IOException {
        if (chunkShift < 1 || chunkShift > DEFAULT_CHUNK_SHIFT) {
            throw new IllegalArgumentException("chunk shift out of range: " + chunkShift);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long chunkSize = 1L << chunkShift;
            ByteBuffer[] chunks = new ByteBuffer[Math.toIntExact((size + chunkSize - 1) >>> chunkShift)];
            for (int k = 0; k < chunks.length; k++) {
                long start = (long) k << chunkShift;
                chunks[k] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(chunkSize, size - start));
            }
            return new MappedBytes(chunks, chunkShift, size);
        }
    }

    public long size() {
        return size;
    }

    public int u8(long position) {
        return chunks[(int) (position >>> shift)].get((int) (position & mask)) & 0xff;
    }

    /** Two bytes as an unsigned value, in the given byte order. */
    public int u16(long position, boolean littleEndian) {
        ByteBuffer chunk = chunks[(int) (position >>> shift)];
        int at = (int) (position & mask);
        int value = at + 2 <= chunk.limit() ? chunk.getShort(at) & 0xffff : u8(position) << 8 | u8(position + 1);
        return littleEndian ? Integer.reverseBytes(value) >>> 16 : value;
    }

    /** Four bytes in the given byte order. */
    public int int32(long position, boolean littleEndian) {
        ByteBuffer chunk = chunks[(int) (position >>> shift)];
        int at = (int) (position & mask);
        int value = at + 4 <= chunk.limit() ? chunk.getInt(at) : straddling(position);
        return littleEndian ? Integer.reverseBytes(value) : value;
    }

    /** Four bytes as an unsigned value, in the given byte order. */
    public long u32(long position, boolean littleEndian) {
        return int32(position, littleEndian) & 0xffff_ffffL;
    }

    private int straddling(long position) {
        return u8(position) << 24 | u8(position + 1) << 16 | u8(position + 2) << 8 | u8(position + 3);
    }

    /** Copies `length` bytes from `position` into `target` from `offset`. */
    @Override
    public void copy(long position, byte[] target, int offset, int length) {
        long from = position;
        int to = offset;
        int left = length;
        while (left > 0) {
            ByteBuffer chunk = chunks[(int) (from >>> shift)];
            int at = (int) (from & mask);
            int count = Math.min(left, chunk.limit() - at);
            chunk.get(at, target, to, count);
            from += count;
            to += count;
            left -= count;
        }
    }

    /** `length` bytes as UTF-8 text without the NUL padding some writers leave at the end of a pcapng string. */
    public String utf8(long position, int length) {
        byte[] text = new byte[length];
        copy(position, text, 0, length);
        int end = length;
        while (end > 0 && text[end - 1] == 0) {
            end--;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
    }
}
