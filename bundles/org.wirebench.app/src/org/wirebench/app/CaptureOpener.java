package org.wirebench.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** Opens a capture file in a capture editor of the active page; a missing file is reported, not thrown. */
public final class CaptureOpener {

    private CaptureOpener() {
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
