package org.wirebench.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.wirebench.core.internal.FrameDissector;

/**
 * The protocols, fields and dissector tables of one engine. Tables belong to the lower protocol (`ethertype`,
 * `ip.proto`, `tcp.port`, `udp.port`, `linktype`); upper protocols register in them; Decode As bindings made at
 * run time take precedence. The product builds one from the extension point; tests build one by hand.
 */
public final class DissectorRegistry {
    private final Fields fields = new Fields();
    private final Map<String, Protocol> protocols = new LinkedHashMap<>();
    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private static final int RECENT_TABLES = 8;
    /**
     * The first tables looked up, by the very string they were looked up with; replaced as a whole, never changed
     * (a thread that sees an older array only looks further).
     */
    private volatile Recent recentTables = new Recent(new String[0], new Table[0]);

    /** Tables by the strings they were looked up with: never changed once made. */
    private record Recent(String[] names, Table[] tables) {
        Recent with(String name, Table table) {
            String[] moreNames = java.util.Arrays.copyOf(names, names.length + 1);
            Table[] moreTables = java.util.Arrays.copyOf(tables, tables.length + 1);
            moreNames[names.length] = name;
            moreTables[tables.length] = table;
            return new Recent(moreNames, moreTables);
        }
    }
    private final Map<String, List<Protocol>> heuristics = new HashMap<>();
    private final Protocol frame;
    private final Field malformed;

    private DissectorRegistry(List<ProtocolSpec> specs) {
        malformed = fields.add("_ws.malformed", "Malformed Packet", FieldType.PROTOCOL);
        frame = add(new ProtocolSpec("frame", "Frame", "frame", List.of(), List.of(), FrameDissector::new));
        for (ProtocolSpec spec : specs) {
            add(spec);
        }
    }

    private Protocol add(ProtocolSpec spec) {
        if (protocols.containsKey(spec.id())) {
            throw new IllegalArgumentException("protocol " + spec.id() + " contributed twice");
        }
        Field field = fields.add(spec.filterPrefix(), spec.name(), FieldType.PROTOCOL);
        Function<Protocol, Dissector> loader = protocol -> {
            Dissector dissector = spec.factory().get();
            dissector.register(protocol, fields);
            return dissector;
        };
        Protocol protocol = new Protocol(spec, field, loader);
        protocols.put(spec.id(), protocol);
        for (Binding binding : spec.bindings()) {
            tables.computeIfAbsent(binding.table(), Table::new).contribute(binding.key(), protocol);
        }
        for (String list : spec.heuristicTables()) {
            heuristics.computeIfAbsent(list, l -> new ArrayList<>()).add(protocol);
        }
        return protocol;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects protocol declarations; {@link #build()} makes the registry. */
    public static final class Builder {
        private final List<ProtocolSpec> specs = new ArrayList<>();

        public Builder add(ProtocolSpec spec) {
            specs.add(spec);
            return this;
        }

        public Builder addAll(Collection<ProtocolSpec> all) {
            specs.addAll(all);
            return this;
        }

        public DissectorRegistry build() {
            return new DissectorRegistry(specs);
        }
    }

    // --- dissection -----------------------------------------------------------------------------------------

    /** Dissects one frame; `tree` keeps the protocol tree, otherwise only columns and expert items are made. */
    public Packet dissect(Frame frame, Session session, boolean tree) {
        return dissect(frame, session, tree, null);
    }

    /**
     * Dissects one frame for a reader of `wanted` fields (a display filter): the columns as in a summary pass, and
     * under {@link Packet#tree()} the items of those fields only, flat; protocols without a wanted field are not
     * dissected in detail.
     */
    public Packet dissect(Frame frame, Session session, FieldSet wanted) {
        return dissect(frame, session, false, wanted);
    }

    private Packet dissect(Frame frame, Session session, boolean tree, FieldSet wanted) {
        long previous = session == null ? frame.timestampNanos() : session.advance(frame);
        long first = session == null ? frame.timestampNanos() : session.firstNanos();
        Packet packet = new Packet(this, session, frame, tree, wanted, frame.timestampNanos() - first,
                frame.timestampNanos() - previous);
        try {
            packet.run(this.frame, frame.bytes(), packet.dissectionRoot());
        } finally {
            packet.finish();
        }
        return packet;
    }

    // --- lookups --------------------------------------------------------------------------------------------

    public Fields fields() {
        return fields;
    }

    public Protocol protocol(String id) {
        return protocols.get(id);
    }

    public Collection<Protocol> protocols() {
        return Collections.unmodifiableCollection(protocols.values());
    }

    /** The protocol for `key` in `table`: a Decode As binding first, then the contributed one; or null. */
    public Protocol lookup(String table, long key) {
        Table entries = table(table);
        return entries == null ? null : entries.lookup(key);
    }

    /** The table of this name, or null when no protocol registers in it and no Decode As binding was made. */
    Table table(String name) {
        // dissectors name their tables with constants: the same few strings, found by identity first
        Recent recent = recentTables;
        String[] names = recent.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return recent.tables[i];
            }
        }
        Table table = tables.get(name);
        if (table != null && names.length < RECENT_TABLES) {
            recentTables = recent.with(name, table);
        }
        return table;
    }

    /** The heuristic dissectors of a list (`tcp`, `udp`), in contribution order. */
    public List<Protocol> heuristics(String list) {
        List<Protocol> found = heuristics.get(list);
        return found == null ? List.of() : found;
    }

    /** Decode As: dissect `binding.key` of `binding.table` as `protocolId` from now on. */
    public void decodeAs(Binding binding, String protocolId) {
        Protocol protocol = protocols.get(protocolId);
        if (protocol == null) {
            throw new IllegalArgumentException("no protocol " + protocolId + " for Decode As " + binding);
        }
        tables.computeIfAbsent(binding.table(), Table::new).bind(binding.key(), protocol);
    }

    /**
     * A dissector table: the protocols contributed for its keys, and the Decode As bindings, which take precedence,
     * each in a map of primitive keys (no boxing per lookup). Contributions are made while the registry is built;
     * bindings may come at any time from any thread and replace the binding map as a whole.
     */
    final class Table {
        private final String name;
        private final LongMap contributed = new LongMap();
        private volatile LongMap bound;
        private List<Protocol> heuristicList;

        Table(String name) {
            this.name = name;
        }

        void contribute(long key, Protocol protocol) {
            if (contributed.get(key) == null) {
                contributed.put(key, protocol);
            }
        }

        synchronized void bind(long key, Protocol protocol) {
            LongMap copy = bound == null ? new LongMap() : bound.copy();
            copy.put(key, protocol);
            bound = copy;
        }

        Protocol lookup(long key) {
            LongMap overrides = bound;
            if (overrides != null) {
                Protocol protocol = overrides.get(key);
                if (protocol != null) {
                    return protocol;
                }
            }
            return contributed.get(key);
        }

        /** The heuristic dissectors of the transport this table belongs to (`tcp` for `tcp.port`). */
        List<Protocol> heuristics() {
            List<Protocol> list = heuristicList;
            if (list == null) {
                list = heuristicList = DissectorRegistry.this.heuristics(Packet.transportOf(name));
            }
            return list;
        }
    }

    /** Open addressing from long keys to protocols; null values are absent keys. */
    static final class LongMap {
        private long[] keys = new long[16];
        private Protocol[] values = new Protocol[16];
        private int size;

        Protocol get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask);; i = (i + 1) & mask) {
                Protocol value = values[i];
                if (value == null || keys[i] == key) {
                    return value;
                }
            }
        }

        void put(long key, Protocol protocol) {
            if (2 * (size + 1) > keys.length) {
                long[] oldKeys = keys;
                Protocol[] oldValues = values;
                keys = new long[2 * oldKeys.length];
                values = new Protocol[2 * oldKeys.length];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] != null) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int i = slot(key, mask);
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (values[i] == null) {
                size++;
            }
            keys[i] = key;
            values[i] = protocol;
        }

        LongMap copy() {
            LongMap copy = new LongMap();
            copy.keys = keys.clone();
            copy.values = values.clone();
            copy.size = size;
            return copy;
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }

    Field malformedField() {
        return malformed;
    }
}
