package org.wirebench.batch.internal;

import org.wirebench.core.Item;

/**
 * The protocol tree as the workbench shows it, laid out as `tshark -V` lays it out: a protocol per line at
 * the margin, each level below it four spaces further in. Hidden items (kept for filters) are not shown.
 */
final class TreeText {
    private TreeText() {
    }

    static void append(Item root, StringBuilder text) {
        for (Item child : root.children()) {
            append(child, 0, text);
        }
    }

    private static void append(Item item, int depth, StringBuilder text) {
        if (item.isHidden()) {
            return;
        }
        for (int i = 0; i < depth; i++) {
            text.append("    ");
        }
        text.append(item.label()).append('\n');
        for (Item child : item.children()) {
            append(child, depth + 1, text);
        }
    }
}
