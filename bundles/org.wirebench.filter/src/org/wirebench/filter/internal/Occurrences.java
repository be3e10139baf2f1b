package org.wirebench.filter.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * The items of one frame's tree that a filter reads, gathered in one walk: for each field the filter names, its
 * occurrences in tree order (a field may occur several times: `ip.addr`, tunnelled headers).
 */
public final class Occurrences {
    private final int[] slotOfField;
    private final List<List<Item>> items;
    private Packet packet;

    /** For the fields `needed`; slot i of {@link #of} holds the items of needed[i]. */
    public static Occurrences over(List<Field> needed) {
        return new Occurrences(needed);
    }

    private Occurrences(List<Field> needed) {
        int max = needed.stream().mapToInt(Field::id).max().orElse(-1);
        slotOfField = new int[max + 1];
        Arrays.fill(slotOfField, -1);
        items = new ArrayList<>(needed.size());
        for (int i = 0; i < needed.size(); i++) {
            slotOfField[needed.get(i).id()] = i;
            items.add(new ArrayList<>(2));
        }
    }

    public void collect(Packet packet) {
        for (List<Item> list : items) {
            list.clear();
        }
        this.packet = packet;
        walk(packet.tree());
    }

    private void walk(Item item) {
        for (Item child : item.children()) {
            Field field = child.field();
            if (field != null && field.id() < slotOfField.length && slotOfField[field.id()] >= 0) {
                items.get(slotOfField[field.id()]).add(child);
            }
            walk(child);
        }
    }

    List<Item> of(int slot) {
        return items.get(slot);
    }

    /** The frame's bytes, copied out of the capture only when a slice needs them. */
    byte[] frame() {
        return packet.frame().data();
    }
}
