package org.wirebench.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** Byte arrays written as test vectors are: a value or a hex part per field, each with its comment. */
public final class Bytes {

    private Bytes() {
    }

    /** The low 8 bits of each value, so that 0xff needs no cast. */
    public static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** Hex text, one part per field so each can carry its comment; spaces are ignored. */
    public static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    /** Text of one byte a character (ISO-8859-1), as HTTP messages are written. */
    public static byte[] text(String... parts) {
        return String.join("", parts).getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** `bytes` followed by zeros up to `length`. */
    public static byte[] padded(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }
}
