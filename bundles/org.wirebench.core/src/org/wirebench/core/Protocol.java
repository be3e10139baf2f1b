package org.wirebench.core;

import java.util.function.Function;

/** A protocol of a registry: its declaration, its protocol field, and its dissector, created on first use. */
public final class Protocol {
    private final ProtocolSpec spec;
    private final Field field;
    private final Function<Protocol, Dissector> loader;
    private volatile Dissector dissector;

    Protocol(ProtocolSpec spec, Field field, Function<Protocol, Dissector> loader) {
        this.spec = spec;
        this.field = field;
        this.loader = loader;
    }

    public String id() {
        return spec.id();
    }

    public String name() {
        return spec.name();
    }

    public String filterPrefix() {
        return spec.filterPrefix();
    }

    public ProtocolSpec spec() {
        return spec;
    }

    /** The field of type PROTOCOL named by the filter prefix: `ip` in a filter, the protocol's line in the tree. */
    public Field field() {
        return field;
    }

    /** The dissector, created and registered on first call. */
    public Dissector dissector() {
        Dissector d = dissector;
        if (d == null) {
            synchronized (this) {
                d = dissector;
                if (d == null) {
                    d = loader.apply(this);
                    dissector = d;
                }
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
