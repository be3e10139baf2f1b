package org.wirebench.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wirebench.analysis.PacketWriter;
import org.wirebench.analysis.TimeOrder;
import org.wirebench.app.CaptureOpener;
import org.wirebench.pcap.CaptureFile;

/** File > Merge…: several captures into a new pcapng file ordered by time, which then opens in an editor. */
public final class MergeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        List<Path> inputs = CaptureOpener.choose(window.getShell(), "Merge: the captures to merge");
        if (inputs.isEmpty()) {
            return null;
        }
        FileDialog save = new FileDialog(window.getShell(), SWT.SAVE);
        save.setText("Merge: the new capture");
        save.setOverwrite(true);
        save.setFilterExtensions(new String[] { "*.pcapng" });
        String target = save.open();
        if (target != null) {
            merge(window, inputs, Path.of(target));
        }
        return null;
    }

    /** Merges `inputs` into `target` in a job, then opens it; a failure is reported with the file it concerns. */
    static Job merge(IWorkbenchWindow window, List<Path> inputs, Path target) {
        Display display = window.getShell().getDisplay();
        Job job = Job.create("Merging into " + target.getFileName(), monitor -> {
            List<CaptureFile> files = new ArrayList<>();
            try {
                long total = 0;
                for (Path input : inputs) {
                    CaptureFile file = CaptureFile.open(input);
                    files.add(file);
                    total += file.frameCount();
                }
                monitor.beginTask("Merging " + inputs.size() + " captures", (int) Math.min(Integer.MAX_VALUE, total));
                long[] shown = { 0 };
                try (PacketWriter writer = new PacketWriter(target, false, true)) {
                    TimeOrder.feed(files, -1, frame -> !monitor.isCanceled(), writer, read -> {
                        if (read - shown[0] >= 4096) {
                            monitor.worked((int) (read - shown[0]));
                            shown[0] = read;
                        }
                    });
                }
            } catch (IOException e) {
                return Status.error("Merge into " + target + " failed: " + e.getMessage());
            } finally {
                files.forEach(CaptureFile::close);
            }
            if (monitor.isCanceled()) {
                try {
                    java.nio.file.Files.deleteIfExists(target); // not half a merge
                } catch (IOException e) {
                    return Status.error("Merge cancelled; " + target + " could not be deleted: " + e.getMessage());
                }
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> CaptureOpener.open(window, target));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
