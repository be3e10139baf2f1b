package org.wirebench.app.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wirebench.app.CaptureOpener;

/** File > Open Capture…: asks for capture files and opens each. */
public final class OpenCaptureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Capture");
        dialog.setFilterNames(new String[] { "Captures (*.pcap, *.pcapng, *.cap, *.gz)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.pcap;*.pcapng;*.cap;*.gz;*.pcap.gz;*.pcapng.gz", "*" });
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                CaptureOpener.open(window, Path.of(dialog.getFilterPath(), name));
            }
        }
        return null;
    }
}
