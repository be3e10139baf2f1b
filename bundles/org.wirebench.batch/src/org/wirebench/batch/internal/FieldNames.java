package org.wirebench.batch.internal;

import java.util.ArrayList;
import java.util.List;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;

/** The `-e` field names of `-T fields`, resolved against the registry; an unknown one is a usage error. */
final class FieldNames {
    private static final int SUGGESTIONS = 3;

    private FieldNames() {
    }

    static List<Field> resolve(DissectorRegistry registry, List<String> names) throws UnknownFieldException {
        List<Field> fields = new ArrayList<>(names.size());
        for (String name : names) {
            Field field = org.wirebench.filter.FieldNames.find(registry, name);
            if (field == null) {
                List<String> near = org.wirebench.filter.FieldNames.nearest(registry, name, SUGGESTIONS);
                throw new UnknownFieldException("-e " + name + ": no such field"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
            }
            fields.add(field);
        }
        return fields;
    }
}
