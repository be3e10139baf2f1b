package org.wirebench.proto.ipv4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.wirebench.core.Binding;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.ProtocolSpec;

/** Frames built from bytes and registries built by hand, with only the protocols a test needs. */
final class Wire {
    /** LINKTYPE_USER0: a test binds the protocol under test here to feed it the frame's bytes directly. */
    static final int TEST_LINK_TYPE = 147;

    private Wire() {
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** `bytes` followed by zeros up to `length`. */
    static byte[] padded(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    static ProtocolSpec spec(String id, String name, String filterPrefix, Supplier<Dissector> factory, String... bindings) {
        return new ProtocolSpec(id, name, filterPrefix, Arrays.stream(bindings).map(Binding::parse).toList(), List.of(), factory);
    }

    static DissectorRegistry registry(ProtocolSpec... specs) {
        return DissectorRegistry.builder().addAll(List.of(specs)).build();
    }

    static Packet dissect(DissectorRegistry registry, int linkType, byte[] bytes, boolean tree) {
        return dissect(registry, new CaptureInterface(0, linkType, 0, null, null, -1), bytes, bytes.length, tree);
    }

    static Packet dissect(DissectorRegistry registry, CaptureInterface capture, byte[] bytes, int originalLength, boolean tree) {
        Frame frame = new Frame().set(1, 1_000_000_000L, bytes, bytes.length, originalLength, capture, null);
        return registry.dissect(frame, null, tree);
    }

    /** The first item of field `filterName`, which must be there. */
    static Item field(DissectorRegistry registry, Packet packet, String filterName) {
        Field field = registry.fields().get(filterName);
        assertNotNull(field, filterName + " not registered (by a dissector of this registry that has run)");
        Item item = packet.tree().find(field);
        assertNotNull(item, filterName + " missing");
        return item;
    }

    static void assertSpan(int frameOffset, int length, Item item) {
        assertEquals(frameOffset + "+" + length, item.frameOffset() + "+" + item.length(), item.label());
    }

    /** The frame offset where the engine found the packet malformed (its last expert), which it must be. */
    static int malformedAt(Packet packet) {
        assertTrue(packet.malformed(), "malformed");
        return packet.experts().get(packet.experts().size() - 1).frameOffset();
    }

    /** The summary pass (no tree) must fill the columns as the full pass does, and break where it breaks. */
    static void assertSameColumns(Packet full, Packet summary) {
        assertEquals(full.protocolColumn(), summary.protocolColumn(), "Protocol column");
        assertEquals(full.source(), summary.source(), "Source column");
        assertEquals(full.destination(), summary.destination(), "Destination column");
        assertEquals(full.info(), summary.info(), "Info column");
        assertEquals(full.layers(), summary.layers(), "protocol stack");
        assertEquals(full.malformed(), summary.malformed(), "malformed");
        if (full.malformed()) {
            assertEquals(malformedAt(full), malformedAt(summary), "malformed at");
        }
    }
}
