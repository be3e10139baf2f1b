package org.wirebench.ui.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.wirebench.analysis.ColouringRules;
import org.wirebench.analysis.OpenCapture;
import org.wirebench.core.Packet;

/**
 * The packet list. The table holds only the rows that fit on screen and a slider beside it scrolls through all
 * of them: GTK keeps a native row for every item of a table, even a virtual one, which takes seconds to make
 * for a million packets and longer to shrink when a filter applies. Only the rows on screen are dissected. Row
 * r shows frame {@link Rows#frame}; the No. column is that frame's number, whatever the filter or sort.
 */
final class PacketList {
    private final Composite area;
    private final Table table;
    private final Slider slider;
    private final IntConsumer selectedFrameListener;
    private final List<PacketColumn> columns = new ArrayList<>();
    private final Map<Integer, Color> colours = new HashMap<>();
    private OpenCapture capture;
    private Rows rows = Rows.NONE;
    private ColouringRules colouring;
    /** The first row on screen. */
    private int top;
    /** How many rows fit on screen: the table's items. */
    private int visible;
    /** The selected rows, and the one selected last (the one whose details show), or -1. */
    private final BitSet selected = new BitSet();
    private int focus = -1;

    /** `selectedFrame` hears the frame index of the row the user selects. */
    PacketList(Composite parent, IntConsumer selectedFrame) {
        this.selectedFrameListener = selectedFrame;
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        area.setLayout(layout);
        table = new Table(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        slider = new Slider(area, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, event -> scrollTo(slider.getSelection()));
        table.addListener(SWT.Resize, event -> fit());
        table.addListener(SWT.Selection, this::clicked);
        table.addListener(SWT.KeyDown, this::key);
        table.addListener(SWT.MouseVerticalWheel, event -> {
            event.doit = false;
            scrollTo(top - event.count);
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
        TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
        tableColumn.setText(column.title());
        tableColumn.setWidth(width);
        tableColumn.setMoveable(true);
        tableColumn.setData(column);
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

    /** Shows `shown` rows, keeping the selected frame selected (and on screen) when it still shows. */
    void setRows(Rows shown) {
        if (!shown.sorted()) {
            // a filter or an explicit reset shows frame order again: no column is the sort key any more
            table.setSortColumn(null);
            table.setSortDirection(SWT.NONE);
        }
        int frame = selectedFrame();
        rows = shown;
        selected.clear();
        focus = frame < 0 ? -1 : shown.rowOf(frame);
        if (focus >= 0) {
            selected.set(focus);
            top = focus - visible / 2;
        }
        scrollTo(focus >= 0 ? top : 0);
    }

    /** Shows the rows again: the time format, name resolution, the colours or the marks changed. */
    void refresh() {
        scrollTo(top);
    }

    int selectedRow() {
        return focus;
    }

    /** The frame index of the row selected last, or -1. */
    int selectedFrame() {
        return focus < 0 || focus >= rows.count() ? -1 : rows.frame(focus);
    }

    /** The frame indexes of the selected rows, in frame order. */
    int[] selectedFrames() {
        return selected.stream().filter(row -> row < rows.count()).map(rows::frame).sorted().toArray();
    }

    /** Selects row `row` alone, scrolls it on screen and tells the listener, as a click would; ignores rows out of range. */
    void select(int row) {
        if (row < 0 || row >= rows.count()) {
            return;
        }
        selected.clear();
        selected.set(row);
        focus = row;
        if (row < top) {
            top = row;
        } else if (row >= top + visible) {
            top = row - Math.max(1, visible) + 1;
        }
        scrollTo(top);
        selectedFrameListener.accept(rows.frame(row));
    }

    /** The texts of row `row`'s columns, as the table shows them. */
    String text(int row, int column) {
        return texts(row)[column];
    }

    /** The table item showing `row`, or null when it is not on screen. */
    TableItem itemOf(int row) {
        return row >= top && row < top + visible ? table.getItem(row - top) : null;
    }

    // --- scrolling ------------------------------------------------------------------------------------------

    /** Makes as many items as rows fit, after a resize. */
    private void fit() {
        int height = table.getClientArea().height - table.getHeaderHeight();
        int fitting = Math.max(1, height / Math.max(1, table.getItemHeight()));
        if (fitting != visible) {
            visible = fitting;
            table.setItemCount(visible);
            scrollTo(top);
        }
    }

    private void scrollTo(int first) {
        int count = rows.count();
        top = Math.max(0, Math.min(first, count - visible));
        table.setRedraw(false);
        table.deselectAll();
        for (int i = 0; i < visible; i++) {
            TableItem item = table.getItem(i);
            int row = top + i;
            if (row < count && capture != null) {
                fill(item, row);
                if (selected.get(row)) {
                    table.select(i);
                }
            } else {
                item.setText(new String[columns.size()]);
                item.setBackground(null);
                item.setForeground(null);
            }
        }
        table.setRedraw(true);
        slider.setValues(top, 0, Math.max(count, 1), Math.max(1, Math.min(visible, count)), 1, Math.max(1, visible - 1));
        slider.setEnabled(count > visible);
    }

    /** The user clicked or moved within the rows on screen: the table's selection is the list's. */
    private void clicked(Event event) {
        selected.clear(top, top + visible);
        if ((event.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
            selected.clear();
        }
        for (int index : table.getSelectionIndices()) {
            if (top + index < rows.count()) {
                selected.set(top + index);
            }
        }
        int index = event.item == null ? -1 : table.indexOf((TableItem) event.item);
        if (index >= 0 && top + index < rows.count()) {
            focus = top + index;
            selectedFrameListener.accept(rows.frame(focus));
        }
    }

    /**
     * Keys that move the selection are the list's, so that it scrolls past the rows on screen; with Ctrl they do
     * what Go > Next/Previous/First/Last Packet do, when the table gets them before the workbench's key bindings.
     */
    private void key(Event event) {
        int target = switch (event.keyCode) {
            case SWT.ARROW_DOWN -> focus + 1;
            case SWT.ARROW_UP -> focus - 1;
            case SWT.PAGE_DOWN -> focus + visible;
            case SWT.PAGE_UP -> focus - visible;
            case SWT.HOME -> 0;
            case SWT.END -> rows.count() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (target != Integer.MIN_VALUE && rows.count() > 0 && (event.stateMask & (SWT.SHIFT | SWT.ALT)) == 0) {
            event.doit = false;
            select(Math.max(0, Math.min(rows.count() - 1, target)));
        }
    }

    // --- rows -----------------------------------------------------------------------------------------------

    private String[] texts(int row) {
        return texts(row, dissect(rows.frame(row)));
    }

    private String[] texts(int row, Packet packet) {
        int frame = rows.frame(row);
        String[] texts = new String[columns.size()];
        for (int c = 0; c < texts.length; c++) {
            PacketColumn column = columns.get(c);
            texts[c] = switch (column.kind()) {
                case NUMBER -> Integer.toString(frame + 1);
                case TIME -> capture.time(frame, rows.previousShown(row), ViewSettings.timeFormat(), ViewSettings.timePrecision(),
                        ZoneId.systemDefault());
                case LENGTH -> Integer.toString(capture.file().originalLength(frame));
                default -> column.text(packet);
            };
        }
        return texts;
    }

    /** The dissection the columns and the colouring rules need: the tree only when a rule or a field column reads it. */
    private Packet dissect(int frame) {
        boolean tree = colouring != null || columns.stream().anyMatch(c -> c.kind() == PacketColumn.Kind.FIELD);
        return tree ? capture.dissect(frame) : capture.summary(frame);
    }

    private void fill(TableItem item, int row) {
        int frame = rows.frame(row);
        Packet packet = dissect(frame);
        item.setText(texts(row, packet));
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
