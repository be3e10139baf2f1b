package org.wirebench.proto.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Binding;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.ProtocolSpec;
import org.wirebench.proto.data.internal.DataDissector;

/** The `data` protocol, bound under a made-up link type so the frame's bytes reach it directly. */
class DataDissectorTest {
    private static final int TEST_LINK_TYPE = 147; // LINKTYPE_USER0

    private final DissectorRegistry registry = DissectorRegistry.builder()
            .add(new ProtocolSpec("data", "Data", "data", List.of(new Binding("linktype", TEST_LINK_TYPE)), List.of(), DataDissector::new))
            .build();

    private Packet dissect(byte[] bytes, int originalLength, boolean tree) {
        Frame frame = new Frame().set(1, 0, bytes, bytes.length, originalLength, new CaptureInterface(0, TEST_LINK_TYPE, 0, null, null, -1), null);
        return registry.dissect(frame, null, tree);
    }

    private Item field(Packet packet, String filterName) {
        return packet.tree().find(registry.fields().get(filterName));
    }

    @Test
    void showsTheBytesAndTheirCount() {
        byte[] bytes = { 0x01, 0x02, (byte) 0xfe };
        Packet packet = dissect(bytes, bytes.length, true);

        Item data = field(packet, "data");
        assertEquals("Data (3 bytes)", data.label());
        assertEquals(0, data.frameOffset());
        assertEquals(3, data.length());
        Item value = field(packet, "data.data");
        assertArrayEquals(bytes, (byte[]) value.value());
        assertEquals("Data: 0102fe", value.label());
        assertEquals(3, value.length());
        Item length = field(packet, "data.len");
        assertEquals(3, length.number());
        assertTrue(length.isGenerated());
        assertEquals("[Length: 3]", length.label());
        assertFalse(packet.malformed());
        assertEquals("frame:data", packet.layers());
    }

    @Test
    void oneByteIsSingular() {
        assertEquals("Data (1 byte)", field(dissect(new byte[] { 0x7f }, 1, true), "data").label());
    }

    @Test
    void showsOnlyWhatTheSnapLengthKept() {
        Packet packet = dissect(new byte[] { 1, 2, 3, 4 }, 1500, true);

        assertEquals(4, field(packet, "data.len").number());
        assertFalse(packet.malformed(), "a snapped payload is not a malformed one");
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void nothingCapturedShowsNothing() {
        Packet packet = dissect(new byte[0], 60, true);

        assertNull(field(packet, "data"));
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
