package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.wirebench.batch.Cli;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.plugin.Contributions;
import org.wirebench.testing.PluginXmlRegistry;

/**
 * One `wb` run in UTC (as the tshark outputs these tests hold were made), with the product's dissectors: the
 * extension registry inside OSGi, the bundles' plugin.xml files outside it (releng/dev/jtest).
 */
final class TsharkRun {
    static final Path SAMPLE = Path.of(System.getProperty("wirebench.samples", "samples"), "daq-readout.pcapng");
    static final Path CORPUS = Path.of(System.getProperty("wirebench.corpus", "../shared/corpus"));

    final int status;
    final String out;
    final String err;

    private TsharkRun(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        status = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                registry(), ZoneOffset.UTC).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
    }

    static TsharkRun wb(String... args) {
        return new TsharkRun(args);
    }

    /** The product's dissectors: the extension registry in OSGi, the plugin.xml files on a plain class path. */
    static Supplier<DissectorRegistry> registry() {
        return System.getProperty(PluginXmlRegistry.BUNDLES_PROPERTY) != null ? PluginXmlRegistry::registry
                : Contributions::registry;
    }

    /** A corpus capture; skips the test, visibly, when the corpus is absent, and fails under CI. */
    static Path corpus(String capture) {
        Path file = CORPUS.resolve("captures").resolve(capture);
        if (!Files.isRegularFile(file)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the corpus is missing under CI: " + file.toAbsolutePath());
            }
            Assumptions.abort("corpus not found at " + file.toAbsolutePath() + ": corpus test skipped");
        }
        return file;
    }
}
