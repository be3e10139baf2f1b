package org.wirebench.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The field registry: every field of every protocol, by filter name and by id. */
public final class Fields {
    private final List<Field> byId = new ArrayList<>();
    private final Map<String, Field> byName = new HashMap<>();

    /** Registers a field; a filter name registered twice must keep its type (as Wireshark requires). */
    public synchronized Field add(String filterName, String name, FieldType type, Base base, Map<Long, String> valueNames, long bitmask) {
        Field known = byName.get(filterName);
        if (known != null) {
            if (known.type() != type) {
                throw new IllegalArgumentException("field " + filterName + " registered as " + known.type() + " and " + type);
            }
            return known;
        }
        Field field = new Field(byId.size(), filterName, name, type, base, Map.copyOf(valueNames), bitmask);
        byId.add(field);
        byName.put(filterName, field);
        return field;
    }

    public Field add(String filterName, String name, FieldType type, Base base) {
        return add(filterName, name, type, base, Map.of(), 0);
    }

    public Field add(String filterName, String name, FieldType type) {
        return add(filterName, name, type, type.numeric() && type != FieldType.BOOLEAN ? Base.DEC : Base.NONE);
    }

    public synchronized Field get(String filterName) {
        return byName.get(filterName);
    }

    public synchronized Field get(int id) {
        return byId.get(id);
    }

    public synchronized List<Field> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId));
    }
}
