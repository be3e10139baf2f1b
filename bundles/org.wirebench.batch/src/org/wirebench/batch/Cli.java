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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wirebench.batch.internal.CaptureSummary;
import org.wirebench.batch.internal.FieldsOutput;
import org.wirebench.analysis.FrameSink;
import org.wirebench.analysis.PacketWriter;
import org.wirebench.analysis.TimeOrder;
import org.wirebench.batch.internal.FilterFile;
import org.wirebench.batch.internal.FrameSelector;
import org.wirebench.batch.internal.Progress;
import org.wirebench.batch.internal.JsonOutput;
import org.wirebench.batch.internal.LogMerge;
import org.wirebench.batch.internal.PacketText;
import org.wirebench.batch.internal.TcpdumpOutput;
import org.wirebench.batch.internal.TcpdumpText;
import org.wirebench.batch.internal.Tee;
import org.wirebench.batch.internal.TextSink;
import org.wirebench.batch.internal.TreeOutput;
import org.wirebench.batch.internal.UnknownFieldException;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.filter.CaptureFilter;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.filter.FilterException;
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
              expression     a capture filter in tcpdump's language (src 192.168.10.16 and port 80): the words
                             after the options, joined; libpcap compiles it (Debian package libpcap0.8)
              -F FILE        read the capture filter from FILE ('#' starts a comment)
              -Y FILTER      a display filter in Wireshark's language (ip.src == 10.0.0.0/8 && tcp.port == 80)
              -r FILE        read packets from FILE; give -r again to merge more files by time stamp
              -c N           stop after N packets (of those the filters keep)
              -w FILE        write the packets kept to FILE: pcapng, or pcap when FILE ends in .pcap or with --pcap
              --pcap         write pcap with -w
              -#, --number   print a packet number at the start of each line
              -n, -nn        print ports and protocols as numbers (addresses are always numbers: no DNS)
              -t             no time stamp          -tt     seconds since 1970
              -ttt           time since the previous packet
              -tttt          date and time of day   -ttttt  time since the first packet
              --first-and-delta
                             two time columns: since the first packet, then since the previous packet
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
                             tshark-style output instead of tcpdump's:
                             fields: a line per packet with the values of the fields named by -e FIELD (a
                               registered name: ip.src, tcp.dstport, dns.qry.name, frame.time_epoch...),
                               several occurrences joined with ','; -E separator=,|/t|/s, -E header=y,
                               -E quote=d|s|n as tshark takes them
                             json: an array of one object per packet, _source.layers as tshark -T json
                             text: per packet tshark's summary line, the protocol tree, an empty line
                               (tshark -P -V)
              -V             print the protocol tree under each packet's tcpdump line, then an empty line
                             (the tree as tshark -V prints it; with -T text the line above it is tshark's)
              --merge-log FILE
                             merge the lines of a program log into the output in time order: a line that
                             starts with epoch seconds with a fraction (1795695936.967829), ISO 8601 (with
                             T or a space; no zone means local time) or -ttttt's HH:MM:SS.frac (since the
                             first packet) goes before the first packet at or after its time, the log's
                             tail after the last packet; lines without a time stamp stay under the line
                             above. Log lines are printed as they are after '# ', so that awk '!/^#/' or
                             gnuplot skips them. Not with -T json. Packet time columns (-ttt,
                             --first-and-delta) count packets only.
              --capinfos     print a summary of each file instead of its packets, as capinfos does
              -h, --help     print this help and exit
              --version      print the version of wb and its runtime and exit
            Time stamps are local time; TZ chooses the zone. Exit status: 0 done, 1 a file or capture-filter error,
            2 a usage error (an unknown option, field or a display filter that does not compile).
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<DissectorRegistry> registry;
    private final ZoneId zone;
    private DissectorRegistry registryInstance;

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
            if (options.mergeLog != null && !Files.isRegularFile(Path.of(options.mergeLog))) {
                err.println("wb: " + options.mergeLog + ": " + (Files.exists(Path.of(options.mergeLog)) ? "not a regular file"
                        : "No such file or directory"));
                return FAILED;
            }
            if (options.capinfos()) {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                for (CaptureFile capture : captures) {
                    CaptureSummary.print(capture, text);
                }
                text.flush();
            } else {
                FrameSelector selector = selector(options, captures);
                try (FrameSink sink = sink(options)) {
                    long total = captures.stream().mapToLong(CaptureFile::frameCount).sum();
                    Progress progress = Progress.onTerminal(err, total);
                    TimeOrder.feed(captures, options.count(), selector, sink, progress == null ? null : progress::read);
                    if (progress != null) {
                        progress.done();
                    }
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
        } catch (UnknownFieldException e) {
            err.println("wb: " + e.getMessage());
            return USAGE;
        } catch (FilterException e) {
            // tcpdump exits 1 on a capture filter libpcap refuses (no position); a bad -Y argument is a usage error
            err.println("wb: " + e.getMessage());
            return e.position() >= 0 ? USAGE : FAILED;
        } catch (IOException e) {
            out.flush();
            err.println("wb: " + e.getMessage());
            return FAILED;
        } finally {
            captures.forEach(CaptureFile::close);
        }
    }

    /**
     * The capture filter (the words after the options, or -F FILE), compiled by libpcap for the link types of
     * the captures, and the display filter (-Y) against the registry.
     */
    private FrameSelector selector(Options options, List<CaptureFile> captures) throws FilterException, IOException {
        String expression = options.expression();
        if (options.filterFile != null) {
            if (!expression.isEmpty()) {
                err.println("wb: warning: -F given: ignoring the expression '" + expression + "'");
            }
            expression = FilterFile.read(Path.of(options.filterFile));
        }
        CaptureFilter captureFilter = null;
        if (!expression.isBlank()) {
            Set<Integer> linkTypes = new TreeSet<>();
            captures.forEach(c -> c.interfaces().forEach(i -> linkTypes.add(i.linkType())));
            captureFilter = CaptureFilter.compile(expression, linkTypes);
        }
        DisplayFilter displayFilter = null;
        if (options.displayFilter != null) {
            try {
                displayFilter = DisplayFilter.compile(options.displayFilter, registry());
            } catch (FilterException e) {
                throw new FilterException("-Y " + options.displayFilter + ": " + e.getMessage(), Math.max(0, e.position()));
            }
        }
        return captureFilter == null && displayFilter == null ? FrameSelector.all()
                : new FrameSelector(captureFilter, displayFilter, registry());
    }

    /** One registry per run: the display filter and the outputs must share its field ids. */
    private DissectorRegistry registry() {
        if (registryInstance == null) {
            registryInstance = registry.get();
        }
        return registryInstance;
    }

    /** Where the frames go: printed (not with -w alone, as tcpdump), written with -w. */
    private FrameSink sink(Options options) throws IOException, UnknownFieldException {
        FrameSink printer = options.writeFile != null && options.output() == null ? null : printer(options);
        if (options.writeFile == null) {
            return printer;
        }
        String name = options.writeFile;
        FrameSink writer = new PacketWriter(Path.of(name), options.pcap || name.endsWith(".pcap"), options.nano);
        return printer == null ? writer : new Tee(printer, writer);
    }

    /** tcpdump's text straight when nothing else is asked for (the fast path), else the format's text. */
    private FrameSink printer(Options options) throws IOException, UnknownFieldException {
        PacketText text = switch (options.output() == null ? "" : options.output()) {
            case "fields" -> new FieldsOutput(registry(), options.fields(), options.separator, options.header,
                    options.quote, zone);
            case "json" -> new JsonOutput(registry(), zone);
            case "text" -> new TreeOutput(registry());
            default -> options.tree || options.mergeLog != null
                    ? new TcpdumpText(options.tcpdump(zone), options.tree ? registry() : null) : null;
        };
        if (text == null) {
            return new TcpdumpOutput(options.tcpdump(zone), out);
        }
        if (options.mergeLog != null) {
            text = new LogMerge(text, Path.of(options.mergeLog), zone);
        }
        return new TextSink(text, out);
    }

    /** The version of this bundle, or "dev" when it runs outside OSGi (plain unit tests, embedding). */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(Cli.class);
        return bundle == null ? "dev" : bundle.getVersion().toString();
    }
}
