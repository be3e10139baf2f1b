package org.wirebench.batch;

import java.util.ArrayList;
import java.util.List;

import org.wirebench.tcpdump.TcpdumpOptions;

/**
 * The parsed command line. Short options cluster as in getopt (`-nn`, `-c5`, `-vvv`); long options start with
 * `--`. tcpdump's letters keep their meaning; `-e` takes a field name once `-T fields` is given, as in tshark.
 */
public final class Options {
    boolean help;
    boolean version;
    boolean capinfos;
    final List<String> files = new ArrayList<>();
    long count = -1;
    String writeFile;
    boolean pcap;
    int verbose;
    boolean numeric;
    boolean link;
    boolean quick;
    boolean absoluteSeq;
    int timeFormat;
    boolean nano;
    boolean firstAndDelta;
    int hex;
    int hexAscii;
    int ascii;
    boolean numbers;
    String output;
    final List<String> fields = new ArrayList<>();
    String separator = "\t";
    boolean header;
    char quote;
    boolean tree;
    String displayFilter;
    String filterFile;
    String mergeLog;
    final List<String> expression = new ArrayList<>();

    private Options() {
    }

    public boolean help() {
        return help;
    }

    public boolean version() {
        return version;
    }

    public boolean capinfos() {
        return capinfos;
    }

    public List<String> files() {
        return List.copyOf(files);
    }

    /** The packet count `-c` asked for, or -1 for all. */
    public long count() {
        return count;
    }

    /** `-T fields|json|text`, or null for tcpdump's output. */
    public String output() {
        return output;
    }

    public List<String> fields() {
        return List.copyOf(fields);
    }

    /** The capture-filter expression: the words after the options, joined by spaces, or read from `-F`. */
    public String expression() {
        return String.join(" ", expression);
    }

    public TcpdumpOptions tcpdump(java.time.ZoneId zone) {
        int time = firstAndDelta ? TcpdumpOptions.FIRST_AND_DELTA : timeFormat;
        return new TcpdumpOptions(verbose, numeric, link, quick, absoluteSeq, time, nano, hex, hexAscii, ascii,
                numbers, zone);
    }

    public static Options parse(String... args) throws UsageException {
        Options o = new Options();
        boolean tshark = false;
        for (String arg : args) {
            tshark |= arg.equals("-T") || arg.startsWith("-T") && !arg.startsWith("--");
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                o.expression.addAll(List.of(args).subList(i + 1, args.length));
                break;
            } else if (arg.startsWith("--")) {
                i = o.longOption(args, i);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int k = 1; k < arg.length(); k++) {
                    char c = arg.charAt(k);
                    if ("rcwTEeYF".indexOf(c) >= 0 && (c != 'e' || tshark)) {
                        String value = k + 1 < arg.length() ? arg.substring(k + 1) : next(args, ++i, c);
                        o.shortWithValue(c, value);
                        break;
                    }
                    o.flag(c);
                }
            } else {
                o.expression.add(arg);
            }
        }
        o.checkTshark();
        return o;
    }

    /** The combinations tshark refuses, and a log merged into JSON (it would not be JSON any more). */
    private void checkTshark() throws UsageException {
        if ("fields".equals(output) && fields.isEmpty()) {
            throw new UsageException("-T fields needs the fields to print: give -e FIELD");
        }
        if (!fields.isEmpty() && !"fields".equals(output)) {
            throw new UsageException("-e FIELD needs -T fields");
        }
        if ("json".equals(output) && mergeLog != null) {
            throw new UsageException("--merge-log cannot go into -T json");
        }
    }

    private void flag(char c) throws UsageException {
        switch (c) {
            case 'h' -> help = true;
            case 'n' -> numeric = true;
            case 'e' -> link = true;
            case 'q' -> quick = true;
            case 'S' -> absoluteSeq = true;
            case 't' -> timeFormat++;
            case 'v' -> verbose++;
            case 'x' -> hex++;
            case 'X' -> hexAscii++;
            case 'A' -> ascii++;
            case '#' -> numbers = true;
            case 'V' -> tree = true;
            default -> throw new UsageException("unknown option -- '" + c + "'");
        }
    }

    private void shortWithValue(char c, String value) throws UsageException {
        switch (c) {
            case 'r' -> files.add(value);
            case 'c' -> count = positive("-c", value);
            case 'w' -> writeFile = value;
            case 'T' -> {
                if (!List.of("fields", "json", "text").contains(value)) {
                    throw new UsageException("-T " + value + ": the output formats are fields, json and text");
                }
                output = value;
            }
            case 'e' -> fields.add(value);
            case 'E' -> fieldOption(value);
            case 'Y' -> displayFilter = value;
            case 'F' -> filterFile = value;
            default -> throw new UsageException("unknown option -- '" + c + "'");
        }
    }

    private int longOption(String[] args, int i) throws UsageException {
        String arg = args[i];
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (eq > 0) {
            name = arg.substring(0, eq);
            value = arg.substring(eq + 1);
        }
        switch (name) {
            case "--help" -> help = true;
            case "--version" -> version = true;
            case "--capinfos" -> capinfos = true;
            case "--nano" -> nano = true;
            case "--micro" -> nano = false;
            case "--pcap" -> pcap = true;
            case "--number" -> numbers = true;
            case "--first-and-delta" -> firstAndDelta = true;
            case "--time-stamp-precision", "--merge-log", "--count" -> {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("option requires an argument -- '" + name + "'");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--time-stamp-precision" -> {
                        if (!value.equals("nano") && !value.equals("micro")) {
                            throw new UsageException("--time-stamp-precision " + value + ": give micro or nano");
                        }
                        nano = value.equals("nano");
                    }
                    case "--merge-log" -> mergeLog = value;
                    default -> count = positive("--count", value);
                }
            }
            default -> throw new UsageException("unknown option " + arg);
        }
        return i;
    }

    private void fieldOption(String value) throws UsageException {
        int eq = value.indexOf('=');
        String key = eq < 0 ? value : value.substring(0, eq);
        String v = eq < 0 ? "" : value.substring(eq + 1);
        switch (key) {
            case "separator" -> separator = switch (v) {
                case "/t" -> "\t";
                case "/s" -> " ";
                default -> v;
            };
            case "header" -> header = v.equals("y");
            case "quote" -> quote = switch (v) {
                case "d" -> '"';
                case "s" -> '\'';
                case "n" -> 0;
                default -> throw new UsageException("-E quote=" + v + ": give d, s or n");
            };
            default -> throw new UsageException("-E " + value + ": the field options are separator, header and quote");
        }
    }

    private static long positive(String option, String value) throws UsageException {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("invalid packet count " + value + " for " + option);
    }

    private static String next(String[] args, int i, char option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("option requires an argument -- '" + option + "'");
        }
        return args[i];
    }
}
