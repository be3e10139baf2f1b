package org.wirebench.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.plugin.Contributions;

/** The shared corpus of real captures (never copied into the repository), and the registry tests dissect it with. */
public final class Corpus {
    /** Where the corpus is: the build passes `wirebench.corpus`; a test run by hand from a bundle folder finds it too. */
    public static final Path ROOT = Path.of(System.getProperty("wirebench.corpus", "../../../shared/corpus"));

    private Corpus() {
    }

    /** A capture of the corpus (`chrissanders-packets/dns.pcap`); see {@link #file}. */
    public static Path capture(String name) {
        return file("captures/" + name);
    }

    /** A file of the corpus (`cases.tsv`); skips the test, visibly, when the corpus is absent, and fails under CI. */
    public static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.isRegularFile(file)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("the corpus is missing under CI: " + file.toAbsolutePath());
            }
            Assumptions.abort("corpus not found at " + file.toAbsolutePath() + ": corpus test skipped");
        }
        return file;
    }

    /** Every dissector the product ships: from the plugin.xml files outside OSGi, else the running platform's. */
    public static DissectorRegistry registry() {
        return System.getProperty(PluginXmlRegistry.BUNDLES_PROPERTY) != null ? PluginXmlRegistry.registry() : Contributions.registry();
    }
}
