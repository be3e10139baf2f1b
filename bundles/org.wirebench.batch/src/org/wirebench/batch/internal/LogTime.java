package org.wirebench.batch.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time stamp a log line starts with, in one of the forms programs write and tcpdump prints: epoch seconds
 * with a fraction (`1795695936.967829`), ISO 8601 with `T` or a space, `.` or `,` before the fraction, with or
 * without a zone (`Z`, `+01:00`, `+0100`; none means the local zone), or `-ttttt`'s `HH:MM:SS.frac` since the
 * first packet.
 */
final class LogTime {
    /** What {@link #parse} returns for a line without a time stamp. */
    static final long NONE = Long.MIN_VALUE;

    private static final Pattern EPOCH = Pattern.compile("(\\d{9,11})\\.(\\d+)(?![\\d:])");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d+))?(Z|[+-]\\d{2}(?::?\\d{2})?)?(?!\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})\\.(\\d+)(?!\\d)");

    private final ZoneId zone;
    private boolean relative;

    LogTime(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Nanoseconds since 1970 of the time stamp `line` starts with, or since the first packet when
     * {@link #relative()} says so afterwards; {@link #NONE} when the line starts with none.
     */
    long parse(String line) {
        relative = false;
        if (line.isEmpty() || !Character.isDigit(line.charAt(0))) {
            return NONE;
        }
        Matcher m = ISO.matcher(line);
        if (m.lookingAt()) {
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
                    number(m, 6));
            String offset = m.group(8);
            long seconds = offset == null ? local.atZone(zone).toEpochSecond()
                    : local.toEpochSecond(offset.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(colon(offset)));
            return seconds * 1_000_000_000L + nanos(m.group(7));
        }
        m = EPOCH.matcher(line);
        if (m.lookingAt()) {
            return Long.parseLong(m.group(1)) * 1_000_000_000L + nanos(m.group(2));
        }
        m = RELATIVE.matcher(line);
        if (m.lookingAt()) {
            relative = true;
            return ((Long.parseLong(m.group(1)) * 60 + number(m, 2)) * 60 + number(m, 3)) * 1_000_000_000L + nanos(m.group(4));
        }
        return NONE;
    }

    /** Whether the last time stamp parsed counts from the first packet. */
    boolean relative() {
        return relative;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A fraction of a second of any number of digits, to nanoseconds (digits past the ninth are dropped). */
    private static long nanos(String digits) {
        long nanos = 0;
        for (int i = 0; i < 9; i++) {
            nanos = nanos * 10 + (digits != null && i < digits.length() ? digits.charAt(i) - '0' : 0);
        }
        return nanos;
    }

    /** `+0100` and `+01` as ZoneOffset reads them. */
    private static String colon(String offset) {
        return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    }
}
