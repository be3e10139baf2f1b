package org.wirebench.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The text of a field value, as the detail tree shows it. */
public final class Values {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Values() {
    }

    public static String format(Item item) {
        Field field = item.field();
        long n = item.number();
        Object value = item.value();
        return switch (field.type()) {
            case PROTOCOL, NONE -> "";
            case BOOLEAN -> n != 0 ? "True" : "False";
            case IPV4 -> Addresses.ipv4(n);
            case IPV6 -> value instanceof byte[] b && b.length == 16 ? Addresses.ipv6(b) : "?";
            case ETHER -> value instanceof byte[] b && b.length == 6 ? Addresses.ether(b, 0) : "?";
            case BYTES -> value instanceof byte[] b ? Addresses.hex(b, 0, b.length, (char) 0) : "";
            case STRING -> String.valueOf(value);
            case ABSOLUTE_TIME -> appendNineDigits(new StringBuilder(UTC.format(Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L))))
                    .append('.'), Math.floorMod(n, 1_000_000_000L)).append(" UTC").toString();
            case RELATIVE_TIME -> seconds(n) + " seconds";
            case DOUBLE -> value == null ? "" : value.toString();
            default -> integer(field, n);
        };
    }

    /** Nanoseconds as seconds with nine decimals (`-0.000001000`). */
    public static String seconds(long nanos) {
        long abs = Math.abs(nanos);
        StringBuilder text = new StringBuilder(24);
        if (nanos < 0) {
            text.append('-');
        }
        return appendNineDigits(text.append(abs / 1_000_000_000L).append('.'), abs % 1_000_000_000L).toString();
    }

    /** Appends `fraction` (0..999,999,999) as nine digits; per packet, so without a Formatter. */
    public static StringBuilder appendNineDigits(StringBuilder text, long fraction) {
        String digits = Long.toString(fraction);
        for (int i = digits.length(); i < 9; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static String integer(Field field, long n) {
        String number = switch (field.base()) {
            case HEX -> hex(field, n);
            case OCT -> "0" + Long.toOctalString(n);
            case DEC_HEX -> n + " (" + hex(field, n) + ")";
            case HEX_DEC -> hex(field, n) + " (" + n + ")";
            default -> Long.toString(n);
        };
        String name = field.valueName(n);
        return name == null ? number : name + " (" + number + ")";
    }

    private static String hex(Field field, long n) {
        int digits = switch (field.type()) {
            case UINT8, INT8 -> 2;
            case UINT16, INT16 -> 4;
            case UINT24 -> 6;
            case UINT32, INT32 -> 8;
            default -> 16;
        };
        if (field.bitmask() != 0) {
            digits = Math.max(1, (64 - Long.numberOfLeadingZeros(field.bitmask() >>> Long.numberOfTrailingZeros(field.bitmask())) + 3) / 4);
        }
        return "0x" + String.format("%0" + digits + "x", n);
    }
}
