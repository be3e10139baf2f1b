package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;

/** pcapng files built block by block: sections in both byte orders, every packet block, blocks to skip, options. */
class PcapngReadingTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path folder;

    /**
     * Section 1, little-endian: Ethernet in nanoseconds, two enhanced packets, then blocks that carry no packet.
     * Section 2, big-endian: raw IP in 2^-20 s with a 100 s offset and 802.11 in milliseconds, then an enhanced,
     * an obsolete and a simple packet block.
     */
    private static CaptureBytes twoSections() {
        return new CaptureBytes(ByteOrder.LITTLE_ENDIAN)
                .shb("first section")
                .idb(LinkType.ETHERNET, 0, o -> o.option(2, "eth0").option(3, "readout link").optionU8(9, 9).optionU8(13, 4))
                .epb(0, 1_700_000_000L * SECOND + 1, CaptureBytes.data(0, 61), 61, "first packet")
                .block(4, new byte[] { 1, 0, 8, 0, 10, 0, 0, 1, 'h', 'o', 's', 't', 0, 0, 0, 0, 0, 0, 0, 0 }) // name resolution
                .block(5, new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }) // interface statistics
                .block(0x0000_0bad, new byte[] { 0, 0, 0x7e, (byte) 0xd9, 1, 2, 3 }) // custom, copyable
                .block(0x4000_0bad, new byte[] { 0, 0, 0x7e, (byte) 0xd9 }) // custom, not copyable
                .block(0x1234_5678, new byte[40]) // a type this reader does not know
                .epb(0, 1_700_000_001L * SECOND, CaptureBytes.data(1, 3), 1500, null)
                .order(ByteOrder.BIG_ENDIAN)
                .shb("second section", "with two comments")
                .idb(LinkType.RAW, 64, o -> o.optionU8(9, 0x80 | 20).optionU64(14, 100))
                .idb(LinkType.IEEE802_11, 0, o -> o.optionU8(9, 3))
                .epb(1, 1_234_567, CaptureBytes.data(2, 40), 40, "millisecond clock")
                .pb(0, (1000L << 20) + (1 << 19), CaptureBytes.data(3, 20), 20, "obsolete block")
                .spb(100, CaptureBytes.data(4, 64));
    }

    @Test
    void twoSectionsInBothByteOrders() throws IOException {
        try (CaptureFile capture = CaptureFile.open(twoSections().write(folder.resolve("sections.pcapng")))) {
            assertEquals(CaptureFormat.PCAPNG, capture.format());
            assertEquals(List.of(), capture.warnings());
            assertEquals(List.of(new CaptureInterface(0, LinkType.ETHERNET, 0, "eth0", "readout link", 4),
                    new CaptureInterface(1, LinkType.RAW, 64, null, null, -1),
                    new CaptureInterface(2, LinkType.IEEE802_11, 0, null, null, -1)), capture.interfaces());
            assertEquals(List.of(TimestampResolution.NANOSECONDS, new TimestampResolution(0x80 | 20), new TimestampResolution(3)),
                    List.of(capture.resolution(0), capture.resolution(1), capture.resolution(2)));
            assertEquals(List.of("first section", "second section", "with two comments"), capture.sectionComments());
            assertEquals(5, capture.frameCount());

            long[] timestamps = { 1_700_000_000L * SECOND + 1, 1_700_000_001L * SECOND, 1_234_567L * 1_000_000L,
                    (1000 + 100) * SECOND + SECOND / 2, 0 };
            int[] interfaceIds = { 0, 0, 2, 1, 1 };
            int[] captured = { 61, 3, 40, 20, 64 };
            int[] original = { 61, 1500, 40, 20, 100 };
            String[] comments = { "first packet", null, "millisecond clock", "obsolete block", null };
            Frame frame = null;
            for (int i = 0; i < 5; i++) {
                frame = capture.read(i, frame);
                assertEquals(timestamps[i], frame.timestampNanos(), "timestamp of frame " + (i + 1));
                assertEquals(interfaceIds[i], capture.interfaceId(i));
                assertEquals(capture.interfaces().get(interfaceIds[i]), frame.captureInterface());
                assertEquals(captured[i], frame.capturedLength());
                assertEquals(original[i], frame.originalLength());
                assertArrayEquals(CaptureBytes.data(i, captured[i]), Arrays.copyOf(frame.data(), captured[i]), "bytes of frame " + (i + 1));
                assertEquals(comments[i], frame.comment());
                assertEquals(comments[i], capture.comment(i));
            }
        }
    }

    @Test
    void aSimplePacketIsCutAtTheSnapLength() throws IOException {
        // the block holds 64 bytes of a 100-byte packet, padding included, and the snap length is 50
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb().idb(LinkType.ETHERNET, 50, o -> {
        }).spb(100, CaptureBytes.data(0, 64));
        try (CaptureFile capture = CaptureFile.open(bytes.write(folder.resolve("spb.pcapng")))) {
            assertEquals(50, capture.capturedLength(0));
            assertEquals(100, capture.originalLength(0));
            assertEquals(0, capture.timestampNanos(0), "a simple packet block has no timestamp");
        }
    }

    @Test
    void severalPacketCommentsAreJoinedByNewlines() throws IOException {
        byte[] data = CaptureBytes.data(0, 5);
        CaptureBytes body = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).u32(0).u32(0).u32(1000).u32(5).u32(5).bytes(data).pad()
                .option(1, "one").option(1, "two").u16(0).u16(0);
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb().idb(LinkType.ETHERNET, 0, o -> {
        }).block(6, body.toByteArray());
        try (CaptureFile capture = CaptureFile.open(bytes.write(folder.resolve("comments.pcapng")))) {
            assertEquals("one\ntwo", capture.comment(0));
            assertEquals(1_000_000, capture.timestampNanos(0), "microseconds when there is no if_tsresol");
        }
    }

    @Test
    void anUnsupportedResolutionFallsBackToMicrosecondsWithAWarning() throws IOException {
        Path file = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb().idb(LinkType.ETHERNET, 0, o -> o.optionU8(9, 30))
                .epb(0, 7, CaptureBytes.data(0, 4), 4, null).write(folder.resolve("tsresol.pcapng"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertEquals(TimestampResolution.MICROSECONDS, capture.resolution(0));
            assertEquals(7000, capture.timestampNanos(0));
            assertEquals(1, capture.warnings().size());
            assertTrue(capture.warnings().get(0).contains("tsresol.pcapng") && capture.warnings().get(0).contains("if_tsresol 30"),
                    capture.warnings().get(0));
        }
    }

    @Test
    void anOptionRunningPastItsBlockIsIgnoredWithAWarning() throws IOException {
        CaptureBytes body = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).u16(1).u16(0).u32(0).option(2, "eth0").u16(3).u16(200);
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb();
        int offset = bytes.size();
        Path file = bytes.block(1, body.toByteArray()).epb(0, 1, CaptureBytes.data(0, 4), 4, null).write(folder.resolve("option.pcapng"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertEquals("eth0", capture.interfaces().get(0).name());
            assertNull(capture.interfaces().get(0).description());
            assertEquals(1, capture.frameCount());
            assertEquals(List.of(file + ": an option of the block at offset " + offset + " runs past the block; the options after it are ignored"),
                    capture.warnings());
        }
    }
}
