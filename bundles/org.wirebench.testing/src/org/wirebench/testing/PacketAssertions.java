package org.wirebench.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/** What tests ask of a dissected packet: its items by filter name, the bytes they cover, where it broke, its columns. */
public final class PacketAssertions {

    private PacketAssertions() {
    }

    /** The first item, depth first, of field `filterName`, which must be registered and there. */
    public static Item item(Packet packet, String filterName) {
        Item item = packet.tree().find(field(packet, filterName));
        assertNotNull(item, filterName + " missing");
        return item;
    }

    /** Every item, depth first, of field `filterName`, which must be registered. */
    public static List<Item> items(Packet packet, String filterName) {
        return packet.tree().findAll(field(packet, filterName));
    }

    /** Field `filterName` is registered, but the packet has no item of it. */
    public static void assertAbsent(Packet packet, String filterName) {
        assertNull(packet.tree().find(field(packet, filterName)), filterName);
    }

    private static Field field(Packet packet, String filterName) {
        Field field = packet.registry().fields().get(filterName);
        assertNotNull(field, filterName + " not registered (by a dissector of this registry that has run)");
        return field;
    }

    /** The item covers `length` bytes from `frameOffset`, as the hex view highlights them. */
    public static void assertSpan(Item item, int frameOffset, int length) {
        assertEquals(frameOffset + "+" + length, item.frameOffset() + "+" + item.length(), item.label());
    }

    /** The frame offset where the engine found the packet malformed (its last expert), which it must be. */
    public static int malformedAt(Packet packet) {
        assertTrue(packet.malformed(), "malformed");
        return packet.experts().get(packet.experts().size() - 1).frameOffset();
    }

    /** The packet is malformed, and one of its experts is the engine's mark of that at `frameOffset`. */
    public static void assertMalformedAt(Packet packet, int frameOffset) {
        assertTrue(packet.malformed(), packet.info());
        assertTrue(packet.experts().stream().anyMatch(e -> e.frameOffset() == frameOffset && e.message().startsWith("Malformed")),
                packet.experts().toString());
    }

    /** The summary pass (no tree) must fill the columns as the full pass does, and break where it breaks. */
    public static void assertSameColumns(Packet full, Packet summary) {
        assertEquals(full.protocolColumn(), summary.protocolColumn(), "Protocol column");
        assertEquals(full.source(), summary.source(), "Source column");
        assertEquals(full.destination(), summary.destination(), "Destination column");
        assertEquals(full.info(), summary.info(), "Info column");
        assertEquals(full.layers(), summary.layers(), "protocol stack");
        assertEquals(full.experts().size(), summary.experts().size(), "expert items");
        assertEquals(full.malformed(), summary.malformed(), "malformed");
        if (full.malformed()) {
            assertEquals(malformedAt(full), malformedAt(summary), "malformed at");
        }
    }
}
