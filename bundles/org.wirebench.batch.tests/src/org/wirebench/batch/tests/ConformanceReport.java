package org.wirebench.batch.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.wirebench.core.DissectorRegistry;

/**
 * Runs the corpus cases of one kind and writes the report: a line per failing case with its first differing
 * line, then the totals. `main` is the edit-run loop of `releng/dev/conformance KIND [NAME-REGEX]`.
 */
public final class ConformanceReport {
    private final List<Conformance.Result> results = new ArrayList<>();

    public static ConformanceReport run(Path corpus, String kind, Pattern names, Supplier<DissectorRegistry> registry)
            throws IOException {
        ConformanceReport report = new ConformanceReport();
        for (Conformance.Case row : Conformance.cases(corpus, kind)) {
            if (names.matcher(row.name()).find() || names.matcher(row.capture().toString()).find()) {
                report.results.add(Conformance.run(row, registry));
            }
        }
        return report;
    }

    public int total() {
        return results.size();
    }

    public long passed() {
        return results.stream().filter(Conformance.Result::passed).count();
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (Conformance.Result result : results) {
            if (!result.passed()) {
                Conformance.Case row = result.row();
                text.append("FAIL ").append(row.name()).append("  wb -r ").append(row.capture()).append(' ')
                        .append(String.join(" ", row.args())).append(row.filter().isEmpty() ? "" : " '" + row.filter() + "'")
                        .append('\n').append(result.difference()).append("\n\n");
            }
        }
        text.append(passed()).append(" of ").append(total()).append(" cases pass (")
                .append(total() == 0 ? 0 : passed() * 1000 / total() / 10.0).append(" %)\n");
        return text.toString();
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(System.getProperty("wirebench.corpus", "../shared/corpus"));
        Pattern names = Pattern.compile(args.length > 1 ? args[1] : "");
        ConformanceReport report = run(corpus, args[0], names, org.wirebench.testing.PluginXmlRegistry::registry);
        System.out.print(report.text());
    }
}
