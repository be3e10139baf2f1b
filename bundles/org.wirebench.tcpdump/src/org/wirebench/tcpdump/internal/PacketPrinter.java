package org.wirebench.tcpdump.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.wirebench.core.Frame;
import org.wirebench.tcpdump.TcpdumpOptions;

/** tcpdump's pretty_print_packet: number, time stamp, the link printer, the optional dumps, the newline. */
public final class PacketPrinter {
    /** tcpdump's MAXIMUM_SNAPLEN: a record claiming more is a damaged header. */
    private static final int MAXIMUM_SNAPLEN = 262144;

    private final Nd nd;
    private final TcpdumpOptions options;
    private final ZoneId zone;
    private long count;
    private long first = Long.MIN_VALUE;
    private long previous;

    public PacketPrinter(Nd nd) {
        this.nd = nd;
        this.options = nd.options;
        this.zone = options.zone();
    }

    public void print(Frame frame, StringBuilder out) {
        count++;
        // libpcap cuts a record longer than the file's snapshot length to it, as a damaged file may hold
        int snaplen = frame.captureInterface() == null ? 0 : frame.captureInterface().snapLength();
        int caplen = snaplen > 0 ? Math.min(frame.capturedLength(), snaplen) : frame.capturedLength();
        nd.reset(frame.data(), caplen, out);
        if (options.numbers()) {
            nd.padLeft(count, 5).print("  ");
        }
        if (invalidHeader(caplen, frame.originalLength(), out)) {
            return;
        }
        if (!fileTime(frame, out)) {
            timestamp(frame.timestampNanos(), out);
        }
        int hdrlen;
        try {
            hdrlen = Link.print(nd, frame.linkType(), frame.originalLength(), caplen);
        } catch (Truncated t) {
            nd.trunc();
            hdrlen = 0;
        }
        nd.snapend = caplen;
        nd.protocol = "";
        dumps(hdrlen, caplen);
        out.append('\n');
    }

    /** tcpdump's sanity checks on a record's lengths: `[Invalid header: caplen==0, len==0]` and no packet. */
    private static boolean invalidHeader(int caplen, int length, StringBuilder out) {
        StringBuilder problems = new StringBuilder();
        if (caplen == 0) {
            problems.append(", caplen==0");
        }
        if (length == 0) {
            problems.append(", len==0");
        } else if (length < caplen) {
            problems.append(", len(").append(length).append(") < caplen(").append(caplen).append(')');
        }
        if (caplen > MAXIMUM_SNAPLEN) {
            problems.append(", caplen(").append(caplen).append(") > ").append(MAXIMUM_SNAPLEN);
        }
        if (length > MAXIMUM_SNAPLEN) {
            problems.append(", len(").append(length).append(") > ").append(MAXIMUM_SNAPLEN);
        }
        if (problems.isEmpty()) {
            return false;
        }
        out.append("[Invalid header: ").append(problems, 2, problems.length()).append("]\n");
        return true;
    }

    /**
     * A damaged pcap record whose fraction is a second or more, or whose seconds are negative as tcpdump reads
     * them (a signed 32-bit field), is shown as tcpdump shows it: the fields as they are, not normalised.
     * Returns false when the record is sound (or not from a pcap file) and the normal time stamp applies.
     */
    private boolean fileTime(Frame frame, StringBuilder out) {
        long raw = frame.fileTime();
        int format = options.timeFormat();
        if (raw == -1 || format != 0 && format != 4) {
            return false;
        }
        int seconds = (int) (raw >>> 32);
        long fraction = raw & 0xffffffffL;
        boolean nanos = frame.fileTimeNanos();
        if (seconds >= 0 && fraction < (nanos ? 1_000_000_000L : 1_000_000L)) {
            return false;
        }
        if (seconds < 0) {
            out.append("[Error converting time] ");
            return true;
        }
        // what tcpdump's timeval holds: microseconds unless asked for nanoseconds
        long shown = options.nano() ? (nanos ? fraction : fraction * 1000) : nanos ? fraction / 1000 : fraction;
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), zone);
        if (format == 4) {
            out.append(local.getYear()).append('-');
            two(out, local.getMonthValue()).append('-');
            two(out, local.getDayOfMonth()).append(' ');
        }
        two(out, local.getHour()).append(':');
        two(out, local.getMinute()).append(':');
        two(out, local.getSecond()).append('.');
        String digits = Long.toString(shown);
        for (int i = digits.length(); i < (options.nano() ? 9 : 6); i++) {
            out.append('0');
        }
        out.append(digits).append(' ');
        return true;
    }

    private void dumps(int hdrlen, int caplen) {
        if (options.hexAscii() > 0) {
            if (options.hexAscii() > 1) {
                HexDump.hexAndAscii(nd, "\n\t", 0, caplen);
            } else if (caplen > hdrlen) {
                HexDump.hexAndAscii(nd, "\n\t", hdrlen, caplen - hdrlen);
            }
        } else if (options.hex() > 0) {
            if (options.hex() > 1) {
                HexDump.hex(nd, "\n\t", 0, caplen);
            } else if (caplen > hdrlen) {
                HexDump.hex(nd, "\n\t", hdrlen, caplen - hdrlen);
            }
        } else if (options.ascii() > 0) {
            if (options.ascii() > 1) {
                HexDump.ascii(nd, 0, caplen);
            } else if (caplen > hdrlen) {
                HexDump.ascii(nd, hdrlen, caplen - hdrlen);
            }
        }
    }

    /** ts_print: the time stamp and a space, in the format -t..-ttttt asks for. */
    private void timestamp(long nanos, StringBuilder out) {
        // tcpdump reads at microsecond precision unless asked for nanoseconds: the extra digits are cut off
        long unit = options.nano() ? 1 : 1000;
        long t = Math.floorDiv(nanos, unit) * unit;
        switch (options.timeFormat()) {
            case 0 -> {
                LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L)), zone);
                clock(out, local.getHour(), local.getMinute(), local.getSecond(), t);
                out.append(' ');
            }
            case 1 -> {
                // no time stamp
            }
            case 2 -> {
                out.append(Math.floorDiv(t, 1_000_000_000L)).append('.');
                fraction(out, t);
                out.append(' ');
            }
            case 3, 5 -> {
                relative(out, t, options.timeFormat() == 3);
                out.append(' ');
            }
            case TcpdumpOptions.FIRST_AND_DELTA -> {
                long previousBefore = first == Long.MIN_VALUE ? t : previous;
                relative(out, t, false);
                out.append(' ');
                previous = previousBefore;
                relative(out, t, true);
                out.append(' ');
            }
            default -> {
                LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L)), zone);
                out.append(local.getYear()).append('-');
                two(out, local.getMonthValue()).append('-');
                two(out, local.getDayOfMonth()).append(' ');
                clock(out, local.getHour(), local.getMinute(), local.getSecond(), t);
                out.append(' ');
            }
        }
    }

    /** A signed `HH:MM:SS.frac` since the first packet or, `sincePrevious`, since the one before. */
    private void relative(StringBuilder out, long t, boolean sincePrevious) {
        if (first == Long.MIN_VALUE) {
            first = t;
            previous = t;
        }
        long delta = t - (sincePrevious ? previous : first);
        previous = t;
        out.append(delta < 0 ? '-' : ' ');
        delta = Math.abs(delta);
        long seconds = delta / 1_000_000_000L;
        clock(out, (int) (seconds / 3600 % 24), (int) (seconds / 60 % 60), (int) (seconds % 60), delta);
    }

    private void clock(StringBuilder out, int hours, int minutes, int seconds, long nanos) {
        two(out, hours).append(':');
        two(out, minutes).append(':');
        two(out, seconds).append('.');
        fraction(out, nanos);
    }

    private void fraction(StringBuilder out, long nanos) {
        long part = Math.floorMod(nanos, 1_000_000_000L);
        int digits = options.nano() ? 9 : 6;
        long value = options.nano() ? part : part / 1000;
        String text = Long.toString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(text);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
