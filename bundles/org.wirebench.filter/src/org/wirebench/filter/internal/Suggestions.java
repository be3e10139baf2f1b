package org.wirebench.filter.internal;

import java.util.Comparator;
import java.util.List;

import org.wirebench.core.Field;
import org.wirebench.core.Fields;

/** The registered names nearest to a mistyped one, by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    static List<String> nearest(String name, Fields fields, int count) {
        int limit = Math.max(2, name.length() / 3);
        return fields.all().stream().map(Field::filterName).distinct()
                .map(candidate -> new Object[] { candidate, distance(name, candidate) })
                .filter(pair -> (int) pair[1] <= limit)
                .sorted(Comparator.comparingInt((Object[] pair) -> (int) pair[1]).thenComparing(pair -> (String) pair[0]))
                .limit(count).map(pair -> (String) pair[0]).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
