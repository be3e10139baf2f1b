package org.wirebench.tcpdump.internal;

/** print-ntp.c: NTP time messages (modes 0-5) and control messages (mode 6); mode 7 gets its name only. */
final class Ntp {
    /** The header of a time message without key id or digest. */
    private static final int TIME_MIN_LENGTH = 48;
    /** The header of a control message without data. */
    private static final int CONTROL_MIN_LENGTH = 12;
    /** Seconds from 1900 (NTP's era 0) to 1970. */
    private static final long JAN_1970 = 2_208_988_800L;
    private static final double TWO_POW_32 = 4294967296.0;

    private static final String[] MODES = { "unspecified", "symmetric active", "symmetric passive", "Client", "Server",
            "Broadcast", "Control Message", "Reserved" };
    private static final String[] LEAP = { "", "+1s", "-1s", "clock unsynchronized" };

    private Ntp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ntp";
        int status = nd.u8(off);
        int mode = status & 7;
        nd.print("NTPv").print((status >> 3) & 7).print(", ").print(MODES[mode]).print(", length ").print(length);
        if (nd.vflag == 0) {
            return;
        }
        int leap = status & 0xc0;
        nd.print("\n\tLeap indicator: ").print(LEAP[leap >> 6]).print(" (").print(leap).print(')');
        if (mode <= 5) {
            time(nd, off, length);
        } else if (mode == 6) {
            control(nd, off, length);
        }
    }

    private static void time(Nd nd, int off, int length) {
        if (length < TIME_MIN_LENGTH) {
            invalid(nd, off, length);
            return;
        }
        int stratum = nd.u8(off + 1);
        nd.print(", Stratum ").print(stratum).print(" (").print(stratumName(stratum)).print(')');
        int poll = (byte) nd.u8(off + 2);
        nd.print(", poll ").print(poll);
        if (poll > -32 && poll < 32) {
            if (poll >= 0) {
                nd.print(" (").print(1L << poll).print("s)");
            } else {
                nd.print(" (1/").print(1L << -poll).print("s)");
            }
        }
        int precision = (byte) nd.u8(off + 3);
        nd.print(", precision ").print(precision);
        // tcpdump checks each field before printing its label
        labelled(nd, "\n\tRoot Delay: ", off + 4, 4);
        shortFixed(nd, off + 4);
        labelled(nd, ", Root dispersion: ", off + 8, 4);
        shortFixed(nd, off + 8);
        int refid = off + 12;
        labelled(nd, ", Reference-ID: ", refid, 4);
        switch (stratum) {
            case 0 -> nd.print("(unspec)");
            case 1 -> AppText.printjn(nd, refid, 4);
            case 62, 63 -> {
                // implementation-specific info query and reply: nothing more worth printing
                nd.ipaddr(refid).print(stratum == 62 ? " INFO_QUERY" : " INFO_REPLY");
                return;
            }
            default -> {
                long id = nd.u32(refid);
                nd.print("0x").hex(id, 8);
            }
        }
        labelled(nd, "\n\t  Reference Timestamp:  ", off + 16, 8);
        timestamp(nd, off + 16);
        labelled(nd, "\n\t  Originator Timestamp: ", off + 24, 8);
        timestamp(nd, off + 24);
        labelled(nd, "\n\t  Receive Timestamp:    ", off + 32, 8);
        timestamp(nd, off + 32);
        labelled(nd, "\n\t  Transmit Timestamp:   ", off + 40, 8);
        timestamp(nd, off + 40);
        nd.print("\n\t    Originator - Receive Timestamp:  ");
        delta(nd, off + 24, off + 32);
        nd.print("\n\t    Originator - Transmit Timestamp: ");
        delta(nd, off + 24, off + 40);
        int key = off + TIME_MIN_LENGTH;
        switch (length - TIME_MIN_LENGTH) {
            case 0 -> {
            }
            case 4 -> keyId(nd, key);
            case 20, 24 -> {
                keyId(nd, key);
                nd.check(key + 4, length - TIME_MIN_LENGTH - 4);
                nd.print("\n\tAuthentication: ");
                for (int i = 4; i < length - TIME_MIN_LENGTH; i += 4) {
                    nd.hex(nd.u32(key + i), 8);
                }
            }
            default -> nd.print("\n\t(").print(length - TIME_MIN_LENGTH).print(" more bytes after the header)");
        }
    }

    /** Prints `label` once the `size` bytes of its field at `off` are known to be captured. */
    private static void labelled(Nd nd, String label, int off, int size) {
        nd.check(off, size);
        nd.print(label);
    }

    private static void keyId(Nd nd, int off) {
        long id = nd.u32(off);
        nd.print("\n\tKey id: ").print(id);
    }

    private static String stratumName(int stratum) {
        return switch (stratum) {
            case 0 -> "unspecified";
            case 1 -> "primary reference";
            default -> stratum <= 15 ? "secondary reference" : "reserved";
        };
    }

    private static void control(Nd nd, int off, int length) {
        if (length < CONTROL_MIN_LENGTH) {
            invalid(nd, off, length);
            return;
        }
        int control = nd.u8(off + 1);
        nd.print((control & 0x80) != 0 ? ", Response" : ", Request").print((control & 0x40) != 0 ? ", Error" : ", OK")
                .print((control & 0x20) != 0 ? ", More" : ", Last").print(", OpCode=").print(control & 0x1f).print('\n');
        // each field is read before its label is printed
        int sequence = nd.u16(off + 2);
        nd.print("\tSequence=").print(sequence);
        int status = nd.u16(off + 4);
        nd.print(", Status=");
        if (status == 0) {
            nd.print('0');
        } else {
            nd.hex(status);
        }
        int association = nd.u16(off + 6);
        nd.print(", Assoc.=").print(association);
        int offset = nd.u16(off + 8);
        nd.print(", Offset=").print(offset);
        int count = nd.u16(off + 10);
        nd.print(", Count=").print(count);
        if (CONTROL_MIN_LENGTH + count > length) {
            invalid(nd, off, length);
            return;
        }
        if (count != 0) {
            nd.check(off + CONTROL_MIN_LENGTH, count);
            nd.print("\n\tTO-BE-DONE: data not interpreted");
        }
    }

    private static void invalid(Nd nd, int off, int length) {
        nd.invalid();
        nd.check(off, length);
    }

    /** A 16.16 fixed-point value as seconds and millionths (p_sfix). */
    private static void shortFixed(Nd nd, int off) {
        int integer = nd.u16(off);
        int micros = (int) (nd.u16(off + 2) / 65536.0 * 1_000_000.0);
        nd.print(integer).print('.');
        zeroPad(nd.out, micros, 6);
    }

    /** A 32.32 NTP time stamp as seconds and billionths, with its UTC date unless zero (p_ntp_time). */
    static void timestamp(Nd nd, int off) {
        long seconds = nd.u32(off);
        long fraction = nd.u32(off + 4);
        nd.print(seconds).print('.');
        zeroPad(nd.out, nanos(fraction), 9);
        if (seconds != 0) {
            nd.print(" (");
            UtcTime.append(nd.out, seconds - JAN_1970, 'T');
            nd.print("Z)");
        }
    }

    /** The signed difference of the time stamps at `to` and `from`; the time stamp itself when `from` is zero. */
    private static void delta(Nd nd, int from, int to) {
        long u = nd.u32(to);
        long ou = nd.u32(from);
        long uf = nd.u32(to + 4);
        long ouf = nd.u32(from + 4);
        if (ou == 0 && ouf == 0) {
            timestamp(nd, to);
            return;
        }
        boolean negative;
        long seconds;
        long fraction;
        if (u > ou) {
            negative = false;
            seconds = u - ou - (ouf > uf ? 1 : 0);
            fraction = (uf - ouf) & 0xffffffffL;
        } else if (u < ou) {
            negative = true;
            seconds = ou - u - (uf > ouf ? 1 : 0);
            fraction = (ouf - uf) & 0xffffffffL;
        } else {
            seconds = 0;
            negative = uf <= ouf;
            fraction = negative ? ouf - uf : uf - ouf;
        }
        nd.print(negative ? '-' : '+').print(seconds).print('.');
        zeroPad(nd.out, nanos(fraction), 9);
    }

    /** A 32-bit binary fraction in billionths, truncated as tcpdump's double arithmetic does. */
    private static long nanos(long fraction) {
        return (long) (fraction / TWO_POW_32 * 1_000_000_000.0);
    }

    private static void zeroPad(StringBuilder out, long value, int digits) {
        for (long limit = 10; digits > 1; digits--, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        out.append(value);
    }
}
