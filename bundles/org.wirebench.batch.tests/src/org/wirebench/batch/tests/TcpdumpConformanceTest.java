package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wirebench.core.plugin.Contributions;

/**
 * `wb -r CAPTURE ARGS` against tcpdump 4.99.3, byte for byte, for every `tcpdump` row of the corpus, in one
 * JVM. The report of failing cases goes to target/conformance/tcpdump.txt. The threshold only ever rises.
 */
class TcpdumpConformanceTest {
    /** The share of rows that must pass. */
    static final double THRESHOLD = 0.0;

    static Path corpus() {
        Path corpus = Path.of(System.getProperty("wirebench.corpus", "../shared/corpus"));
        if (!Files.isRegularFile(corpus.resolve("cases.tsv"))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the corpus is missing under CI: " + corpus.toAbsolutePath());
            }
            Assumptions.abort("corpus not found at " + corpus.toAbsolutePath() + ": conformance tests skipped");
        }
        return corpus;
    }

    @Test
    void tcpdumpRowsPrintWhatTcpdumpPrinted() throws IOException {
        ConformanceReport report = ConformanceReport.run(corpus(), "tcpdump", Pattern.compile(""), Contributions::registry);
        Path file = Path.of("target", "conformance", "tcpdump.txt");
        report.write(file);
        double share = (double) report.passed() / report.total();
        System.out.printf("tcpdump conformance: %d of %d rows (%.1f %%), report in %s%n", report.passed(), report.total(),
                share * 100, file.toAbsolutePath());
        assertTrue(report.total() >= 385, "cases.tsv has 385 tcpdump rows, read " + report.total());
        assertTrue(share >= THRESHOLD, String.format("%.1f %% of the tcpdump rows pass, the threshold is %.1f %%: see %s",
                share * 100, THRESHOLD * 100, file.toAbsolutePath()));
    }
}
