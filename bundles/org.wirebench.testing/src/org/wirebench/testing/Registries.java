package org.wirebench.testing;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.wirebench.core.Binding;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Packet;
import org.wirebench.core.ProtocolSpec;

/** Registries built by hand, without OSGi, with only the protocols a test needs; and one frame's dissection by them. */
public final class Registries {

    private Registries() {
    }

    /** A protocol without a heuristic, registered under `bindings` (`table=key`). */
    public static ProtocolSpec spec(String id, String name, String filterPrefix, Supplier<Dissector> factory, String... bindings) {
        return new ProtocolSpec(id, name, filterPrefix, Arrays.stream(bindings).map(Binding::parse).toList(), List.of(), factory);
    }

    public static DissectorRegistry registry(ProtocolSpec... specs) {
        return DissectorRegistry.builder().addAll(List.of(specs)).build();
    }

    /** Frame 1 of `bytes` on an interface of `linkType`, without a session; `tree` keeps the tree. */
    public static Packet dissect(DissectorRegistry registry, int linkType, byte[] bytes, boolean tree) {
        return dissect(registry, Frames.capture(linkType), bytes, bytes.length, tree);
    }

    /**
     * Frame 1 dissected in a summary pass, then in a full pass, which must fill the same columns; returns the full
     * pass, the one stubs saw last.
     */
    public static Packet dissectBothPasses(DissectorRegistry registry, int linkType, byte[] bytes) {
        Packet summary = dissect(registry, linkType, bytes, false);
        Packet full = dissect(registry, linkType, bytes, true);
        PacketAssertions.assertSameColumns(full, summary);
        return full;
    }

    /** Frame 1 on `capture`, `bytes` captured of `originalLength` on the wire, without a session. */
    public static Packet dissect(DissectorRegistry registry, CaptureInterface capture, byte[] bytes, int originalLength, boolean tree) {
        return registry.dissect(Frames.frame(capture, bytes, originalLength), null, tree);
    }
}
