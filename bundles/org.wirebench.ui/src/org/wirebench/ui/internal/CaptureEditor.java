package org.wirebench.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.wirebench.analysis.ColouringRules;
import org.wirebench.analysis.OpenCapture;
import org.wirebench.analysis.ShownValue;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.plugin.Contributions;
import org.wirebench.filter.DisplayFilter;

/**
 * A capture file in the editor area, as Wireshark shows one: the display filter bar, the packet list, the
 * details of the selected packet and its bytes, linked; a status line with the file, its counts and the work
 * going on. Opening, filtering and sorting run as jobs with progress and cancel; the list fills while the first
 * pass still runs.
 */
public final class CaptureEditor extends EditorPart {
    public static final String ID = "org.wirebench.ui.captureEditor";
    /** Active while a capture editor is: the context of its key bindings. */
    private static final String CONTEXT = "org.wirebench.ui.captureEditorContext";

    /** The open capture editors, for Link Time. */
    private static final List<CaptureEditor> OPEN = new CopyOnWriteArrayList<>();

    private Path file;
    private OpenCapture capture;
    private FilterBar filterBar;
    private PacketList list;
    private DetailTree details;
    private HexPane bytes;
    private Label status;
    private Button stop;
    private String work = "";
    private String problem;
    private Job running;
    private ColouringRules colouring;
    private final Runnable settingsChanged = this::settingsChanged;
    private boolean linking;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput path)) {
            throw new PartInitException("Not a capture file: " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        file = path.getPath().toPath();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        filterBar = new FilterBar(area, this::applyFilter);
        filterBar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm panes = new SashForm(area, SWT.VERTICAL);
        panes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list = new PacketList(panes, this::frameSelected);
        details = new DetailTree(panes, this::itemSelected);
        bytes = new HexPane(panes, (source, offset) -> itemSelected(details.selectCovering(source, offset)));
        panes.setWeights(50, 30, 20);
        Composite statusLine = new Composite(area, SWT.NONE);
        statusLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout statusLayout = new GridLayout(2, false);
        statusLayout.marginHeight = 0;
        statusLine.setLayout(statusLayout);
        status = new Label(statusLine, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // as Wireshark's stop button beside the progress of a long load or filter
        stop = new Button(statusLine, SWT.PUSH);
        stop.setText("Stop");
        stop.setToolTipText("Stop the work going on (opening, filtering, sorting, exporting)");
        stop.addListener(SWT.Selection, event -> stop());
        new PacketListMenus(this).install();
        CaptureCommands.syncStates();
        getSite().getService(IContextService.class).activateContext(CONTEXT);
        OPEN.add(this);
        ViewSettings.listen(settingsChanged);
        RecentCaptures.add(file);
        open();
    }

    private void open() {
        work = "Opening";
        showStatus();
        DissectorRegistry registry = Contributions.registry();
        running = Job.create("Opening " + file.getFileName(), monitor -> {
            monitor.beginTask("Opening " + file.getFileName(), 100);
            OpenCapture opened;
            try {
                opened = OpenCapture.open(file, registry);
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                ui(() -> failed("Cannot open " + file + ": " + message));
                return Status.OK_STATUS; // shown in the editor, not as a second dialog
            }
            monitor.worked(5);
            ui(() -> opened(opened));
            int count = Math.max(1, opened.frameCount());
            int[] reported = { 5 };
            long[] shown = { 0 };
            boolean done = opened.firstPass(passed -> {
                int percent = 5 + (int) (95L * passed / count);
                monitor.worked(percent - reported[0]);
                reported[0] = percent;
                // the status line follows a few times a second: more would only keep the UI thread busy
                long now = System.nanoTime();
                if (now - shown[0] > 200_000_000L) {
                    shown[0] = now;
                    ui(() -> dissecting(passed, count));
                }
            }, monitor::isCanceled);
            ui(() -> {
                work = "";
                if (!done) {
                    problem = "Stopped at packet " + opened.passed() + ": the packets after it are dissected each on its own";
                }
                showStatus();
            });
            return done ? Status.OK_STATUS : Status.CANCEL_STATUS;
        });
        running.setUser(false);
        running.schedule();
        // while the job indexes: the colouring rules compile here, on the other core
        colouring = colouring(registry);
    }

    private void ui(Runnable runnable) {
        Display display = getSite().getShell().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (status != null && !status.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    private void failed(String message) {
        work = "";
        showProblem(message);
    }

    /** Shows `message` in the status line until the next one. */
    void showProblem(String message) {
        problem = message;
        showStatus();
    }

    private void opened(OpenCapture opened) {
        capture = opened;
        capture.resolveNames(ViewSettings.resolveMacVendors(), ViewSettings.resolvePorts());
        list.setCapture(capture);
        list.setColouring(colouring);
        filterBar.setRegistry(capture.registry());
        capture.file().warnings().forEach(warning -> problem = warning);
        list.setRows(Rows.all(capture.frameCount()));
        showStatus();
        if (capture.frameCount() > 0) {
            // once the rows are painted: the details of the first packet
            ui(() -> {
                if (list.selectedRow() < 0) {
                    list.select(0);
                }
            });
        }
    }

    private void dissecting(int passed, int count) {
        work = passed < count ? "Dissecting: " + (100L * passed / count) + " %" : "";
        showStatus();
    }

    private ColouringRules colouring(DissectorRegistry registry) {
        if (!ViewSettings.colourize()) {
            return null;
        }
        try {
            return ColouringRules.parse(ViewSettings.colouringRules(), registry);
        } catch (IllegalArgumentException e) {
            problem = "Colouring rules: " + e.getMessage();
            return ColouringRules.parse(ColouringRules.DEFAULTS, registry);
        }
    }

    private void settingsChanged() {
        if (capture == null || list.control().isDisposed()) {
            return;
        }
        capture.resolveNames(ViewSettings.resolveMacVendors(), ViewSettings.resolvePorts());
        colouring = colouring(capture.registry());
        list.setColouring(colouring);
        showFrame(list.selectedFrame()); // names may have changed; the selection has not
    }

    // --- the panes, linked ---------------------------------------------------------------------------------

    private void frameSelected(int frame) {
        showFrame(frame);
        if (frame >= 0 && ViewSettings.linkTime() && !linking) {
            long nanos = capture.file().timestampNanos(frame);
            for (CaptureEditor other : OPEN) {
                if (other != this) {
                    other.selectNearest(nanos);
                }
            }
        }
    }

    /** The details and bytes of `frame` (none for -1). */
    private void showFrame(int frame) {
        Packet packet = frame < 0 || capture == null ? null : capture.dissect(frame);
        details.show(packet);
        bytes.show(packet);
        showStatus();
    }

    /** Link Time: selects the displayed packet nearest `nanos`, without passing it on to the other editors. */
    void selectNearest(long nanos) {
        if (capture == null) {
            return;
        }
        int frame = capture.nearest(nanos, list.rows().filtered() ? list.rows().displayedFrames() : null);
        linking = true;
        try {
            list.select(list.rows().rowOf(frame));
        } finally {
            linking = false;
        }
    }

    private void itemSelected(Item item) {
        if (item != null) {
            bytes.highlight(item.dataSource(), item.frameOffset(), item.length());
        }
    }

    // --- filtering and sorting -----------------------------------------------------------------------------

    private void applyFilter(DisplayFilter filter) {
        if (capture == null) {
            return;
        }
        if (filter == null) {
            list.setRows(Rows.all(capture.frameCount()));
            showStatus();
            return;
        }
        OpenCapture filtered = capture;
        schedule("Filtering", monitor -> {
            int count = Math.max(1, filtered.frameCount());
            int[] passing = filtered.filter(filter, read -> {
                monitor.subTask(read + " of " + count + " packets");
            }, monitor::isCanceled);
            if (passing == null) {
                return Status.CANCEL_STATUS;
            }
            ui(() -> list.setRows(Rows.all(filtered.frameCount()).filtered(passing)));
            return Status.OK_STATUS;
        });
    }

    /** Sorts the list by `column`, ascending or not; by the frame number again when `column` is null. */
    void sort(PacketColumn column, boolean ascending) {
        Rows rows = list.rows();
        if (column == null || capture == null) {
            list.setRows(rows.unsorted());
            return;
        }
        OpenCapture sorted = capture;
        schedule("Sorting by " + column.title(), monitor -> {
            int count = rows.count();
            Comparator<Integer> order = switch (column.kind()) {
                case NUMBER -> Comparator.comparingInt(rows::frameAt);
                case TIME -> Comparator.comparingLong(position -> sorted.file().timestampNanos(rows.frameAt(position)));
                case LENGTH -> Comparator.comparingInt(position -> sorted.file().originalLength(rows.frameAt(position)));
                default -> {
                    String[] keys = new String[count];
                    for (int position = 0; position < count; position++) {
                        if (monitor.isCanceled()) {
                            yield null;
                        }
                        Packet packet = column.kind() == PacketColumn.Kind.FIELD ? sorted.dissect(rows.frameAt(position))
                                : sorted.summary(rows.frameAt(position));
                        keys[position] = column.text(packet);
                    }
                    yield Comparator.comparing(position -> keys[position], PacketListMenus.NATURAL);
                }
            };
            if (order == null) {
                return Status.CANCEL_STATUS;
            }
            Integer[] positions = new Integer[count];
            Arrays.setAll(positions, i -> i);
            Arrays.sort(positions, ascending ? order : order.reversed());
            int[] rowOrder = Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
            ui(() -> list.setRows(rows.sorted(rowOrder)));
            return Status.OK_STATUS;
        });
    }

    /** A job's body: its status says whether it was cancelled. */
    private interface Work {
        IStatus run(IProgressMonitor monitor);
    }

    private void schedule(String name, Work body) {
        if (running != null && running.getState() != Job.NONE && !running.getName().startsWith("Opening")) {
            running.cancel();
        }
        Job job = Job.create(name + " " + file.getFileName(), monitor -> {
            ui(() -> {
                work = name + "…";
                showStatus();
            });
            try {
                return body.run(monitor);
            } finally {
                ui(() -> {
                    work = "";
                    showStatus();
                });
            }
        });
        job.setUser(true);
        running = job;
        job.schedule();
    }

    // --- what the commands do -----------------------------------------------------------------------------

    OpenCapture capture() {
        return capture;
    }

    PacketList list() {
        return list;
    }

    DetailTree details() {
        return details;
    }

    HexPane bytes() {
        return bytes;
    }

    FilterBar filterBar() {
        return filterBar;
    }

    Path file() {
        return file;
    }

    Button stopButton() {
        return stop;
    }

    /** The current job (opening, filtering, sorting), to wait for; or null. */
    Job job() {
        return running;
    }

    /** Go > Go to Packet: false when that packet is not displayed. */
    boolean goTo(int number) {
        int row = list.rows().rowOf(number - 1);
        if (row < 0) {
            return false;
        }
        list.select(row);
        return true;
    }

    /** Go > First/Last/Next/Previous Packet: `row` may be out of range, then nothing happens. */
    void goToRow(IntUnaryOperator fromSelected) {
        int target = fromSelected.applyAsInt(list.selectedRow());
        list.select(target);
    }

    void toggleMark() {
        int[] frames = list.selectedFrames();
        Arrays.stream(frames).forEach(capture::toggleMark);
        list.refresh();
        showStatus();
    }

    void toggleReference() {
        int frame = list.selectedFrame();
        if (frame >= 0) {
            capture.toggleReference(frame);
            list.refresh();
        }
    }

    void clearReferences() {
        capture.clearReferences();
        list.refresh();
    }

    /** File > Export Specified Packets: writes `frames` in a job; the file appears whole or not at all. */
    void export(Path target, boolean pcap, int[] frames) {
        OpenCapture exported = capture;
        schedule("Exporting to " + target.getFileName(), monitor -> {
            try {
                exported.export(target, pcap, frames, written -> monitor.subTask(written + " of " + frames.length + " packets"));
                ui(() -> showProblem(null));
            } catch (IOException e) {
                ui(() -> showProblem("Export failed: " + e.getMessage()));
            }
            return Status.OK_STATUS;
        });
    }

    /** Tree > Apply as Filter / Prepare as Filter. */
    void useAsFilter(Item item, boolean apply) {
        if (item != null && item.field() != null) {
            filterBar.setText(new ShownValue(java.time.ZoneId.systemDefault()).filter(item), apply);
        }
    }

    /** Tree > Apply as Column. */
    void addColumn(Field field) {
        list.addColumn(PacketColumn.of(field), 120);
        list.refresh();
    }

    /** The Stop button: cancels the running job; what it did so far stays (the packets the first pass dissected). */
    void stop() {
        if (running != null) {
            running.cancel();
        }
    }

    void showStatus() {
        if (status == null || status.isDisposed()) {
            return;
        }
        stop.setEnabled(!work.isEmpty());
        status.setText(statusText());
        status.setForeground(problem == null ? null : status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
    }

    /** What the status line says: the file, its counts, the work going on, the last problem. */
    String statusText() {
        StringBuilder text = new StringBuilder(file.getFileName().toString());
        try {
            text.append(" · ").append(size(Files.size(file)));
        } catch (IOException e) {
            // the size is only shown
        }
        if (capture != null) {
            int count = capture.frameCount();
            if (count > 0) {
                long span = capture.file().timestampNanos(count - 1) - capture.file().timestampNanos(0);
                text.append(" · ").append(String.format(Locale.ROOT, "%.3f s", span / 1e9));
            }
            int displayed = list.rows().count();
            text.append("   Packets: ").append(count).append(" · Displayed: ").append(displayed);
            text.append(String.format(Locale.ROOT, " (%.1f%%)", count == 0 ? 100.0 : 100.0 * displayed / count));
            if (capture.markedCount() > 0) {
                text.append(" · Marked: ").append(capture.markedCount());
            }
        }
        if (!work.isEmpty()) {
            text.append("   ").append(work);
        }
        if (problem != null) {
            text.append("   ").append(problem);
        }
        return text.toString();
    }

    private static String size(long bytes) {
        if (bytes < 10_000) {
            return bytes + " bytes";
        }
        return bytes < 10_000_000 ? bytes / 1000 + " kB" : bytes / 1_000_000 + " MB";
    }

    @Override
    public void dispose() {
        OPEN.remove(this);
        ViewSettings.stopListening(settingsChanged);
        if (running != null) {
            running.cancel();
        }
        if (details != null) {
            details.dispose();
        }
        if (capture != null) {
            capture.close();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        list.control().setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // captures are read-only; File > Export Specified Packets writes new ones
    }

    @Override
    public void doSaveAs() {
        // see doSave
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
