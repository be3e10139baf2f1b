package org.wirebench.proto.ethernet.internal;

import java.util.List;

import org.wirebench.core.Item;

/**
 * How far into the frame the upper layers' items reach. Wireshark learns where an Ethernet II payload ends from
 * the length its sub-dissector sets on the buffer (IP's total length, ARP's address sizes); the core API returns
 * nothing from a dissector, so the end of what the upper layers put items on in the frame stands in for it. Only a full
 * dissection has items, and only it shows padding.
 */
final class ClaimedBytes {

    private ClaimedBytes() {
    }

    /** The frame offset just past the furthest byte covered by `parent`'s children from `firstChild` on. */
    static int end(Item parent, int firstChild) {
        int end = 0;
        List<Item> children = parent.children();
        for (int i = firstChild; i < children.size(); i++) {
            end = Math.max(end, deepEnd(children.get(i)));
        }
        return end;
    }

    private static int deepEnd(Item item) {
        // an item in reassembled bytes claims nothing of this frame
        int end = item.length() > 0 && item.dataSource() == null ? item.frameOffset() + item.length() : 0;
        for (Item child : item.children()) {
            end = Math.max(end, deepEnd(child));
        }
        return end;
    }
}
