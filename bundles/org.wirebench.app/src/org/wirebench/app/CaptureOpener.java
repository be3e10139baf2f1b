package org.wirebench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Opens a capture file in a capture editor of the active page; a missing file is reported, not thrown. */
public final class CaptureOpener {

    private CaptureOpener() {
    }

    /** Asks for capture files with an open dialog titled `title`; none when the user cancels. */
    public static List<Path> choose(Shell shell, String title) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(title);
        dialog.setFilterNames(new String[] { "Captures (*.pcap, *.pcapng, *.cap, *.gz)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.pcap;*.pcapng;*.cap;*.gz;*.pcap.gz;*.pcapng.gz", "*" });
        List<Path> files = new ArrayList<>();
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
        }
        return files;
    }

    public static void open(IWorkbenchWindow window, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isReadable(absolute)) {
            MessageDialog.openError(window.getShell(), "Open Capture", "Cannot read " + absolute);
            return;
        }
        try {
            window.getActivePage().openEditor(new CaptureEditorInput(absolute), Wirebench.CAPTURE_EDITOR);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Open Capture", absolute + ": " + e.getMessage());
        }
    }
}
