package org.wirebench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.analysis.PacketWriter;
import org.wirebench.analysis.TimeOrder;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.testing.Corpus;

/** File > Merge: captures into one, ordered by time. */
class TimeOrderTest {

    @Test
    void twoCapturesMergeIntoOneOrderedByTime(@TempDir Path folder) throws IOException {
        Path merged = folder.resolve("merged.pcapng");
        try (CaptureFile a = CaptureFile.open(Corpus.capture("chrissanders-packets/tcp_handshake.pcapng"));
                CaptureFile b = CaptureFile.open(Corpus.capture("chrissanders-packets/dns.pcap"))) {
            long[] read = new long[1];
            try (PacketWriter writer = new PacketWriter(merged, false, true)) {
                assertEquals(a.frameCount() + b.frameCount(), TimeOrder.feed(List.of(a, b), -1, frame -> true, writer, n -> read[0] = n));
            }
            assertEquals(a.frameCount() + b.frameCount(), read[0]);
            try (CaptureFile out = CaptureFile.openStrict(merged)) {
                assertEquals(a.frameCount() + b.frameCount(), out.frameCount());
                assertEquals(2, out.interfaces().size(), "one interface from each file");
                for (int i = 1; i < out.frameCount(); i++) {
                    assertTrue(out.timestampNanos(i - 1) <= out.timestampNanos(i), "frame " + (i + 1) + " in time order");
                }
            }
        }
    }
}
