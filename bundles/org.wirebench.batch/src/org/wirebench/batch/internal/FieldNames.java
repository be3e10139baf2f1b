package org.wirebench.batch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;
import org.wirebench.core.Protocol;

/**
 * Field names as the user types them, resolved against every field of the registry. Dissectors register their
 * fields when first used, so all are loaded before a name is judged unknown.
 */
final class FieldNames {
    private static final int SUGGESTIONS = 3;

    private FieldNames() {
    }

    static List<Field> resolve(DissectorRegistry registry, List<String> names) throws UnknownFieldException {
        registry.protocols().forEach(Protocol::dissector);
        List<Field> fields = new ArrayList<>(names.size());
        for (String name : names) {
            Field field = registry.fields().get(name);
            if (field == null) {
                List<String> near = nearest(registry, name);
                throw new UnknownFieldException("-e " + name + ": no such field"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
            }
            fields.add(field);
        }
        return fields;
    }

    /** The registered names closest to `name`: those that contain it first, then by edit distance. */
    static List<String> nearest(DissectorRegistry registry, String name) {
        int limit = Math.max(2, name.length() / 3);
        record Candidate(String name, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Field field : registry.fields().all()) {
            String known = field.filterName();
            if (known.startsWith("_ws.")) {
                continue;
            }
            int distance = known.contains(name) ? 0 : distance(name, known);
            if (distance <= limit) {
                candidates.add(new Candidate(known, distance));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return candidates.stream().limit(SUGGESTIONS).map(Candidate::name).toList();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
