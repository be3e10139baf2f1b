package org.wirebench.filter.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** How two values compare: numbers as numbers, bytes unsigned and lexicographically, text as text, prefixes by bits. */
final class Comparison {
    private Comparison() {
    }

    /** An address with a prefix length (`10.0.0.0/8`, `2001:db8::/32`): equal to the addresses inside it. */
    record Prefix(byte[] address, int bits) {
    }

    static boolean holds(String op, Object x, Object y) {
        if (x instanceof Prefix || y instanceof Prefix) {
            boolean inside = inside(x, y);
            return switch (op) {
                case "==", "===" -> inside;
                case "!=", "!==" -> !inside;
                default -> compare(address(x), address(y)) > 0 && op.startsWith(">")
                        || compare(address(x), address(y)) < 0 && op.startsWith("<");
            };
        }
        int c = compare(x, y);
        return switch (op) {
            case "==", "===" -> c == 0;
            case "!=", "!==" -> c != 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            case ">=" -> c >= 0;
            default -> c <= 0;
        };
    }

    private static Object address(Object value) {
        return value instanceof Prefix prefix ? prefix.address() : value;
    }

    private static boolean inside(Object x, Object y) {
        Prefix prefix = (Prefix) (y instanceof Prefix ? y : x);
        byte[] address = bytes(y instanceof Prefix ? x : y);
        if (address == null || address.length != prefix.address().length) {
            return false;
        }
        int bits = prefix.bits();
        for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : 0xff << (8 - bits) & 0xff;
            if ((address[i] & mask) != (prefix.address()[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An IPv4 address held as a number, as bytes; bytes as they are. */
    private static byte[] bytes(Object value) {
        if (value instanceof byte[] raw) {
            return raw;
        }
        if (value instanceof Long a) {
            return new byte[] { (byte) (a >> 24), (byte) (a >> 16), (byte) (a >> 8), (byte) (long) a };
        }
        return null;
    }

    static int compare(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Long.compare(a, b);
        }
        if (x instanceof Number a && y instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (x instanceof byte[] a && y instanceof byte[] b) {
            return Arrays.compareUnsigned(a, b);
        }
        return text(x).compareTo(text(y));
    }

    static boolean contains(Object x, Object y) {
        byte[] hay = x instanceof byte[] raw ? raw : text(x).getBytes(StandardCharsets.ISO_8859_1);
        byte[] needle = y instanceof byte[] raw ? raw : text(y).getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static String text(Object value) {
        if (value instanceof byte[] raw) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value);
    }
}
