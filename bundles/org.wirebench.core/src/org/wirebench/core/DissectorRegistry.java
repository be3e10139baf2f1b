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
    private final Map<String, Map<Long, Protocol>> tables = new HashMap<>();
    private final Map<String, Map<Long, Protocol>> decodeAs = new ConcurrentHashMap<>();
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
            tables.computeIfAbsent(binding.table(), t -> new HashMap<>()).putIfAbsent(binding.key(), protocol);
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
        long previous = session == null ? frame.timestampNanos() : session.advance(frame);
        long first = session == null ? frame.timestampNanos() : session.firstNanos();
        Packet packet = new Packet(this, session, frame, tree, frame.timestampNanos() - first, frame.timestampNanos() - previous);
        packet.run(this.frame, frame.bytes(), packet.tree());
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
        Map<Long, Protocol> bound = decodeAs.get(table);
        Protocol protocol = bound == null ? null : bound.get(key);
        if (protocol == null) {
            Map<Long, Protocol> entries = tables.get(table);
            protocol = entries == null ? null : entries.get(key);
        }
        return protocol;
    }

    /** The heuristic dissectors of a list (`tcp`, `udp`), in contribution order. */
    public List<Protocol> heuristics(String list) {
        return heuristics.getOrDefault(list, List.of());
    }

    /** Decode As: dissect `binding.key` of `binding.table` as `protocolId` from now on. */
    public void decodeAs(Binding binding, String protocolId) {
        Protocol protocol = protocols.get(protocolId);
        if (protocol == null) {
            throw new IllegalArgumentException("no protocol " + protocolId + " for Decode As " + binding);
        }
        decodeAs.computeIfAbsent(binding.table(), t -> new ConcurrentHashMap<>()).put(binding.key(), protocol);
    }

    Field malformedField() {
        return malformed;
    }
}
