package org.wirebench.batch;

import java.io.PrintStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

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
            Usage: wb [options] [-r FILE]...
              -h, --help     print this help and exit
              --version      print the version of wb and its runtime and exit
            """;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
            throw new UsageException("nothing to do: give -r FILE");
        } catch (UsageException e) {
            err.println("wb: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } finally {
            out.flush();
        }
    }

    /** The version of this bundle, or "dev" when it runs outside OSGi (plain unit tests, embedding). */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(Cli.class);
        return bundle == null ? "dev" : bundle.getVersion().toString();
    }
}
