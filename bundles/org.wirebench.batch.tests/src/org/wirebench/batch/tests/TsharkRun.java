package org.wirebench.batch.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;

import org.wirebench.batch.Cli;
import org.wirebench.testing.Corpus;

/**
 * One `wb` run in UTC (as the tshark outputs these tests hold were made), with the product's dissectors: the
 * extension registry inside OSGi, the bundles' plugin.xml files outside it (releng/dev/jtest).
 */
final class TsharkRun {
    static final Path SAMPLE = Path.of(System.getProperty("wirebench.samples", "samples"), "daq-readout.pcapng");

    final int status;
    final String out;
    final String err;

    private TsharkRun(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        status = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                Corpus::registry, ZoneOffset.UTC).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
    }

    static TsharkRun wb(String... args) {
        return new TsharkRun(args);
    }
}
