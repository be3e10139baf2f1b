package org.wirebench.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wirebench.batch.internal.CaptureSummary;
import org.wirebench.batch.internal.Captures;
import org.wirebench.batch.internal.FrameSink;
import org.wirebench.batch.internal.PacketWriter;
import org.wirebench.batch.internal.TcpdumpOutput;
import org.wirebench.batch.internal.Tee;
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
            Usage: wb [options] -r FILE [-r FILE]... [expression]
            Reads captures (pcap, pcapng, gzip-compressed or not; several files are merged by time) and prints
            their packets as tcpdump 4.99 does, or as tshark does with -T.
              -r FILE        read packets from FILE; give -r again to merge more files by time stamp
              -c N           stop after N packets
              -w FILE        write the packets read to FILE: pcapng, or pcap when FILE ends in .pcap or with --pcap
              --pcap         write pcap with -w
              -#, --number   print a packet number at the start of each line
              -n, -nn        print ports and protocols as numbers (addresses are always numbers: no DNS)
              -t             no time stamp          -tt     seconds since 1970
              -ttt           time since the previous packet
              -tttt          date and time of day   -ttttt  time since the first packet
              --first-and-delta
                             two time columns: since the first packet, then since the previous line
              --nano, --micro, --time-stamp-precision=nano|micro
                             nine or six digits of fractions of a second
              -e             print the link-level header
              -q             quick: less protocol detail
              -S             absolute TCP sequence numbers
              -v, -vv, -vvv  more detail
              -x, -xx        the packet in hex (-xx with the link header)
              -X, -XX        the packet in hex and ASCII
              -A, -AA        the packet in ASCII
              -T fields|json|text
                             tshark-style output: fields (-e FIELD... -E separator=,|header=y|quote=d),
                             json (one object per frame with its protocol tree) or text (the protocol tree)
              -V             print the protocol tree under each line
              --merge-log FILE
                             merge the lines of a program log that start with a time stamp into the output,
                             in time order
              --capinfos     print a summary of each file instead of its packets, as capinfos does
              -h, --help     print this help and exit
              --version      print the version of wb and its runtime and exit
            Time stamps are local time; TZ chooses the zone.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<DissectorRegistry> registry;
    private final ZoneId zone;

    /** A command line whose dissectors are those contributed to the running platform. */
    public Cli(PrintStream out, PrintStream err) {
        this(out, err, Contributions::registry, ZoneId.systemDefault());
    }

    /**
     * A command line with a registry of the caller's (embedding, tests without OSGi) and the zone of local
     * times (tcpdump takes it from TZ).
     */
    public Cli(PrintStream out, PrintStream err, Supplier<DissectorRegistry> registry, ZoneId zone) {
        this.out = out;
        this.err = err;
        this.registry = registry;
        this.zone = zone;
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
            if (!options.expression().isEmpty() || options.filterFile != null || options.displayFilter != null) {
                err.println("wb: filters are not supported yet: " + (options.displayFilter != null ? "-Y " + options.displayFilter
                        : options.filterFile != null ? "-F " + options.filterFile : "'" + options.expression() + "'"));
                return USAGE;
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
        List<CaptureFile> captures = new ArrayList<>();
        try {
            for (String name : options.files()) {
                Path file = Path.of(name);
                if (!Files.isRegularFile(file)) {
                    err.println("wb: " + name + ": " + (Files.exists(file) ? "not a regular file" : "No such file or directory"));
                    return FAILED;
                }
                captures.add(CaptureFile.open(file));
            }
            if (options.capinfos()) {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                for (CaptureFile capture : captures) {
                    CaptureSummary.print(capture, text);
                }
                text.flush();
            } else {
                try (FrameSink sink = sink(options)) {
                    Captures.feed(captures, options.count(), sink);
                }
            }
            int status = OK;
            for (CaptureFile capture : captures) {
                capture.warnings().forEach(warning -> err.println("wb: warning: " + warning));
                if (capture.damage() != null) {
                    status = FAILED;
                }
            }
            return status;
        } catch (IOException e) {
            out.flush();
            err.println("wb: " + e.getMessage());
            return FAILED;
        } finally {
            captures.forEach(CaptureFile::close);
        }
    }

    /** Where the frames go: printed as tcpdump does (or not at all with -w alone), written with -w. */
    private FrameSink sink(Options options) {
        FrameSink printer = options.writeFile != null && options.output() == null ? null
                : new TcpdumpOutput(options.tcpdump(zone), out);
        if (options.writeFile == null) {
            return printer;
        }
        String name = options.writeFile;
        FrameSink writer = new PacketWriter(Path.of(name), options.pcap || name.endsWith(".pcap"), options.nano);
        return printer == null ? writer : new Tee(printer, writer);
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
