package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.wirebench.testing.Corpus;

/**
 * The corpus rows of `cases.tsv` through `wb` in one JVM, each kind against its reference tool, byte for byte:
 * `tcpdump` (tcpdump 4.99.3's output), `tcpdump-filter` (the same with a capture filter) and `tshark-filter`
 * (the frame numbers tshark 4.0.17 selects with -Y). Each report of failing rows goes to target/conformance/.
 * The thresholds only ever rise.
 */
class ConformanceTest {
    /** Every tcpdump row prints what tcpdump printed. */
    static final int TCPDUMP = 385;
    /** Every tcpdump-filter row. */
    static final int TCPDUMP_FILTER = 576;
    /** tshark-filter rows: all but the 108 `tcp.analysis.*` ones (TCP analysis is a later issue). */
    static final int TSHARK_FILTER = 864;

    static Path corpus() {
        return Corpus.file("cases.tsv").getParent();
    }

    @Test
    void tcpdumpRowsPrintWhatTcpdumpPrinted() throws IOException {
        check("tcpdump", 385, TCPDUMP);
    }

    @Test
    void tcpdumpFilterRowsPrintWhatTcpdumpPrinted() throws IOException {
        check("tcpdump-filter", 576, TCPDUMP_FILTER);
    }

    @Test
    void tsharkFilterRowsSelectWhatTsharkSelected() throws IOException {
        check("tshark-filter", 972, TSHARK_FILTER);
    }

    private static void check(String kind, int rows, int threshold) throws IOException {
        ConformanceReport report = ConformanceReport.run(corpus(), kind, Pattern.compile(""), Corpus::registry);
        Path file = Path.of("target", "conformance", kind + ".txt");
        report.write(file);
        System.out.printf("%s conformance: %d of %d rows, report in %s%n", kind, report.passed(), report.total(),
                file.toAbsolutePath());
        assertTrue(report.total() == rows, "cases.tsv has " + rows + " " + kind + " rows, read " + report.total());
        assertTrue(report.passed() >= threshold, report.passed() + " of " + rows + " " + kind + " rows pass, the threshold is "
                + threshold + ": see " + file.toAbsolutePath());
    }
}
