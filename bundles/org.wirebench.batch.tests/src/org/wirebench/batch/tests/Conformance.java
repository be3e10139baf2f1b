package org.wirebench.batch.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.wirebench.batch.Cli;
import org.wirebench.core.DissectorRegistry;

/**
 * The conformance corpus (`cases.tsv`): each row's command line through {@link Cli} in this JVM, its output
 * compared byte for byte with what the reference tool printed. Used by the conformance test and by
 * `releng/dev/conformance` for the edit-run loop.
 */
public final class Conformance {

    /** One row of cases.tsv. */
    public record Case(String kind, String name, Path capture, List<String> args, String filter, Path expected) {
    }

    /** The outcome of one case: null `difference` when the bytes agree. */
    public record Result(Case row, String difference) {
        public boolean passed() {
            return difference == null;
        }
    }

    private Conformance() {
    }

    public static List<Case> cases(Path corpus, String kind) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 6 || !f[0].equals(kind)) {
                continue;
            }
            List<String> args = f[3].isBlank() ? List.of() : Arrays.asList(f[3].trim().split(" +"));
            cases.add(new Case(f[0], f[1], corpus.resolve(f[2]), args, f[4], corpus.resolve(f[5])));
        }
        return cases;
    }

    /** Runs `wb -r CAPTURE ARGS [FILTER]` with TZ=UTC and compares its standard output with the expected file. */
    public static Result run(Case row, Supplier<DissectorRegistry> registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("-r", row.capture().toString()));
        args.addAll(row.args());
        if (!row.filter().isEmpty()) {
            args.add(row.filter());
        }
        int status;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.ISO_8859_1);
                PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8)) {
            status = new Cli(o, e, registry, ZoneOffset.UTC).run(args.toArray(String[]::new));
        }
        byte[] actual = out.toByteArray();
        byte[] expected = Files.readAllBytes(row.expected());
        if (status == Cli.USAGE) {
            // a refused filter prints nothing, which must not pass for "no frame selected"
            return new Result(row, "refused (exit " + status + "): " + err.toString(StandardCharsets.UTF_8).strip());
        }
        return new Result(row, Arrays.equals(actual, expected) ? null : firstDifference(expected, actual, err));
    }

    /** The first line that differs, expected then actual, for the report. */
    private static String firstDifference(byte[] expected, byte[] actual, ByteArrayOutputStream err) {
        String[] want = new String(expected, StandardCharsets.ISO_8859_1).split("\n", -1);
        String[] got = new String(actual, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end>";
            String g = i < got.length ? got[i] : "<end>";
            if (!w.equals(g)) {
                String stderr = err.toString(StandardCharsets.UTF_8).strip();
                return "line " + (i + 1) + "\n  expected: " + w + "\n  actual:   " + g
                        + (stderr.isEmpty() ? "" : "\n  stderr:   " + stderr.lines().findFirst().orElse(""));
            }
        }
        return "same lines, different bytes";
    }
}
