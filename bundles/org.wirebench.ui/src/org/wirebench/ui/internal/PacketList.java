package org.wirebench.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.wirebench.analysis.ColouringRules;
import org.wirebench.analysis.OpenCapture;
import org.wirebench.core.Packet;

/**
 * The packet list: a virtual table, so that only the rows on screen are dissected, however many frames the capture
 * holds. A row shows frame {@link Rows#frame}; the No. column is that frame's number, whatever the filter or sort.
 */
final class PacketList {
    private final Table table;
    private final List<PacketColumn> columns = new ArrayList<>();
    private final Map<Integer, Color> colours = new HashMap<>();
    private OpenCapture capture;
    private Rows rows = Rows.NONE;
    private ColouringRules colouring;

    /** `selected` hears the frame index of the row the user selects. */
    PacketList(Composite parent, IntConsumer selected) {
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(false);
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
        table.addListener(SWT.Selection, event -> {
            int row = table.getSelectionIndex();
            if (row >= 0) {
                selected.accept(rows.frame(row));
            }
        });
        int[] widths = { 70, 110, 150, 150, 80, 70, 600 };
        for (int i = 0; i < PacketColumn.DEFAULTS.size(); i++) {
            addColumn(PacketColumn.DEFAULTS.get(i), widths[i]);
        }
    }

    Table control() {
        return table;
    }

    List<PacketColumn> columns() {
        return columns;
    }

    void addColumn(PacketColumn column, int width) {
        columns.add(column);
        TableColumn tableColumn = new TableColumn(table, column.kind() == PacketColumn.Kind.INFO ? SWT.LEFT : SWT.LEFT);
        tableColumn.setText(column.title());
        tableColumn.setWidth(width);
        tableColumn.setMoveable(true);
        tableColumn.setData(column);
    }

    void removeColumn(int index) {
        columns.remove(index);
        table.getColumn(index).dispose();
        refresh();
    }

    void setCapture(OpenCapture opened) {
        capture = opened;
    }

    void setColouring(ColouringRules rules) {
        colouring = rules;
        refresh();
    }

    Rows rows() {
        return rows;
    }

    /** Shows `shown` rows, keeping the selected frame selected when it still shows. */
    void setRows(Rows shown) {
        int selectedFrame = selectedFrame();
        rows = shown;
        table.clearAll();
        table.setItemCount(shown.count());
        int row = selectedFrame < 0 ? -1 : shown.rowOf(selectedFrame);
        if (row >= 0) {
            table.setSelection(row);
        } else {
            table.deselectAll();
        }
    }

    /** Dissects the rows again: the time format, name resolution or the colours changed. */
    void refresh() {
        table.clearAll();
    }

    /** The frame index of the selected row, or -1. */
    int selectedFrame() {
        int row = table.getSelectionIndex();
        return row < 0 || row >= rows.count() ? -1 : rows.frame(row);
    }

    /** The frame indexes of the selected rows. */
    int[] selectedFrames() {
        return java.util.Arrays.stream(table.getSelectionIndices()).map(rows::frame).sorted().toArray();
    }

    /** Selects row `row`, shows it, and tells the listeners as a click would. */
    void select(int row) {
        if (row < 0 || row >= rows.count()) {
            return;
        }
        table.setSelection(row);
        table.showSelection();
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Redraws the rows of these frames (marked, referenced). */
    void refreshFrames(int... frames) {
        for (int frame : frames) {
            int row = rows.rowOf(frame);
            if (row >= 0) {
                table.clear(row);
            }
        }
    }

    private void fill(TableItem item, int row) {
        if (capture == null || row >= rows.count()) {
            return;
        }
        int frame = rows.frame(row);
        boolean dissect = columns.stream().anyMatch(PacketColumn::dissected);
        boolean tree = colouring != null || columns.stream().anyMatch(c -> c.kind() == PacketColumn.Kind.FIELD);
        Packet packet = dissect ? tree ? capture.dissect(frame) : capture.summary(frame) : null;
        String[] texts = new String[columns.size()];
        for (int c = 0; c < texts.length; c++) {
            PacketColumn column = columns.get(c);
            texts[c] = switch (column.kind()) {
                case NUMBER -> Integer.toString(frame + 1);
                case TIME -> capture.time(frame, rows.previousShown(row), ViewSettings.timeFormat(), ViewSettings.timePrecision(),
                        java.time.ZoneId.systemDefault());
                case LENGTH -> Integer.toString(capture.file().originalLength(frame));
                default -> column.text(packet);
            };
        }
        item.setText(texts);
        Display display = table.getDisplay();
        if (capture.isMarked(frame)) {
            // Wireshark's marked packets: white on black
            item.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            item.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            return;
        }
        ColouringRules.Rule rule = colouring == null ? null : colouring.match(packet);
        item.setBackground(rule == null ? null : colour(rule.background()));
        item.setForeground(rule == null ? null : colour(rule.foreground()));
    }

    private Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff));
    }
}
