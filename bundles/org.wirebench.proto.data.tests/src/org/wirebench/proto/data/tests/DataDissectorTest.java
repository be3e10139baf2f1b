package org.wirebench.proto.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.Frames.capture;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.proto.data.internal.DataDissector;
import org.wirebench.testing.Registries;

/** The `data` protocol, bound under a made-up link type so the frame's bytes reach it directly. */
class DataDissectorTest {
    private final DissectorRegistry registry = registry(spec("data", "Data", "data", DataDissector::new, "linktype=" + TEST_LINK_TYPE));

    private Packet dissect(byte[] bytes, int originalLength, boolean tree) {
        return Registries.dissect(registry, capture(TEST_LINK_TYPE), bytes, originalLength, tree);
    }

    @Test
    void showsTheBytesAndTheirCount() {
        byte[] bytes = { 0x01, 0x02, (byte) 0xfe };
        Packet packet = dissect(bytes, bytes.length, true);

        Item data = item(packet, "data");
        assertEquals("Data (3 bytes)", data.label());
        assertEquals(0, data.frameOffset());
        assertEquals(3, data.length());
        Item value = item(packet, "data.data");
        assertArrayEquals(bytes, (byte[]) value.value());
        assertEquals("Data: 0102fe", value.label());
        assertEquals(3, value.length());
        Item length = item(packet, "data.len");
        assertEquals(3, length.number());
        assertTrue(length.isGenerated());
        assertEquals("[Length: 3]", length.label());
        assertFalse(packet.malformed());
        assertEquals("frame:data", packet.layers());
    }

    @Test
    void oneByteIsSingular() {
        assertEquals("Data (1 byte)", item(dissect(new byte[] { 0x7f }, 1, true), "data").label());
    }

    @Test
    void showsOnlyWhatTheSnapLengthKept() {
        Packet packet = dissect(new byte[] { 1, 2, 3, 4 }, 1500, true);

        assertEquals(4, item(packet, "data.len").number());
        assertFalse(packet.malformed(), "a snapped payload is not a malformed one");
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void nothingCapturedShowsNothing() {
        Packet packet = dissect(new byte[0], 60, true);

        assertAbsent(packet, "data");
        assertFalse(packet.malformed());
    }

    @Test
    void leavesTheColumnsToTheLayerThatGaveUp() {
        for (boolean tree : new boolean[] { true, false }) {
            Packet packet = dissect(new byte[] { 1, 2 }, 2, tree);
            assertEquals("", packet.protocolColumn());
            assertEquals("", packet.info());
            assertEquals("", packet.source());
        }
    }
}
