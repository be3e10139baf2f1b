package org.wirebench.app.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wirebench.app.CaptureOpener;

/** File > Open Capture…: asks for capture files and opens each. */
public final class OpenCaptureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        for (Path file : CaptureOpener.choose(window.getShell(), "Open Capture")) {
            CaptureOpener.open(window, file);
        }
        return null;
    }
}
