package org.wirebench.analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.wirebench.core.Addresses;
import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Values;

/**
 * A field value as tshark shows it in `-T fields` and `-T json` (its "show" form), which is not the tree's
 * label: numbers without their value names, hex only for hex fields and padded to the type's width, booleans
 * as 1 or 0, times in seconds. It is also the literal of a display filter that selects the value ({@link #filter}).
 */
public final class ShownValue {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM ppd, yyyy HH:mm:ss.", Locale.ROOT);

    private final ZoneId zone;

    public ShownValue(ZoneId zone) {
        this.zone = zone;
    }

    /** Appends the value of `item`; `separator` goes between the bytes of a byte string (0 for none). */
    public StringBuilder append(Item item, char separator, StringBuilder text) {
        Field field = item.field();
        long n = item.number();
        Object value = item.value();
        switch (field.type()) {
            case PROTOCOL -> text.append(item.label());
            case NONE -> {
                // a field without a value: tshark prints nothing for it
            }
            case BOOLEAN -> text.append(n != 0 ? '1' : '0');
            case IPV4 -> text.append(Addresses.ipv4(n));
            case IPV6 -> text.append(value instanceof byte[] b && b.length == 16 ? Addresses.ipv6(b) : "");
            case ETHER -> text.append(value instanceof byte[] b && b.length == 6 ? Addresses.ether(b, 0) : "");
            case BYTES -> {
                if (value instanceof byte[] b) {
                    text.append(Addresses.hex(b, 0, b.length, separator));
                }
            }
            case STRING -> {
                if (field.filterName().equals("frame.protocols")) {
                    TsharkProtocols.append(String.valueOf(value), text);
                } else {
                    text.append(value == null ? "" : value.toString());
                }
            }
            case DOUBLE -> text.append(value == null ? "" : value.toString());
            case ABSOLUTE_TIME -> absoluteTime(field, n, text);
            case RELATIVE_TIME -> text.append(Values.seconds(n));
            case UINT8, INT8 -> integer(field, n, 2, text);
            case UINT16, INT16 -> integer(field, n, 4, text);
            case UINT24 -> integer(field, n, 6, text);
            case UINT32, INT32 -> integer(field, n, 8, text);
            default -> integer(field, n, 16, text);
        }
        return text;
    }

    /** `frame.time_epoch` is seconds since 1970 in tshark; other absolute times are a local date and time. */
    private void absoluteTime(Field field, long nanos, StringBuilder text) {
        long seconds = Math.floorDiv(nanos, 1_000_000_000L);
        long fraction = Math.floorMod(nanos, 1_000_000_000L);
        if (field.filterName().endsWith("_epoch")) {
            Values.appendNineDigits(text.append(seconds).append('.'), fraction);
            return;
        }
        var time = Instant.ofEpochSecond(seconds).atZone(zone);
        Values.appendNineDigits(text.append(DATE.format(time)), fraction).append(' ')
                .append(time.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT));
    }

    /** Hex for hex-based fields (tshark pads to the width of the type, whatever the bit mask), else decimal. */
    private static void integer(Field field, long n, int digits, StringBuilder text) {
        switch (field.base()) {
            case HEX, HEX_DEC -> {
                text.append("0x");
                for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
                    text.append(HEX[(int) (n >>> shift) & 0xf]);
                }
            }
            default -> text.append(n);
        }
    }

    /**
     * The display filter that selects `item`'s value, as Wireshark's "Apply as Filter" writes it: the field alone for
     * a protocol or a field without a value, else `name == value`, strings quoted, bytes colon-separated.
     */
    public String filter(Item item) {
        Field field = item.field();
        return switch (field.type()) {
            case PROTOCOL, NONE -> field.filterName();
            case STRING -> field.filterName() + " == \"" + String.valueOf(item.value()).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> append(item, ':', new StringBuilder(field.filterName()).append(" == ")).toString();
        };
    }
}
