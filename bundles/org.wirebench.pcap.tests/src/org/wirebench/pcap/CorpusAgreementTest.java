package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wirebench.core.Frame;

/**
 * Every capture of the shared corpus reads as tshark 4.0 reads it: the packet count, the first and last
 * timestamps to the nanosecond and the link type (captures.tsv holds what tshark printed).
 */
class CorpusAgreementTest {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** tshark's encapsulation names and the link-type values that produce them. */
    private static final Map<String, Set<Integer>> ENCAPSULATIONS = Map.ofEntries(
            Map.entry("null", Set.of(0)),
            Map.entry("ether", Set.of(1)),
            // LINKTYPE_RAW, and the DLT_RAW values 12 (most systems) and 14 (OpenBSD) some files carry instead
            Map.entry("rawip", Set.of(101, 12, 14)),
            Map.entry("ieee-802-11", Set.of(105)),
            Map.entry("loop", Set.of(108)),
            Map.entry("linux-sll", Set.of(113)),
            Map.entry("ieee-802-11-radiotap", Set.of(127)),
            Map.entry("rawip4", Set.of(228)),
            Map.entry("rawip6", Set.of(229)),
            Map.entry("linux-sll2", Set.of(276)));

    @TestFactory
    Stream<DynamicTest> everyCaptureAgreesWithTshark() throws IOException {
        Path corpus = corpus();
        List<String> rows = Files.readAllLines(corpus.resolve("captures.tsv"));
        assertEquals("capture\tpackets\tencapsulation\tfirst_epoch\tlast_epoch", rows.get(0), "captures.tsv columns");
        assertTrue(rows.size() > 1, "captures.tsv lists no capture");
        return rows.stream().skip(1).filter(row -> !row.isBlank()).map(row -> {
            String[] columns = row.split("\t");
            return DynamicTest.dynamicTest(columns[0], () -> check(corpus.resolve(columns[0]), columns));
        });
    }

    /** The corpus folder; missing, the test is skipped with a message, except on CI where it must be there. */
    private static Path corpus() {
        String property = System.getProperty("wirebench.corpus");
        Path corpus = property == null ? null : Path.of(property);
        if (corpus == null || !Files.isRegularFile(corpus.resolve("captures.tsv"))) {
            String message = "capture corpus not found (system property wirebench.corpus = " + property + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; it is required when CI=true");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return corpus;
    }

    private static void check(Path capture, String[] columns) throws IOException {
        try (CaptureFile file = CaptureFile.open(capture)) {
            int count = file.frameCount();
            assertEquals(Integer.parseInt(columns[1]), count, "packets");
            assertTimestamp(columns[3], file.timestampNanos(0), "first timestamp");
            assertTimestamp(columns[4], file.timestampNanos(count - 1), "last timestamp");
            Set<Integer> linkTypes = new TreeSet<>();
            Frame frame = null;
            for (int i = 0; i < count; i++) {
                frame = file.read(i, frame);
                assertEquals(file.capturedLength(i), frame.capturedLength());
                linkTypes.add(frame.linkType());
            }
            for (String encapsulation : columns[2].split(",")) {
                Set<Integer> expected = ENCAPSULATIONS.get(encapsulation.trim());
                assertNotNull(expected, "no link type known for tshark's encapsulation " + encapsulation);
                assertTrue(linkTypes.stream().anyMatch(expected::contains), encapsulation + " expected, link types " + linkTypes);
            }
            assertEquals(columns[2].split(",").length, linkTypes.size(), "link types " + linkTypes);
        }
    }

    /**
     * tshark keeps the part below the second in a signed 32-bit count of nanoseconds that it neither normalises
     * nor guards against overflow. A (fuzzed) microsecond field of a million or more then prints with ten digits
     * after the point, wrapped at 2^32, and when the wrapped count is negative tshark prints it as the magnitude
     * with a minus sign before the whole number (pcap and pcapng seconds are unsigned, so a real timestamp never
     * has one). There the seconds and the low 32 bits of the nanoseconds are compared; elsewhere the exact value.
     */
    private static void assertTimestamp(String tshark, long nanos, String what) {
        boolean negative = tshark.startsWith("-");
        int point = tshark.indexOf('.');
        long seconds = Long.parseLong(tshark.substring(negative ? 1 : 0, point));
        String fraction = tshark.substring(point + 1);
        if (!negative && fraction.length() <= 9) {
            long expected = seconds * NANOS_PER_SECOND + Long.parseLong((fraction + "000000000").substring(0, 9));
            assertEquals(expected, nanos, what + ": tshark " + tshark);
        } else {
            long wrapped = negative ? -Long.parseLong(fraction) : Long.parseLong(fraction);
            long below = nanos - seconds * NANOS_PER_SECOND;
            assertTrue(below >= 0, what + ": tshark " + tshark + ", read " + nanos);
            assertEquals((int) wrapped, (int) below, what + " (low 32 bits of the nanoseconds): tshark " + tshark);
        }
    }
}
