package org.wirebench.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * measures once and writes the figures as JSON to `wirebench.bench.out` (releng/bench/workbench runs it and puts
 * them beside tshark's in the same run). Times are wall-clock on the UI thread, each until the widgets have been
 * updated (painted), so they are what a user waits for.
 */
class WorkbenchBenchmark {

    @Test
    void measure() throws Exception {
        Path capture = Path.of(System.getProperty("wirebench.bench.capture"));
        Path out = Path.of(System.getProperty("wirebench.bench.out"));
        String filter = System.getProperty("wirebench.bench.filter", "tcp.port == 5001 && ip.src == 10.0.0.0/8 && frame.len > 1000");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        long heapBefore = usedHeapAfterGc();

        long start = System.nanoTime();
        CaptureOpener.open(page.getWorkbenchWindow(), capture);
        CaptureEditor editor = (CaptureEditor) page.getActiveEditor();
        Table table = editor.list().control();
        waitUntil(() -> table.getItemCount() > 0);
        String firstRow = table.getItem(0).getText(6);
        table.update();
        double firstRows = seconds(start);
        int count = table.getItemCount();
        waitUntil(() -> editor.capture().passed() == count && editor.job().getState() == Job.NONE);
        double firstPass = seconds(start);

        long scrollStart = System.nanoTime();
        table.setTopIndex(count - 1);
        String lastRow = table.getItem(count - 1).getText(6);
        table.update();
        double scroll = seconds(scrollStart);

        double[] selections = new double[25];
        Random random = new Random(1);
        for (int i = 0; i < selections.length; i++) {
            int row = random.nextInt(count);
            long selectStart = System.nanoTime();
            editor.list().select(row);
            editor.details().control().update();
            editor.bytes().control().update();
            selections[i] = seconds(selectStart);
        }
        Arrays.sort(selections);

        long filterStart = System.nanoTime();
        editor.filterBar().setText(filter, true);
        waitUntil(() -> editor.job() != null && editor.job().getState() == Job.NONE && table.getItemCount() != count);
        table.update();
        double filtering = seconds(filterStart);
        int displayed = table.getItemCount();
        long heapAfter = usedHeapAfterGc();

        String json = String.format(Locale.ROOT, """
                {"capture": "%s", "packets": %d, "first_rows_s": %.3f, "first_pass_s": %.3f, "scroll_to_last_s": %.3f,
                 "select_median_s": %.4f, "select_max_s": %.4f, "filter": "%s", "filter_s": %.3f, "displayed": %d,
                 "heap_growth_mb": %.1f, "first_row": "%s", "last_row": "%s"}
                """, capture, count, firstRows, firstPass, scroll, selections[selections.length / 2],
                selections[selections.length - 1], filter, filtering, displayed, (heapAfter - heapBefore) / 1e6,
                firstRow.replace("\"", "'"), lastRow.replace("\"", "'"));
        Files.writeString(out, json);
        page.closeAllEditors(false);
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
