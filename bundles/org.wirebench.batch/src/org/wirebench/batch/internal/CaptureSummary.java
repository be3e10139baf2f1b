package org.wirebench.batch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.LinkType;
import org.wirebench.core.Values;
import org.wirebench.pcap.CaptureFile;

/**
 * What `capinfos` tells about a capture, from the index alone: no packet is dissected. Times are local, as
 * capinfos prints them (TZ is honoured).
 */
public final class CaptureSummary {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CaptureSummary() {
    }

    public static void print(CaptureFile capture, Appendable out) throws IOException {
        int count = capture.frameCount();
        long data = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            data += capture.originalLength(i);
            first = Math.min(first, capture.timestampNanos(i));
            last = Math.max(last, capture.timestampNanos(i));
        }
        Set<String> encapsulations = new LinkedHashSet<>();
        for (CaptureInterface captureInterface : capture.interfaces()) {
            encapsulations.add(LinkType.name(captureInterface.linkType()));
        }
        line(out, "File name:", capture.path().toString());
        line(out, "File type:", capture.format().name().toLowerCase() + (capture.gzipped() ? " (gzip compressed)" : ""));
        line(out, "File encapsulation:", String.join(", ", encapsulations));
        line(out, "Number of packets:", Integer.toString(count));
        line(out, "File size:", Files.size(capture.path()) + " bytes");
        line(out, "Data size:", data + " bytes");
        if (count > 0) {
            line(out, "Capture duration:", Values.seconds(last - first) + " seconds");
            line(out, "First packet time:", local(first));
            line(out, "Last packet time:", local(last));
        }
        for (String warning : capture.warnings()) {
            line(out, "Warning:", warning);
        }
    }

    private static String local(long nanos) {
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return Values.appendNineDigits(new StringBuilder(TIME.format(instant.atZone(ZoneId.systemDefault()))).append('.'), instant.getNano()).toString();
    }

    private static void line(Appendable out, String label, String value) throws IOException {
        out.append(String.format("%-21s%s%n", label, value));
    }
}
