package org.wirebench.core;

/**
 * A protocol dissector, contributed through the extension point `org.wirebench.core.dissectors` or added to a
 * {@link DissectorRegistry.Builder} by hand. One instance serves one registry; it keeps no per-packet state.
 */
public interface Dissector {

    /** Called once, before the first dissection: declare the protocol's fields here. */
    void register(Protocol protocol, Fields fields);

    /**
     * Dissects `data`, which starts at this protocol's header, adds items under `parent` and hands the payload
     * on through {@link Packet#callTable}, {@link Packet#callPorts} or {@link Packet#callData}. Reads past the
     * end throw {@link TruncatedException}; the engine marks the packet malformed where that happened.
     */
    void dissect(ByteView data, Packet packet, Item parent);
}
