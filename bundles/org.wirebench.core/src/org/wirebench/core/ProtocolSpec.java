package org.wirebench.core;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a protocol contribution declares without loading its classes: the extension point's attributes, or
 * what a test passes by hand.
 *
 * @param id              unique protocol id (`ip`)
 * @param name            display name (`Internet Protocol Version 4`)
 * @param filterPrefix    the filter name of the protocol and the prefix of its fields (`ip`)
 * @param bindings        the table keys it registers under
 * @param heuristicTables the heuristic lists it joins (`udp`, `tcp`); empty when it has no heuristic
 * @param factory         creates the dissector, on first use
 */
public record ProtocolSpec(String id, String name, String filterPrefix, List<Binding> bindings, List<String> heuristicTables,
        Supplier<Dissector> factory) {

    public ProtocolSpec {
        bindings = List.copyOf(bindings);
        heuristicTables = List.copyOf(heuristicTables);
    }
}
