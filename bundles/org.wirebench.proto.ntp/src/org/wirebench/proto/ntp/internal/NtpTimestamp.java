package org.wirebench.proto.ntp.internal;

/** NTP's 64-bit timestamps (RFC 5905 §6): seconds since 1900 and a binary fraction, as nanoseconds since 1970. */
final class NtpTimestamp {
    /** Seconds from 1900-01-01 to 1970-01-01. */
    private static final long UNIX_EPOCH = 2_208_988_800L;
    private static final long ERA = 1L << 32;

    private NtpTimestamp() {
    }

    /**
     * Nanoseconds since 1970 of `seconds` and `fraction`. A timestamp whose top bit is clear is taken to be in
     * era 1, from 2036-02-07 06:28:16 UTC on (RFC 4330 §3), as Wireshark reads it.
     */
    static long nanos(long seconds, long fraction) {
        long era = (seconds & 0x8000_0000L) == 0 ? ERA : 0;
        return (seconds + era - UNIX_EPOCH) * 1_000_000_000L + (fraction * 1_000_000_000L >>> 32);
    }

    /** The same for a zero timestamp, which NTP uses for "not known" (Wireshark shows it as NULL): 1900-01-01. */
    static long zero() {
        return -UNIX_EPOCH * 1_000_000_000L;
    }
}
