package org.wirebench.tcpdump.internal;

/** Calendar text of a UTC second count, as strftime over gmtime writes it, without java.time objects per packet. */
final class UtcTime {
    private UtcTime() {
    }

    /**
     * Appends `seconds` since 1970 (negative before) as `YYYY-MM-DD` + `between` + `HH:MM:SS`: `T` for the
     * ISO 8601 form of NTP time stamps, a space for AHCP.
     */
    static void append(StringBuilder out, long seconds, char between) {
        long days = Math.floorDiv(seconds, 86_400L);
        int daySeconds = (int) Math.floorMod(seconds, 86_400L);
        // days to civil date (proleptic Gregorian), eras of 400 years starting on March 1st
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        out.append(year).append('-');
        two(out, month).append('-');
        two(out, day).append(between);
        two(out, daySeconds / 3600).append(':');
        two(out, daySeconds / 60 % 60).append(':');
        two(out, daySeconds % 60);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
