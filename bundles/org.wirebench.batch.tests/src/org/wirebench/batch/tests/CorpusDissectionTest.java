package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.testing.Corpus;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Frame;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.pcap.CaptureFile;

/**
 * Every frame of every corpus capture through the dissectors the product ships, as the extension point
 * contributes them: no dissector may fail with a bug, and the summary pass must give the columns the full
 * pass gives. Many corpus captures are tcpdump's malformed-packet regressions: they must come out marked
 * malformed, never as an exception.
 */
class CorpusDissectionTest {
    static Stream<Path> captures() throws IOException {
        Corpus.capture("chrissanders-packets/dns.pcap"); // skips, or fails under CI, without the corpus
        try (Stream<Path> files = Files.walk(Corpus.ROOT.resolve("captures"))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void everyFrameDissectsWithoutADissectorBug(Path capture) throws IOException {
        DissectorRegistry registry = Corpus.registry();
        List<String> problems = new ArrayList<>();
        try (CaptureFile file = CaptureFile.open(capture)) {
            Session summarySession = new Session();
            Session fullSession = new Session();
            Frame frame = new Frame();
            for (int i = 0; i < file.frameCount(); i++) {
                file.read(i, frame);
                Packet summary = registry.dissect(frame, summarySession, false);
                Packet full = registry.dissect(frame, fullSession, true);
                for (Expert expert : full.experts()) {
                    if (expert.message().startsWith("Dissector bug")) {
                        problems.add("frame " + frame.number() + ": " + expert.message());
                    }
                }
                String columns = full.source() + "|" + full.destination() + "|" + full.protocolColumn() + "|" + full.info();
                String summaryColumns = summary.source() + "|" + summary.destination() + "|" + summary.protocolColumn() + "|" + summary.info();
                if (!columns.equals(summaryColumns)) {
                    problems.add("frame " + frame.number() + ": summary pass differs: " + summaryColumns + " vs " + columns);
                }
                assertFalse(full.tree().children().isEmpty(), "frame " + frame.number() + " has a tree");
            }
        }
        assertTrue(problems.isEmpty(), capture.getFileName() + ":\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }
}
