package org.wirebench.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/** Shows the summary of one capture file; the packet list replaces it when the capture editor arrives. */
public final class CaptureSummaryEditor extends EditorPart {

    public static final String ID = "org.wirebench.app.captureSummary";

    private Text text;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CaptureEditorInput)) {
            throw new PartInitException("Not a capture file: " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setText(summary(((CaptureEditorInput) getEditorInput()).file()));
    }

    /** The summary shown, also read by the UI tests. */
    public String getSummary() {
        return text.getText();
    }

    static String summary(Path file) {
        try {
            return "File: " + file + "\nSize: " + Files.size(file) + " bytes\n";
        } catch (IOException e) {
            return "File: " + file + "\nCannot read: " + e.getMessage() + "\n";
        }
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // captures are read-only here
    }

    @Override
    public void doSaveAs() {
        // captures are read-only here
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
