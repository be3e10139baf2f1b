package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** if_tsresol: powers of 10 and of 2, ticks to nanoseconds and back. */
class TimestampResolutionTest {

    @ParameterizedTest(name = "if_tsresol {0}: {1} ticks")
    @CsvSource({
            "0, 1700000000, 1700000000000000000", // seconds
            "3, 1700000000123, 1700000000123000000", // milliseconds
            "6, 1700000000123456, 1700000000123456000",
            "9, 1700000000123456789, 1700000000123456789",
            "12, 1700000000123456789, 1700000000123456", // picoseconds: below a nanosecond is dropped
            "18, -1, 18446744073", // attoseconds, the tick count read unsigned
            "148, 1572864, 1500000000", // 0x80 | 20: 2^-20 s, 1.5 s
            "160, 6442450944, 1500000000", // 2^-32 s
            "191, -1, 1999999999", // 2^-63 s: 2^64 - 1 ticks
            "128, 5, 5000000000" }) // 2^0: seconds
    void ticksToNanoseconds(int tsresol, long ticks, long nanos) {
        assertEquals(nanos, new TimestampResolution(tsresol).toNanos(ticks));
    }

    @ParameterizedTest(name = "if_tsresol {0}")
    @ValueSource(ints = { 0, 3, 6, 9, 0x80, 0x80 | 10, 0x80 | 20, 0x80 | 29 })
    void ticksReadComeBackUnchangedWhereATickIsAtLeastANanosecond(int tsresol) {
        TimestampResolution resolution = new TimestampResolution(tsresol);
        Random random = new Random(tsresol);
        for (int i = 0; i < 10_000; i++) {
            long ticks = resolution.toTicks(1_000_000_000_000_000_000L) + random.nextInt(Integer.MAX_VALUE);
            assertEquals(ticks, resolution.toTicks(resolution.toNanos(ticks)));
        }
    }

    /** From `base`, a time 64 bits of ticks still reach: with finer units they cover less time after 1970. */
    @ParameterizedTest(name = "if_tsresol {0} from {1} ns")
    @CsvSource({
            "9, 1700000000000000000",
            "12, 10000000000000000", // picoseconds: 2^64 ticks are 213 days
            "18, 10000000000", // attoseconds: 18 s
            "158, 1700000000000000000", // 2^-30 s
            "160, 1700000000000000000", // 2^-32 s
            "161, 1700000000000000000", // 2^-33 s
            "168, 10000000000000000", // 2^-40 s: 194 days
            "191, 0" }) // 2^-63 s: 2 s
    void nanosecondsComeBackUnchangedWhereATickIsAtMostANanosecond(int tsresol, long base) {
        TimestampResolution resolution = new TimestampResolution(tsresol);
        Random random = new Random(tsresol);
        for (int i = 0; i < 10_000; i++) {
            long nanos = base + random.nextInt(1_999_999_999);
            assertEquals(nanos, resolution.toNanos(resolution.toTicks(nanos)));
        }
    }

    @Test
    void decimalUnitsTruncateAsLibpcapDoes() {
        assertEquals(1_700_000_000_123_456L, TimestampResolution.MICROSECONDS.toTicks(1_700_000_000_123_456_999L));
    }

    @Test
    void onlyUnitsALongCanCountAreSupported() {
        assertTrue(TimestampResolution.supported(18));
        assertFalse(TimestampResolution.supported(19));
        assertTrue(TimestampResolution.supported(0x80 | 63));
        assertFalse(TimestampResolution.supported(0x80 | 64));
        assertFalse(TimestampResolution.supported(256));
        assertFalse(TimestampResolution.supported(-1));
        assertThrows(IllegalArgumentException.class, () -> new TimestampResolution(19));
        assertEquals("2^-20 s", new TimestampResolution(0x80 | 20).toString());
        assertEquals("10^-6 s", TimestampResolution.MICROSECONDS.toString());
    }
}
