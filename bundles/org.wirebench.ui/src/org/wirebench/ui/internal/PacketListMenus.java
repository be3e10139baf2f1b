package org.wirebench.ui.internal;

import java.util.Comparator;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Values;
import org.wirebench.filter.FieldNames;

/**
 * The context menus of a capture editor, as Wireshark's: on the list header, sorting and the column chooser; on
 * the detail tree, Apply / Prepare as Filter, Apply as Column, Copy, Expand and Collapse.
 */
final class PacketListMenus {
    /** How text columns sort. */
    static final Comparator<String> NATURAL = String.CASE_INSENSITIVE_ORDER;

    private final CaptureEditor editor;

    PacketListMenus(CaptureEditor editor) {
        this.editor = editor;
    }

    void install() {
        Table table = editor.list().control();
        for (TableColumn column : table.getColumns()) {
            sortOnClick(column);
        }
        Menu header = new Menu(table);
        header.addListener(SWT.Show, event -> fillHeader(header));
        Menu rows = new Menu(table);
        item(rows, "Mark/Unmark Packet\tCtrl+M", editor::toggleMark);
        item(rows, "Set/Unset Time Reference\tCtrl+T", editor::toggleReference);
        table.addListener(SWT.MenuDetect, event -> table.setMenu(inHeader(table, event) ? header : rows));
        installTreeMenu();
    }

    private static boolean inHeader(Table table, Event event) {
        Point at = table.toControl(event.x, event.y);
        return at.y < table.getHeaderHeight();
    }

    /** A click on a header sorts by it, ascending then descending; a third click goes back to frame order. */
    void sortOnClick(TableColumn column) {
        column.addListener(SWT.Selection, event -> {
            Table table = column.getParent();
            boolean same = table.getSortColumn() == column;
            if (same && table.getSortDirection() == SWT.DOWN) {
                table.setSortColumn(null);
                table.setSortDirection(SWT.NONE);
                editor.sort(null, true);
                return;
            }
            boolean ascending = !same || table.getSortDirection() != SWT.UP;
            table.setSortColumn(column);
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
            editor.sort((PacketColumn) column.getData(), ascending);
        });
    }

    private void fillHeader(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        Table table = editor.list().control();
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumn(i);
            MenuItem item = new MenuItem(menu, SWT.CHECK);
            item.setText(column.getText());
            item.setSelection(column.getWidth() > 0);
            item.addListener(SWT.Selection, event -> {
                // hidden columns keep their place, as in Wireshark's column chooser
                column.setWidth(item.getSelection() ? 120 : 0);
                column.setResizable(item.getSelection());
            });
        }
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Add Column for a Field…", this::askForColumn);
    }

    private void askForColumn() {
        var registry = editor.capture() == null ? null : editor.capture().registry();
        if (registry == null) {
            return;
        }
        IInputValidator known = name -> FieldNames.find(registry, name.strip()) != null ? null
                : "Unknown field; did you mean " + String.join(", ", FieldNames.nearest(registry, name.strip(), 3)) + "?";
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Add Column", "Field name (as in a display filter):",
                "", known);
        if (dialog.open() == Window.OK) {
            addColumn(FieldNames.find(registry, dialog.getValue().strip()));
        }
    }

    void addColumn(Field field) {
        editor.addColumn(field);
        Table table = editor.list().control();
        sortOnClick(table.getColumn(table.getColumnCount() - 1));
    }

    private void installTreeMenu() {
        var tree = editor.details().control();
        Menu menu = new Menu(tree);
        item(menu, "Apply as Filter", () -> editor.useAsFilter(editor.details().selectedItem(), true));
        item(menu, "Prepare as Filter", () -> editor.useAsFilter(editor.details().selectedItem(), false));
        item(menu, "Apply as Column", () -> {
            Item item = editor.details().selectedItem();
            if (item != null && item.field() != null) {
                addColumn(item.field());
            }
        });
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Copy Field", () -> copy(Item::label));
        item(menu, "Copy Value", () -> copy(item -> item.field() == null ? "" : Values.format(item)));
        item(menu, "Copy as Filter", () -> copy(item -> item.field() == null ? ""
                : new org.wirebench.analysis.ShownValue(java.time.ZoneId.systemDefault()).filter(item)));
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Expand Subtrees", () -> editor.details().expandSubtrees());
        item(menu, "Expand All", () -> editor.details().setExpanded(true));
        item(menu, "Collapse All", () -> editor.details().setExpanded(false));
        tree.setMenu(menu);
    }

    private void copy(java.util.function.Function<Item, String> text) {
        Item item = editor.details().selectedItem();
        if (item == null) {
            return;
        }
        Clipboard clipboard = new Clipboard(editor.details().control().getDisplay());
        try {
            clipboard.setContents(new Object[] { text.apply(item) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> action.run());
        return item;
    }
}
