package org.wirebench.filter.internal;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.filter.FilterException;

/** Turns the text of a value (`80`, `0x02`, `00:0c:29`, `10.0.0.0/8`, `"GET"`) into a value of a field's type. */
final class Literals {
    private Literals() {
    }

    /**
     * The value `token` means for `type` (the type of the operand it is compared with); `field` gives value names
     * (`arp.opcode == reply`).
     */
    static Object convert(Token token, FieldType type, Field field) throws FilterException {
        String text = token.text();
        try {
            if (token.kind() == Token.Kind.STRING) {
                return switch (type) {
                    case BYTES, ETHER, IPV6, PROTOCOL -> text.getBytes(StandardCharsets.ISO_8859_1);
                    default -> text;
                };
            }
            return switch (type) {
                case BOOLEAN -> bool(text);
                case IPV4 -> ipv4(text);
                case IPV6 -> ipv6(text);
                case ETHER, BYTES, PROTOCOL, NONE -> bytes(text);
                case STRING -> text;
                case DOUBLE -> Double.parseDouble(text);
                case ABSOLUTE_TIME, RELATIVE_TIME -> new BigDecimal(text).movePointRight(9).longValueExact();
                default -> number(text, field);
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new FilterException("position " + token.position() + ": '" + text + "' is not a valid " + describe(type)
                    + (field == null ? "" : " for " + field.filterName()), token.position());
        }
    }

    private static Long bool(String text) {
        return switch (text.toLowerCase()) {
            case "1", "true" -> 1L;
            case "0", "false" -> 0L;
            default -> throw new IllegalArgumentException();
        };
    }

    /** An integer in C notation (decimal, 0x hex, 0 octal, 0b binary, 'c'), or one of the field's value names. */
    static Long number(String text, Field field) {
        if (field != null && field.valueNames() != null) {
            for (Map.Entry<Long, String> name : field.valueNames().entrySet()) {
                if (name.getValue().equalsIgnoreCase(text)) {
                    return name.getKey();
                }
            }
        }
        String t = text;
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        long value;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            value = Long.parseUnsignedLong(t.substring(2), 16);
        } else if (t.startsWith("0b") || t.startsWith("0B")) {
            value = Long.parseUnsignedLong(t.substring(2), 2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            value = Long.parseUnsignedLong(t.substring(1), 8);
        } else {
            value = Long.parseUnsignedLong(t);
        }
        return negative ? -value : value;
    }

    private static Object ipv4(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException();
        }
        byte[] bytes = new byte[4];
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int b = Integer.parseInt(parts[i]);
            if (b < 0 || b > 255) {
                throw new IllegalArgumentException();
            }
            bytes[i] = (byte) b;
            value = value << 8 | b;
        }
        if (slash < 0) {
            return value;
        }
        int bits = Integer.parseInt(text.substring(slash + 1));
        if (bits < 0 || bits > 32) {
            throw new IllegalArgumentException();
        }
        return new Comparison.Prefix(bytes, bits);
    }

    private static Object ipv6(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException();
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress(); // a literal: no name look-up for hex and colons
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
        if (bytes.length != 16) {
            throw new IllegalArgumentException();
        }
        if (slash < 0) {
            return bytes;
        }
        int bits = Integer.parseInt(text.substring(slash + 1));
        if (bits < 0 || bits > 128) {
            throw new IllegalArgumentException();
        }
        return new Comparison.Prefix(bytes, bits);
    }

    /** Bytes as hex pairs separated by `:`, `.` or `-` (`00:0c:29`, `0.1.2.3`), or one byte (`ff`). */
    static byte[] bytes(String text) {
        String[] parts = text.split("[:.\\-]", -1);
        if (parts.length == 1 && text.length() > 2) {
            throw new IllegalArgumentException();
        }
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 2) {
                throw new IllegalArgumentException();
            }
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    private static String describe(FieldType type) {
        return switch (type) {
            case BOOLEAN -> "boolean (1, 0, True, False)";
            case IPV4 -> "IPv4 address or network (192.168.0.1, 10.0.0.0/8)";
            case IPV6 -> "IPv6 address or network (2001:db8::1, fe80::/10)";
            case ETHER -> "MAC address (00:0c:29:12:34:56)";
            case BYTES, PROTOCOL, NONE -> "byte string (00:0c:29, or \"text\")";
            case STRING -> "string";
            case DOUBLE, ABSOLUTE_TIME, RELATIVE_TIME -> "number of seconds";
            default -> "integer";
        };
    }
}
