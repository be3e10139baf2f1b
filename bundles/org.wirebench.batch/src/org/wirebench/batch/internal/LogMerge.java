package org.wirebench.batch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.wirebench.core.Frame;

/**
 * `--merge-log FILE`: the lines of a program log among the packets of another format, in time order. A line
 * that starts with a time stamp ({@link LogTime}) goes before the first packet later than it (a packet at the
 * same time comes after it: a program logs what it is about to send); lines without one stay under the line
 * above; the lines before the first time stamp come first. The log is taken in its own order. Each log line is
 * printed as it is after the marker {@value #MARKER}, so that a reader, awk or gnuplot tells it from a packet.
 */
public final class LogMerge implements PacketText {
    static final String MARKER = "# ";

    /** Lines of the log under one time stamp: the stamped line and the lines after it without one. */
    private static final class Entry {
        long nanos;
        final boolean relative;
        final StringBuilder lines = new StringBuilder();

        Entry(long nanos, boolean relative) {
            this.nanos = nanos;
            this.relative = relative;
        }
    }

    private final PacketText packets;
    private final List<Entry> entries = new ArrayList<>();
    private int next;
    private boolean started;

    /** Reads the whole log now, so that a missing file fails before any output. */
    public LogMerge(PacketText packets, Path log, ZoneId zone) throws IOException {
        this.packets = packets;
        LogTime time = new LogTime(zone);
        Entry current = null;
        for (String line : (Iterable<String>) new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines()::iterator) {
            long nanos = time.parse(line);
            if (nanos != LogTime.NONE || current == null) {
                current = new Entry(nanos, time.relative());
                entries.add(current);
            }
            current.lines.append(MARKER).append(line).append('\n');
        }
    }

    @Override
    public void begin(StringBuilder text) {
        packets.begin(text);
    }

    @Override
    public void frame(Frame frame, StringBuilder text) {
        if (!started) {
            started = true;
            for (Entry entry : entries) {
                if (entry.relative) {
                    entry.nanos += frame.timestampNanos();
                }
            }
        }
        while (next < entries.size() && entries.get(next).nanos <= frame.timestampNanos()) {
            text.append(entries.get(next++).lines);
        }
        packets.frame(frame, text);
    }

    /** After the last packet: the rest of the log. */
    @Override
    public void end(StringBuilder text) {
        while (next < entries.size()) {
            text.append(entries.get(next++).lines);
        }
        packets.end(text);
    }
}
