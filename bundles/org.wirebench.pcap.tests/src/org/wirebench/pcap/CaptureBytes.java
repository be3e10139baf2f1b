package org.wirebench.pcap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Capture files built byte by byte, in either byte order, without {@link CaptureWriter}: the reader's tests must
 * not depend on the writer being right.
 */
final class CaptureBytes {
    static final int MICROSECONDS = 0xa1b2c3d4;
    static final int NANOSECONDS = 0xa1b23c4d;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteOrder order;

    CaptureBytes(ByteOrder order) {
        this.order = order;
    }

    /** The byte order of what follows (a new pcapng section). */
    CaptureBytes order(ByteOrder newOrder) {
        this.order = newOrder;
        return this;
    }

    /** The offset of the next byte. */
    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    Path write(Path file) throws IOException {
        return Files.write(file, out.toByteArray());
    }

    CaptureBytes u8(int value) {
        out.write(value);
        return this;
    }

    CaptureBytes u16(int value) {
        return order == ByteOrder.BIG_ENDIAN ? u8(value >>> 8).u8(value) : u8(value).u8(value >>> 8);
    }

    CaptureBytes u32(long value) {
        return order == ByteOrder.BIG_ENDIAN ? u16((int) (value >>> 16)).u16((int) value) : u16((int) value).u16((int) (value >>> 16));
    }

    CaptureBytes u64(long value) {
        return order == ByteOrder.BIG_ENDIAN ? u32(value >>> 32).u32(value) : u32(value).u32(value >>> 32);
    }

    CaptureBytes bytes(byte[] value) {
        out.write(value, 0, value.length);
        return this;
    }

    /** Zeros up to a multiple of 4. */
    CaptureBytes pad() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
        return this;
    }

    // --- pcap --------------------------------------------------------------------------------------------------

    CaptureBytes pcapHeader(int magic, long snapLength, int linkField) {
        return u32(magic).u16(2).u16(4).u32(0).u32(0).u32(snapLength).u32(linkField);
    }

    CaptureBytes pcapRecord(long seconds, long fraction, byte[] data, int originalLength) {
        return u32(seconds).u32(fraction).u32(data.length).u32(originalLength).bytes(data);
    }

    // --- pcapng ------------------------------------------------------------------------------------------------

    /** A block: type, total length, the body padded to 4 bytes, total length again. */
    CaptureBytes block(int type, byte[] body) {
        int length = 12 + (body.length + 3) / 4 * 4;
        u32(type).u32(length).bytes(body);
        return pad().u32(length);
    }

    private CaptureBytes body() {
        return new CaptureBytes(order);
    }

    /** Writes the options `options` adds and, when it added any, opt_endofopt. */
    private CaptureBytes options(Consumer<CaptureBytes> options) {
        int before = size();
        options.accept(this);
        return size() > before ? u16(0).u16(0) : this;
    }

    CaptureBytes option(int code, byte[] value) {
        return u16(code).u16(value.length).bytes(value).pad();
    }

    CaptureBytes option(int code, String value) {
        return option(code, value.getBytes(StandardCharsets.UTF_8));
    }

    CaptureBytes optionU8(int code, int value) {
        return option(code, new byte[] { (byte) value });
    }

    CaptureBytes optionU64(int code, long value) {
        return u16(code).u16(8).u64(value);
    }

    CaptureBytes shb(String... comments) {
        return block(0x0a0d0d0a, body().u32(0x1a2b3c4d).u16(1).u16(0).u64(-1).options(o -> {
            for (String comment : comments) {
                o.option(1, comment);
            }
        }).toByteArray());
    }

    CaptureBytes idb(int linkType, int snapLength, Consumer<CaptureBytes> options) {
        return block(1, body().u16(linkType).u16(0).u32(snapLength).options(options).toByteArray());
    }

    CaptureBytes epb(int interfaceId, long ticks, byte[] data, int originalLength, String comment) {
        return block(6, body().u32(interfaceId).u32(ticks >>> 32).u32(ticks).u32(data.length).u32(originalLength)
                .bytes(data).pad().options(o -> comment(o, comment)).toByteArray());
    }

    /** The obsolete packet block (type 2): a 16-bit interface id and a drops count. */
    CaptureBytes pb(int interfaceId, long ticks, byte[] data, int originalLength, String comment) {
        return block(2, body().u16(interfaceId).u16(0).u32(ticks >>> 32).u32(ticks).u32(data.length).u32(originalLength)
                .bytes(data).pad().options(o -> comment(o, comment)).toByteArray());
    }

    CaptureBytes spb(int originalLength, byte[] data) {
        return block(3, body().u32(originalLength).bytes(data).toByteArray());
    }

    private static void comment(CaptureBytes options, String comment) {
        if (comment != null) {
            options.option(1, comment);
        }
    }

    /** Distinct packet bytes: `length` bytes counting up from `seed`. */
    static byte[] data(int seed, int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (seed + i);
        }
        return data;
    }
}
