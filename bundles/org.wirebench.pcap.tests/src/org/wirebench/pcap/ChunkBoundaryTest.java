package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;

/**
 * Files are mapped in chunks (1 GB in production, so that files over 2 and 4 GB map at all). With chunks of a
 * few bytes every record header, packet and option crosses chunk boundaries, and the file must read exactly as
 * with one chunk.
 */
class ChunkBoundaryTest {
    @TempDir
    Path folder;

    /** Record lengths that are not multiples of 4, so pcap record headers start at every alignment. */
    private Path pcap() throws IOException {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.BIG_ENDIAN).pcapHeader(CaptureBytes.NANOSECONDS, 65535, LinkType.ETHERNET);
        for (int i = 0; i < 60; i++) {
            bytes.pcapRecord(1_700_000_000L + i, i * 7919, CaptureBytes.data(i, (i * 13) % 97), 100);
        }
        return bytes.write(folder.resolve("chunks.pcap"));
    }

    private Path pcapng() throws IOException {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb("one").idb(LinkType.ETHERNET, 0, o -> o.option(2, "eth0").optionU8(9, 9));
        for (int i = 0; i < 30; i++) {
            bytes.epb(0, 1_700_000_000_000_000_000L + i * 1_000_003L, CaptureBytes.data(i, (i * 13) % 97), 100, i % 3 == 0 ? "comment " + i : null);
        }
        bytes.order(ByteOrder.BIG_ENDIAN).shb("two").idb(LinkType.RAW, 0, o -> o.optionU8(9, 0x80 | 30).optionU64(14, 5));
        for (int i = 30; i < 60; i++) {
            bytes.epb(0, (long) i << 30, CaptureBytes.data(i, (i * 13) % 97), 100, i % 4 == 0 ? "commentaire " + i : null);
        }
        return bytes.write(folder.resolve("chunks.pcapng"));
    }

    @ParameterizedTest(name = "chunks of 2^{0} bytes")
    @ValueSource(ints = { 1, 2, 3, 4, 5, 7, 9 })
    void pcapReadsTheSameInAnyChunkSize(int chunkShift) throws IOException {
        assertSameFrames(pcap(), chunkShift);
    }

    @ParameterizedTest(name = "chunks of 2^{0} bytes")
    @ValueSource(ints = { 1, 2, 3, 4, 5, 7, 9 })
    void pcapngReadsTheSameInAnyChunkSize(int chunkShift) throws IOException {
        assertSameFrames(pcapng(), chunkShift);
    }

    private static void assertSameFrames(Path file, int chunkShift) throws IOException {
        try (CaptureFile whole = CaptureFile.open(file); CaptureFile chunked = CaptureFile.open(file, false, chunkShift)) {
            assertEquals(60, whole.frameCount());
            assertEquals(whole.frameCount(), chunked.frameCount());
            assertEquals(whole.interfaces(), chunked.interfaces());
            assertEquals(whole.sectionComments(), chunked.sectionComments());
            assertEquals(whole.warnings(), chunked.warnings());
            for (int i = 0; i < whole.frameCount(); i++) {
                Frame expected = whole.read(i, null);
                Frame actual = chunked.read(i, null);
                assertEquals((i * 13) % 97, actual.capturedLength());
                assertArrayEquals(CaptureBytes.data(i, actual.capturedLength()), Arrays.copyOf(actual.data(), actual.capturedLength()));
                assertEquals(expected.timestampNanos(), actual.timestampNanos());
                assertEquals(expected.originalLength(), actual.originalLength());
                assertEquals(expected.captureInterface(), actual.captureInterface());
                assertEquals(expected.comment(), actual.comment());
            }
        }
    }
}
