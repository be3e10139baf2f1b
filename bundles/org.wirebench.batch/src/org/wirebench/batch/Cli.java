package org.wirebench.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wirebench.batch.internal.CaptureSummary;
import org.wirebench.batch.internal.SummaryPrinter;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.plugin.Contributions;
import org.wirebench.pcap.CaptureFile;

/**
 * The `wb` command line: parses the arguments tcpdump-style and runs the job they describe.
 * The same entry point serves the launcher, the conformance tests and embedders.
 */
public final class Cli {

    /** Exit statuses as tcpdump uses them: 0 done, 1 a file or run-time error, 2 a usage error. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: wb [options] -r FILE [-r FILE]...
              -r FILE        read packets from FILE (pcap, pcapng, gzip-compressed or not) and print
                             one line per packet: number, time since the first packet, source,
                             destination, protocol, length, info
              --capinfos     print a summary of each file instead of its packets, as capinfos does:
                             format, link types, packet count, sizes, first and last time
              -h, --help     print this help and exit
              --version      print the version of wb and its runtime and exit
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<DissectorRegistry> registry;

    /** A command line whose dissectors are those contributed to the running platform. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, Contributions::registry);
    }

    /** A command line with a registry of the caller's (embedding, tests without OSGi). */
    public Cli(PrintStream out, PrintStream err, Supplier<DissectorRegistry> registry) {
        this.out = out;
        this.err = err;
        this.registry = registry;
    }

    /** Runs one command line and returns its exit status; never throws for a user mistake. */
    public int run(String... args) {
        try {
            Options options = Options.parse(args);
            if (options.help()) {
                out.print(USAGE_TEXT);
                return OK;
            }
            if (options.version()) {
                out.println("wb version " + version() + " (Wirebench)");
                out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
                return OK;
            }
            if (options.files().isEmpty()) {
                throw new UsageException("nothing to do: give -r FILE");
            }
            return read(options);
        } catch (UsageException e) {
            err.println("wb: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } finally {
            out.flush();
        }
    }

    private int read(Options options) {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // the registry is built only when packets are dissected: --capinfos reads the index alone
        SummaryPrinter printer = options.capinfos() ? null : new SummaryPrinter(registry.get(), text);
        int status = OK;
        for (String name : options.files()) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                err.println("wb: " + name + ": " + (Files.exists(file) ? "not a regular file" : "No such file or directory"));
                return FAILED;
            }
            try (CaptureFile capture = CaptureFile.open(file)) {
                if (options.capinfos()) {
                    CaptureSummary.print(capture, text);
                } else {
                    printer.print(capture);
                }
                text.flush();
                capture.warnings().forEach(warning -> err.println("wb: warning: " + warning));
                if (capture.damage() != null) {
                    status = FAILED;
                }
            } catch (IOException e) {
                flushQuietly(text);
                err.println("wb: " + e.getMessage());
                return FAILED;
            }
        }
        return status;
    }

    private static void flushQuietly(Writer text) {
        try {
            text.flush();
        } catch (IOException e) {
            // the output is gone (a closed pipe); the error message still goes to stderr
        }
    }

    /** The version of this bundle, or "dev" when it runs outside OSGi (plain unit tests, embedding). */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(Cli.class);
        return bundle == null ? "dev" : bundle.getVersion().toString();
    }
}
