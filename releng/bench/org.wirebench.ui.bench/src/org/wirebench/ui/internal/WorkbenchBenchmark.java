package org.wirebench.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.wirebench.app.CaptureOpener;

/**
 * The capture editor's speed on a big capture, in the real workbench (issue 6): not a test, it asserts nothing; it
 * opens the capture {@link #RUNS} times (the first with the JVM cold, as a user's first open) and writes the
 * figures of each as JSON to `wirebench.bench.out`; releng/bench/workbench puts them beside tshark's, measured in
 * the same run. Times are wall-clock on the UI thread, each until the widgets have been updated (painted): what a
 * user waits for.
 */
class WorkbenchBenchmark {
    private static final int RUNS = 3;

    @Test
    void measure() throws Exception {
        Path capture = Path.of(System.getProperty("wirebench.bench.capture"));
        String filter = System.getProperty("wirebench.bench.filter", "tcp.port == 5001 && ip.src == 10.0.0.0/8 && frame.len > 1000");
        List<String> runs = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            runs.add(once(capture, filter, run));
        }
        Files.writeString(Path.of(System.getProperty("wirebench.bench.out")),
                "{\"capture\": \"" + capture + "\", \"filter\": \"" + filter + "\", \"runs\": [\n" + String.join(",\n", runs) + "]}\n");
    }

    private static String once(Path capture, String filter, int run) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        long heapBefore = usedHeapAfterGc();

        long start = System.nanoTime();
        CaptureOpener.open(page.getWorkbenchWindow(), capture);
        CaptureEditor editor = (CaptureEditor) page.getActiveEditor();
        Table table = editor.list().control();
        waitUntil(() -> editor.list().rows().count() > 0 && !table.getItem(0).getText(6).isEmpty());
        table.update();
        double firstRows = seconds(start);
        int count = editor.list().rows().count();
        waitUntil(() -> editor.capture().passed() == count && editor.job().getState() == Job.NONE);
        double firstPass = seconds(start);

        // Go > Last Packet: the list scrolls to the end and the last packet's details show
        long lastStart = System.nanoTime();
        editor.goToRow(row -> count - 1);
        table.update();
        editor.details().control().update();
        double last = seconds(lastStart);
        String lastRow = editor.list().itemOf(count - 1).getText(0);

        double[] selections = new double[25];
        Random random = new Random(run);
        for (int i = 0; i < selections.length; i++) {
            int row = random.nextInt(count);
            long selectStart = System.nanoTime();
            editor.list().select(row);
            table.update();
            editor.details().control().update();
            editor.bytes().control().update();
            selections[i] = seconds(selectStart);
        }
        Arrays.sort(selections);

        long filterStart = System.nanoTime();
        editor.filterBar().setText(filter, true);
        waitUntil(() -> editor.job() != null && editor.job().getState() == Job.NONE && editor.list().rows().count() != count);
        table.update();
        double filtering = seconds(filterStart);
        int displayed = editor.list().rows().count();
        long heapAfter = usedHeapAfterGc();
        System.err.printf(Locale.ROOT, "bench: run %d: first rows %.2f s, first pass %.2f s, filter %.2f s%n", run, firstRows,
                firstPass, filtering);
        page.closeAllEditors(false);
        return String.format(Locale.ROOT, """
                {"run": %d, "packets": %d, "first_rows_s": %.3f, "first_pass_s": %.3f, "last_packet_s": %.3f, \
                "last_row_number": "%s", "select_median_s": %.4f, "select_max_s": %.4f, "filter_s": %.3f, "displayed": %d, \
                "heap_growth_mb": %.1f}""", run, count, firstRows, firstPass, last, lastRow, selections[selections.length / 2],
                selections[selections.length - 1], filtering, displayed, (heapAfter - heapBefore) / 1e6);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void waitUntil(BooleanSupplier condition) {
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
    }
}
