package org.wirebench.filter.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.wirebench.filter.FilterException;

/**
 * Wireshark's slice operator: `[i:j]` (start and length), `[i-j]` (first and last), `[i]`, `[:j]`, `[i:]`,
 * negative offsets from the end, and several ranges joined by commas. A range outside the value gives no value.
 */
record Slice(List<int[]> ranges) {
    private static final int TO_END = Integer.MAX_VALUE;

    static Slice parse(String text, int position) throws FilterException {
        List<int[]> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int colon = p.indexOf(':');
                int dash = p.indexOf('-', 1);
                if (colon >= 0) {
                    int start = colon == 0 ? 0 : Integer.parseInt(p.substring(0, colon));
                    int length = colon == p.length() - 1 ? TO_END : Integer.parseInt(p.substring(colon + 1));
                    ranges.add(new int[] { start, length });
                } else if (dash > 0) {
                    int first = Integer.parseInt(p.substring(0, dash));
                    int last = Integer.parseInt(p.substring(dash + 1));
                    if (last < first) {
                        throw new NumberFormatException();
                    }
                    ranges.add(new int[] { first, last - first + 1 });
                } else {
                    ranges.add(new int[] { Integer.parseInt(p), 1 });
                }
            } catch (NumberFormatException e) {
                throw new FilterException("position " + position + ": '[" + text + "]' is not a slice: write [start:length], "
                        + "[first-last], [index], [:length] or [start:]", position);
            }
        }
        return new Slice(ranges);
    }

    /** The bytes the ranges select, or null when a range lies outside `value`. */
    byte[] apply(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] range : ranges) {
            int start = range[0] < 0 ? value.length + range[0] : range[0];
            int length = range[1] == TO_END ? value.length - start : range[1];
            if (start < 0 || length < 0 || start + length > value.length) {
                return null;
            }
            out.write(value, start, length);
        }
        return out.toByteArray();
    }
}
