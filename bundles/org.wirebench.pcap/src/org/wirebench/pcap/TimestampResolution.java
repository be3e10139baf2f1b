package org.wirebench.pcap;

/**
 * The unit of a capture's timestamps, encoded as pcapng's if_tsresol byte: with the high bit clear the unit is
 * 10^-n seconds, with it set 2^-n seconds (n in the low seven bits). pcap files use 10^-6 or 10^-9.
 *
 * @param tsresol the if_tsresol byte, 0 to 255; exponents beyond 10^-18 and 2^-63 are not supported because a
 *                64-bit tick count could not hold even one second in them
 */
public record TimestampResolution(int tsresol) {
    public static final TimestampResolution MICROSECONDS = new TimestampResolution(6);
    public static final TimestampResolution NANOSECONDS = new TimestampResolution(9);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int BINARY = 0x80;
    /** Above this many binary digits the fraction is narrowed first, so that fraction * 10^9 fits in a long. */
    private static final int WIDE = 33;
    private static final long[] POWERS_OF_TEN = { 1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L };

    public TimestampResolution {
        if (!supported(tsresol)) {
            throw new IllegalArgumentException("unsupported timestamp resolution (if_tsresol " + tsresol + ")");
        }
    }

    /** True when `tsresol` is an if_tsresol byte this class can convert. */
    public static boolean supported(int tsresol) {
        return tsresol >= 0 && tsresol <= 0xff && ((tsresol & BINARY) != 0 ? exponent(tsresol) <= 63 : tsresol <= 18);
    }

    private static int exponent(int tsresol) {
        return tsresol & ~BINARY;
    }

    public boolean binary() {
        return (tsresol & BINARY) != 0;
    }

    /** n in 10^-n or 2^-n. */
    public int exponent() {
        return exponent(tsresol);
    }

    /**
     * Nanoseconds of `ticks` (read as an unsigned 64-bit count), truncated as Wireshark truncates them. The result
     * wraps beyond the years 1677 to 2262, the range of a signed nanosecond count.
     */
    public long toNanos(long ticks) {
        int n = exponent();
        if (binary()) {
            long seconds = ticks >>> n;
            long fraction = ticks & ((1L << n) - 1);
            long nanos = n <= WIDE ? (fraction * NANOS_PER_SECOND) >>> n : ((fraction >>> (n - WIDE)) * NANOS_PER_SECOND) >>> WIDE;
            return seconds * NANOS_PER_SECOND + nanos;
        }
        return n <= 9 ? ticks * POWERS_OF_TEN[9 - n] : Long.divideUnsigned(ticks, POWERS_OF_TEN[n - 9]);
    }

    /**
     * Ticks of a nanosecond timestamp. Decimal units truncate, as libpcap does when it writes microseconds. Binary
     * units round up, which makes the conversion exact both ways where it can be: ticks read from a file come back
     * unchanged when a tick is longer than a nanosecond, nanoseconds come back unchanged when it is shorter.
     */
    public long toTicks(long nanos) {
        int n = exponent();
        if (binary()) {
            long seconds = Math.floorDiv(nanos, NANOS_PER_SECOND);
            long rest = Math.floorMod(nanos, NANOS_PER_SECOND);
            long fraction = n <= WIDE ? Math.ceilDiv(rest << n, NANOS_PER_SECOND)
                    : Math.ceilDiv(rest << WIDE, NANOS_PER_SECOND) << (n - WIDE);
            return (seconds << n) + fraction;
        }
        return n <= 9 ? Math.floorDiv(nanos, POWERS_OF_TEN[9 - n]) : nanos * POWERS_OF_TEN[n - 9];
    }

    @Override
    public String toString() {
        return (binary() ? "2^-" : "10^-") + exponent() + " s";
    }
}
