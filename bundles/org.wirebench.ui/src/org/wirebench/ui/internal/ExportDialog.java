package org.wirebench.ui.internal;

import java.nio.file.Path;
import java.util.BitSet;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File > Export Specified Packets: all, the marked ones or a range (`1-10,15`), of all packets or only those
 * displayed, into a new pcapng or pcap file.
 */
final class ExportDialog extends Dialog {
    enum Range {
        ALL, MARKED, NUMBERS
    }

    private final CaptureEditor editor;
    private Button all;
    private Button marked;
    private Button numbers;
    private Text numbersText;
    private Button displayedOnly;
    private Button pcap;
    private Label problem;

    ExportDialog(CaptureEditor editor) {
        super(editor.getSite().getShell());
        this.editor = editor;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Specified Packets");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Group range = new Group(area, SWT.NONE);
        range.setText("Packet Range");
        range.setLayout(new GridLayout(2, false));
        all = radio(range, "All packets", 2);
        all.setSelection(true);
        marked = radio(range, "Marked packets only (" + editor.capture().markedCount() + ")", 2);
        numbers = radio(range, "Range:", 1);
        numbersText = new Text(range, SWT.BORDER);
        numbersText.setMessage("1-10,15");
        numbersText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        numbersText.addModifyListener(event -> numbers.setSelection(true));
        displayedOnly = new Button(range, SWT.CHECK);
        displayedOnly.setText("Displayed packets only");
        displayedOnly.setSelection(true);
        pcap = new Button(area, SWT.CHECK);
        pcap.setText("Save as pcap (one link type; otherwise pcapng, which keeps interfaces and comments)");
        problem = new Label(area, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    private static Button radio(Composite parent, String text, int span) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, span, 1));
        return button;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId != IDialogConstants.OK_ID) {
            super.buttonPressed(buttonId);
            return;
        }
        Range range = all.getSelection() ? Range.ALL : marked.getSelection() ? Range.MARKED : Range.NUMBERS;
        int[] frames;
        try {
            frames = frames(editor, range, numbersText.getText(), displayedOnly.getSelection());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        FileDialog save = new FileDialog(getShell(), SWT.SAVE);
        save.setOverwrite(true);
        save.setFilterExtensions(new String[] { pcap.getSelection() ? "*.pcap" : "*.pcapng" });
        String target = save.open();
        if (target != null) {
            editor.export(Path.of(target), pcap.getSelection(), frames);
            super.buttonPressed(buttonId);
        }
    }

    /**
     * The frame indexes to export: all, the marked, or those numbered in `numbers` (`1-10,15`); of the displayed
     * only when `displayedOnly`.
     *
     * @throws IllegalArgumentException naming what in `numbers` is not a packet number
     */
    static int[] frames(CaptureEditor editor, Range range, String numbers, boolean displayedOnly) {
        int count = editor.capture().frameCount();
        BitSet chosen = new BitSet(count);
        switch (range) {
            case ALL -> chosen.set(0, count);
            case MARKED -> java.util.Arrays.stream(editor.capture().markedFrames()).forEach(chosen::set);
            case NUMBERS -> numbers(numbers, count, chosen);
        }
        if (displayedOnly) {
            BitSet displayed = new BitSet(count);
            java.util.Arrays.stream(editor.list().rows().displayedFrames()).forEach(displayed::set);
            chosen.and(displayed);
        }
        return chosen.stream().toArray();
    }

    private static void numbers(String text, int count, BitSet chosen) {
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-", -1);
            try {
                int first = ends[0].isBlank() ? 1 : Integer.parseInt(ends[0].strip());
                int last = ends.length == 1 ? first : ends[1].isBlank() ? count : Integer.parseInt(ends[1].strip());
                if (ends.length > 2 || first < 1 || last > count || first > last) {
                    throw new NumberFormatException();
                }
                chosen.set(first - 1, last);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a range of packets 1 to " + count + ": " + part.strip());
            }
        }
    }
}
