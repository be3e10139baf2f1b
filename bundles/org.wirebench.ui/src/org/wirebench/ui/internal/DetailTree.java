package org.wirebench.ui.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.wirebench.core.DataSource;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;

/**
 * The packet details: the full dissection of the selected frame, a protocol per top-level item, generated fields in
 * [ ], expert items on the colour of their severity (Wireshark's), hidden items left out.
 */
final class DetailTree {
    private final Tree tree;
    private final Map<Item, TreeItem> shown = new IdentityHashMap<>();
    private final Map<Severity, Color> severityColours;
    private Packet packet;

    /** `selected` hears the item the user selects. */
    DetailTree(Composite parent, Consumer<Item> selected) {
        tree = new Tree(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        severityColours = Map.of(Severity.CHAT, new Color(0x80, 0xb7, 0xff), Severity.NOTE, new Color(0xa0, 0xff, 0xff),
                Severity.WARNING, new Color(0xff, 0xfc, 0x04), Severity.ERROR, new Color(0xff, 0x5c, 0x5c));
        tree.addListener(SWT.Selection, event -> selected.accept(selectedItem()));
    }

    Tree control() {
        return tree;
    }

    /** Shows `shownPacket`'s tree (null: nothing), the protocols expanded as they were for the frame before. */
    void show(Packet shownPacket) {
        java.util.Set<String> expanded = new java.util.HashSet<>();
        for (TreeItem item : tree.getItems()) {
            Item shownItem = (Item) item.getData();
            if (item.getExpanded() && shownItem.field() != null) {
                expanded.add(shownItem.field().filterName());
            }
        }
        tree.setRedraw(false);
        tree.removeAll();
        shown.clear();
        packet = shownPacket;
        if (shownPacket != null) {
            for (Item child : shownPacket.tree().children()) {
                TreeItem top = add(new TreeItem(tree, SWT.NONE), child);
                if (top != null && child.field() != null && expanded.contains(child.field().filterName())) {
                    top.setExpanded(true);
                }
            }
        }
        tree.setRedraw(true);
    }

    private TreeItem add(TreeItem treeItem, Item item) {
        treeItem.setText(item.label());
        treeItem.setData(item);
        Expert expert = item.expert();
        if (expert != null) {
            treeItem.setBackground(severityColours.get(expert.severity()));
        }
        shown.put(item, treeItem);
        for (Item child : item.children()) {
            if (!child.isHidden()) {
                add(new TreeItem(treeItem, SWT.NONE), child);
            }
        }
        return treeItem;
    }

    Item selectedItem() {
        TreeItem[] selection = tree.getSelection();
        return selection.length == 0 ? null : (Item) selection[0].getData();
    }

    /**
     * Selects the deepest item whose bytes cover `offset` of `source` (null: the frame), the shortest of equally deep
     * ones (the frame item covers every byte at the top, as the protocols do); returns it, or null.
     */
    Item selectCovering(DataSource source, int offset) {
        Item[] best = new Item[1];
        int[] bestDepth = { -1 };
        if (packet != null) {
            covering(packet.tree(), 0, source, offset, best, bestDepth);
        }
        TreeItem item = best[0] == null ? null : shown.get(best[0]);
        if (item != null) {
            tree.setSelection(item);
            tree.showItem(item);
        }
        return best[0];
    }

    private void covering(Item parent, int depth, DataSource source, int offset, Item[] best, int[] bestDepth) {
        for (Item child : parent.children()) {
            if (!shown.containsKey(child)) {
                continue;
            }
            if (child.dataSource() == source && child.length() > 0 && offset >= child.frameOffset()
                    && offset < child.frameOffset() + child.length()
                    && (depth > bestDepth[0] || depth == bestDepth[0] && child.length() < best[0].length())) {
                best[0] = child;
                bestDepth[0] = depth;
            }
            covering(child, depth + 1, source, offset, best, bestDepth);
        }
    }

    void setExpanded(boolean expanded) {
        tree.setRedraw(false);
        for (TreeItem item : tree.getItems()) {
            expandAll(item, expanded);
        }
        tree.setRedraw(true);
    }

    /** Expands the selected item and everything below it. */
    void expandSubtrees() {
        for (TreeItem item : tree.getSelection()) {
            expandAll(item, true);
        }
    }

    private static void expandAll(TreeItem item, boolean expanded) {
        item.setExpanded(expanded);
        for (TreeItem child : item.getItems()) {
            expandAll(child, expanded);
        }
    }

    void dispose() {
        severityColours.values().forEach(Color::dispose);
    }
}
