package org.wirebench.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;
import org.wirebench.core.Protocol;

/**
 * Field names as users type them (`-Y`, `-e`), resolved against a registry. Dissectors register their fields when
 * first used, so the protocol a name belongs to is made to register them before the name is judged unknown.
 */
public final class FieldNames {
    private FieldNames() {
    }

    /** The field of filter name `name`, or null. */
    public static Field find(DissectorRegistry registry, String name) {
        Field field = registry.fields().get(name);
        if (field == null) {
            for (Protocol protocol : registry.protocols()) {
                if (name.startsWith(protocol.filterPrefix() + ".")) {
                    protocol.dissector();
                }
            }
            field = registry.fields().get(name);
        }
        return field;
    }

    /** Up to `count` registered names closest to `name`: those that contain it first, then by edit distance. */
    public static List<String> nearest(DissectorRegistry registry, String name, int count) {
        registry.protocols().forEach(Protocol::dissector); // every name registered, to suggest from them all
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
        return candidates.stream().map(Candidate::name).distinct().limit(count).toList();
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
