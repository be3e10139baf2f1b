package org.wirebench.analysis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Nanosecond time stamps and time spans as the Time column writes them, to a number of decimals (cut, not rounded). */
public final class TimeText {
    private static final long NANOS = 1_000_000_000L;

    private TimeText() {
    }

    /** An absolute time in `format` (one of the absolute ones), in `zone` unless the format is a UTC one. */
    public static String absolute(long nanos, TimeFormat format, int digits, ZoneId zone) {
        long seconds = Math.floorDiv(nanos, NANOS);
        long fraction = Math.floorMod(nanos, NANOS);
        StringBuilder text = new StringBuilder(32);
        if (format == TimeFormat.EPOCH) {
            text.append(seconds);
        } else {
            ZoneId shown = format == TimeFormat.UTC_DATE_AND_TIME || format == TimeFormat.UTC_TIME_OF_DAY ? ZoneOffset.UTC : zone;
            LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), shown);
            if (format == TimeFormat.DATE_AND_TIME || format == TimeFormat.UTC_DATE_AND_TIME) {
                text.append(time.getYear()).append('-');
                two(text, time.getMonthValue()).append('-');
                two(text, time.getDayOfMonth()).append(' ');
            }
            two(text, time.getHour()).append(':');
            two(text, time.getMinute()).append(':');
            two(text, time.getSecond());
        }
        return fraction(text, fraction, digits).toString();
    }

    /** A span of time in seconds, `-` before a negative one (frames of merged captures may go back in time). */
    public static String span(long nanos, int digits) {
        StringBuilder text = new StringBuilder(20);
        if (nanos < 0) {
            text.append('-');
            nanos = -nanos;
        }
        text.append(nanos / NANOS);
        return fraction(text, nanos % NANOS, digits).toString();
    }

    private static StringBuilder fraction(StringBuilder text, long fraction, int digits) {
        if (digits <= 0) {
            return text;
        }
        text.append('.');
        long value = fraction;
        for (int i = digits; i < 9; i++) {
            value /= 10;
        }
        String number = Long.toString(value);
        for (int i = number.length(); i < digits; i++) {
            text.append('0');
        }
        return text.append(number);
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return (value < 10 ? text.append('0') : text).append(value);
    }
}
