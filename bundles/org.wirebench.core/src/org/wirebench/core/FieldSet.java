package org.wirebench.core;

import java.util.BitSet;
import java.util.Collection;

/** The fields a reader of a dissection wants (a display filter's): a dissection for them keeps only their items. */
public final class FieldSet {
    private final BitSet ids = new BitSet();

    public FieldSet(Collection<Field> fields) {
        for (Field field : fields) {
            ids.set(field.id());
        }
    }

    public boolean contains(Field field) {
        return ids.get(field.id());
    }
}
