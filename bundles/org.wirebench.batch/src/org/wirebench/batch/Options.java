package org.wirebench.batch;

import java.util.ArrayList;
import java.util.List;

/** The parsed command line. Short options cluster as in getopt (`-nn`, `-c5`); long options start with `--`. */
/**
 * @param capinfos print a capinfos-like summary of each file instead of its packets
 */
public record Options(boolean help, boolean version, boolean capinfos, List<String> files) {

    public static Options parse(String... args) throws UsageException {
        boolean help = false;
        boolean version = false;
        boolean capinfos = false;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (arg.equals("--capinfos")) {
                capinfos = true;
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                for (int k = 1; k < arg.length(); k++) {
                    char c = arg.charAt(k);
                    switch (c) {
                        case 'h' -> help = true;
                        case 'r' -> {
                            String value = k + 1 < arg.length() ? arg.substring(k + 1) : next(args, ++i, c);
                            files.add(value);
                            k = arg.length();
                        }
                        default -> throw new UsageException("unknown option -- '" + c + "'");
                    }
                }
            } else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        return new Options(help, version, capinfos, List.copyOf(files));
    }

    private static String next(String[] args, int i, char option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("option requires an argument -- '" + option + "'");
        }
        return args[i];
    }
}
