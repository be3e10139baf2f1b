package org.wirebench.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.wirebench.core.DataSource;
import org.wirebench.core.Packet;

/**
 * The bytes pane: offset, 16 bytes in hex and the same as ASCII a line, as Wireshark lays them out; a tab for
 * the frame and one for each reassembled data source. The bytes of the selected tree item are highlighted;
 * clicking a byte reports its offset and source.
 */
final class HexPane {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** `0000  ` then 16 `xx ` with one more space after the 8th, a space, 16 characters, the line end. */
    private static final int HEX_START = 6;
    private static final int ASCII_START = HEX_START + 16 * 3 + 2;
    private static final int LINE = ASCII_START + 16 + 1;

    private final CTabFolder tabs;
    private final List<DataSource> sources = new ArrayList<>(); // null for the frame
    private final List<Integer> lengths = new ArrayList<>();
    private final BiConsumer<DataSource, Integer> clicked;
    private final Color highlight;

    /** `clicked` hears the source (null for the frame) and the offset of a byte the user clicked. */
    HexPane(Composite parent, BiConsumer<DataSource, Integer> clicked) {
        this.clicked = clicked;
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        highlight = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
    }

    Composite control() {
        return tabs;
    }

    void show(Packet packet) {
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        sources.clear();
        lengths.clear();
        if (packet == null) {
            return;
        }
        byte[] frame = packet.frame().data();
        addTab("Frame (" + frame.length + " bytes)", null, frame);
        for (DataSource source : packet.dataSources()) {
            addTab(source.name() + " (" + source.bytes().length + " bytes)", source, source.bytes());
        }
        tabs.setSelection(0);
    }

    private void addTab(String title, DataSource source, byte[] bytes) {
        StyledText text = new StyledText(tabs, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setText(dump(bytes));
        int length = bytes.length;
        text.addListener(SWT.MouseUp, event -> {
            int clickedByte = byteAt(text.getCaretOffset());
            if (clickedByte >= 0 && clickedByte < length) {
                clicked.accept(source, clickedByte);
            }
        });
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(text);
        sources.add(source);
        lengths.add(bytes.length);
    }

    /** The byte a caret offset of the dump is on, or -1 between the columns. */
    static int byteAt(int caret) {
        int line = caret / LINE;
        int column = caret % LINE;
        int inLine;
        if (column >= ASCII_START && column < ASCII_START + 16) {
            inLine = column - ASCII_START;
        } else if (column >= HEX_START && column < ASCII_START - 2) {
            int hex = column - HEX_START;
            inLine = hex < 8 * 3 ? hex / 3 : (hex - 1) / 3;
        } else {
            return -1;
        }
        return line * 16 + inLine;
    }

    /** Highlights `length` bytes from `offset` of `source` (null: the frame), in hex and ASCII, and shows its tab. */
    void highlight(DataSource source, int offset, int length) {
        int tab = sources.indexOf(source);
        if (tab < 0) {
            return;
        }
        tabs.setSelection(tab);
        StyledText text = (StyledText) tabs.getItem(tab).getControl();
        List<StyleRange> ranges = new ArrayList<>();
        int end = Math.min(offset + length, lengths.get(tab));
        for (int b = offset; b < end; b++) {
            int line = b / 16;
            int inLine = b % 16;
            int hex = line * LINE + HEX_START + inLine * 3 + (inLine >= 8 ? 1 : 0);
            ranges.add(range(hex, 2));
            ranges.add(range(line * LINE + ASCII_START + inLine, 1));
        }
        ranges.sort(java.util.Comparator.comparingInt(range -> range.start)); // StyledText wants them in order
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
        text.setTopIndex(Math.max(0, offset / 16 - 2));
    }

    private StyleRange range(int start, int length) {
        return new StyleRange(start, length, null, highlight);
    }

    /** The highlighted byte offsets of the shown tab, from the hex column: what the UI tests read. */
    int[] highlighted() {
        if (tabs.getSelection() == null) {
            return new int[0];
        }
        StyledText text = (StyledText) tabs.getSelection().getControl();
        return java.util.Arrays.stream(text.getStyleRanges()).filter(r -> r.length == 2).mapToInt(r -> byteAt(r.start)).toArray();
    }

    String text(int tab) {
        return ((StyledText) tabs.getItem(tab).getControl()).getText();
    }

    static String dump(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length / 16 + 1) * LINE);
        for (int line = 0; line < bytes.length; line += 16) {
            for (int shift = 12; shift >= 0; shift -= 4) {
                text.append(HEX[line >> shift & 0xf]);
            }
            text.append("  ");
            for (int i = 0; i < 16; i++) {
                if (i == 8) {
                    text.append(' ');
                }
                if (line + i < bytes.length) {
                    int b = bytes[line + i] & 0xff;
                    text.append(HEX[b >> 4]).append(HEX[b & 0xf]).append(' ');
                } else {
                    text.append("   ");
                }
            }
            text.append(' ');
            for (int i = 0; i < 16; i++) {
                int b = line + i < bytes.length ? bytes[line + i] & 0xff : ' ';
                text.append(b >= 0x20 && b < 0x7f ? (char) b : line + i < bytes.length ? '.' : ' ');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
