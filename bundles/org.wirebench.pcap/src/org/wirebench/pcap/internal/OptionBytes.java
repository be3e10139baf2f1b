package org.wirebench.pcap.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The options part of a pcapng block being written, little-endian, each value padded to 4 bytes. */
final class OptionBytes {
    private static final int MAX_VALUE = 0xffff;
    private static final byte[] ZEROS = new byte[3];

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    OptionBytes text(int code, String value) {
        if (value != null) {
            add(code, value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    OptionBytes u8(int code, int value) {
        return add(code, new byte[] { (byte) value });
    }

    private OptionBytes add(int code, byte[] value) {
        if (value.length > MAX_VALUE) {
            throw new IllegalArgumentException("pcapng option " + code + " of " + value.length + " bytes, more than " + MAX_VALUE);
        }
        short16(code);
        short16(value.length);
        bytes.write(value, 0, value.length);
        bytes.write(ZEROS, 0, -value.length & 3);
        return this;
    }

    private void short16(int value) {
        bytes.write(value);
        bytes.write(value >>> 8);
    }

    /** The options and opt_endofopt, or nothing when there are none. */
    byte[] toBytes() {
        if (bytes.size() > 0) {
            short16(Options.END);
            short16(0);
        }
        return bytes.toByteArray();
    }
}
