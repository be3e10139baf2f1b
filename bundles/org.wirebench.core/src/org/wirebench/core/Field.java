package org.wirebench.core;

import java.util.Map;

/**
 * A registered field, like a Wireshark `hf_` entry: its filter name (`ip.src`) makes it a display-filter field,
 * a column candidate and a graph axis. Created through {@link Fields#add}.
 *
 * @param id         dense index in its registry, for arrays keyed by field
 * @param filterName `proto.field`
 * @param name       the display name ("Source Address")
 * @param valueNames names of values (`6` → `TCP`), empty when none
 * @param bitmask    for a bit field the mask within its integer, else 0
 */
public record Field(int id, String filterName, String name, FieldType type, Base base, Map<Long, String> valueNames,
        long bitmask) {

    /** The name of `value`, or null. */
    public String valueName(long value) {
        return valueNames.get(value);
    }

    /** The value of a bit field within the integer that holds it. */
    public long extract(long word) {
        return bitmask == 0 ? word : (word & bitmask) >>> Long.numberOfTrailingZeros(bitmask);
    }
}
