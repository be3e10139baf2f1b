package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;

/**
 * Damaged and foreign files: never a raw exception, never an allocation a length field asks for, always a
 * message naming the file and, where there is one, the offset; the frames before the damage stay readable.
 */
class BadInputTest {
    private static final int FRAMES = 5;

    @TempDir
    Path folder;

    /** A capture and where each of its records or blocks starts. */
    private record Built(byte[] bytes, List<Integer> offsets) {
        Path write(Path file) throws IOException {
            return Files.write(file, bytes);
        }
    }

    private static Built pcap() {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).pcapHeader(CaptureBytes.MICROSECONDS, 65535, LinkType.ETHERNET);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            offsets.add(bytes.size());
            bytes.pcapRecord(1_700_000_000L + i, i, CaptureBytes.data(i, 30 + i), 30 + i);
        }
        return new Built(bytes.toByteArray(), offsets);
    }

    private static Built pcapng() {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb("section").idb(LinkType.ETHERNET, 0, o -> o.option(2, "eth0"));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            offsets.add(bytes.size());
            bytes.epb(0, 1_700_000_000_000_000L + i, CaptureBytes.data(i, 30 + i), 30 + i, i % 2 == 0 ? "comment " + i : null);
        }
        return new Built(bytes.toByteArray(), offsets);
    }

    private static void put32(byte[] bytes, int offset, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    }

    /** The first `count` frames are those built, byte for byte. */
    private static void assertFirstFrames(CaptureFile capture, int count) {
        assertEquals(count, capture.frameCount());
        Frame frame = null;
        for (int i = 0; i < count; i++) {
            frame = capture.read(i, frame);
            assertEquals(30 + i, frame.capturedLength());
            assertArrayEquals(CaptureBytes.data(i, 30 + i), Arrays.copyOf(frame.data(), 30 + i));
        }
    }

    private static void assertMentions(String message, Object... parts) {
        for (Object part : parts) {
            assertTrue(message.contains(part.toString()), "\"" + part + "\" missing in: " + message);
        }
    }

    // --- truncated: read up to the last whole record, with a warning -------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "pcap", "pcapng" })
    void aTruncatedLastRecordLeavesTheOthersAndAWarning(String format) throws IOException {
        Built built = format.equals("pcap") ? pcap() : pcapng();
        Path file = Files.write(folder.resolve("cut." + format), Arrays.copyOf(built.bytes(), built.bytes().length - 3));
        for (CaptureFile capture : List.of(CaptureFile.open(file), CaptureFile.openStrict(file))) {
            try (capture) {
                assertFirstFrames(capture, FRAMES - 1);
                assertNull(capture.damage(), "a truncated end is no damage");
                assertEquals(1, capture.warnings().size());
                assertMentions(capture.warnings().get(0), file, "truncated", "at offset " + built.offsets().get(FRAMES - 1));
            }
        }
    }

    @Test
    void aFileEndingInsideARecordHeader() throws IOException {
        Built built = pcap();
        int last = built.offsets().get(FRAMES - 1);
        Path file = Files.write(folder.resolve("header.pcap"), Arrays.copyOf(built.bytes(), last + 10));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, FRAMES - 1);
            assertEquals(List.of(file + ": truncated record header at offset " + last + " (16 bytes announced, 10 in the file); the 4 frames before it are read"),
                    capture.warnings());
        }
    }

    // --- corrupt in the middle: the frames before it stay -----------------------------------------------------

    @ParameterizedTest(name = "block length {0}")
    @ValueSource(ints = { +4, 13, 8, -4 })
    void aCorruptBlockLengthInTheMiddle(int length) throws IOException {
        Built built = pcapng();
        int third = built.offsets().get(2);
        int announced = ByteBuffer.wrap(built.bytes()).order(ByteOrder.LITTLE_ENDIAN).getInt(third + 4);
        put32(built.bytes(), third + 4, length < 0 || length == 4 ? announced + length : length);
        Path file = built.write(folder.resolve("corrupt.pcapng"));

        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, 2);
            assertEquals("comment 0", capture.comment(0));
            assertEquals(third, capture.damage().offset());
            assertEquals(file, capture.damage().file());
            assertMentions(capture.damage().getMessage(), file, "at offset " + third);
            assertEquals(1, capture.warnings().size());
            assertMentions(capture.warnings().get(0), capture.damage().getMessage(), "the 2 frames before it are read");
        }
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFile.openStrict(file));
        assertMentions(e.getMessage(), file, "corrupt pcapng block", "at offset " + third);
    }

    @Test
    void aCorruptCapturedLengthInTheMiddleOfAPcap() throws IOException {
        Built built = pcap();
        int third = built.offsets().get(2);
        put32(built.bytes(), third + 8, 0x7fff_0000);
        Path file = built.write(folder.resolve("corrupt.pcap"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, 2);
            assertEquals(file + ": corrupt record: captured length 2147418112 exceeds the maximum of 262144 at offset " + third,
                    capture.damage().getMessage());
        }
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFile.openStrict(file));
        assertEquals(third, e.offset());
    }

    @Test
    void aPacketOfAnUndescribedInterface() throws IOException {
        Built built = pcapng();
        int fourth = built.offsets().get(3);
        put32(built.bytes(), fourth + 8, 1);
        Path file = built.write(folder.resolve("interface.pcapng"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, 3);
            assertMentions(capture.damage().getMessage(), file, "interface 1", "at offset " + fourth);
        }
    }

    @Test
    void aSecondSectionWithABadByteOrderMagic() throws IOException {
        byte[] first = pcapng().bytes();
        byte[] second = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).shb().toByteArray();
        put32(second, 8, 0x12345678);
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        Path file = Files.write(folder.resolve("sections.pcapng"), both);
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, FRAMES);
            assertMentions(capture.damage().getMessage(), file, "byte-order magic 0x78563412", "at offset " + first.length);
        }
    }

    // --- lying lengths: no allocation they ask for ------------------------------------------------------------

    @Test
    void aHugeCapturedLengthInThePcapRecordHeader() throws IOException {
        Built built = pcap();
        put32(built.bytes(), 24 + 8, 0xffff_fff0);
        Path file = built.write(folder.resolve("huge.pcap"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertEquals(0, capture.frameCount());
            assertMentions(capture.damage().getMessage(), file, "captured length 4294967280", "at offset 24");
        }
    }

    @Test
    void aHugeSnapLengthAllowsNoHugeRecord() throws IOException {
        Built built = pcap();
        put32(built.bytes(), 16, 0xffff_ffff);
        put32(built.bytes(), built.offsets().get(4) + 8, 0x7fff_fff0);
        Path file = built.write(folder.resolve("snap.pcap"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, 4);
            assertMentions(capture.warnings().get(0), file, "truncated record at offset " + built.offsets().get(4), "2147483648 bytes announced");
        }
    }

    @Test
    void aHugeCapturedLengthInAnEnhancedPacketBlock() throws IOException {
        Built built = pcapng();
        int second = built.offsets().get(1);
        put32(built.bytes(), second + 20, 0x7fff_fff0);
        Path file = built.write(folder.resolve("huge.pcapng"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, 1);
            assertMentions(capture.damage().getMessage(), file, "captured length 2147483632 exceeds its block", "at offset " + second);
        }
    }

    @Test
    void aHugeBlockLength() throws IOException {
        Built built = pcapng();
        int last = built.offsets().get(FRAMES - 1);
        put32(built.bytes(), last + 4, 0xffff_fff0);
        Path file = built.write(folder.resolve("block.pcapng"));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertFirstFrames(capture, FRAMES - 1);
            assertMentions(capture.warnings().get(0), file, "truncated block at offset " + last, "4294967280 bytes announced");
        }
    }

    // --- no capture at all ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "empty", "text", "random bytes", "three bytes", "gzip'd text" })
    void notACapture(String kind) throws IOException {
        byte[] bytes = switch (kind) {
            case "empty" -> new byte[0];
            case "text" -> "capture: see attached\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
            case "random bytes" -> {
                byte[] random = new byte[4096];
                new Random(42).nextBytes(random);
                yield random;
            }
            case "three bytes" -> new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2 };
            default -> gzip("not a capture\n".getBytes(StandardCharsets.US_ASCII));
        };
        Path file = Files.write(folder.resolve("input.bin"), bytes);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFile.open(file));
        assertMentions(e.getMessage(), file + ": not a pcap or pcapng file");
        assertEquals(-1, e.offset());
    }

    @Test
    void brokenGzipData() throws IOException {
        byte[] bytes = new byte[1000];
        new Random(7).nextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = (byte) 0x8b;
        bytes[2] = 8;
        bytes[3] = 0;
        Path file = Files.write(folder.resolve("broken.gz"), bytes);
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFile.open(file));
        assertMentions(e.getMessage(), file + ": not a pcap or pcapng file (broken gzip data");
    }

    @Test
    void aTruncatedPcapFileHeader() throws IOException {
        Path file = Files.write(folder.resolve("short.pcap"), Arrays.copyOf(pcap().bytes(), 10));
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFile.open(file));
        assertEquals(file + ": truncated pcap file header (10 of 24 bytes) at offset 0", e.getMessage());
    }

    @Test
    void aFirstSectionWithABadByteOrderMagic() throws IOException {
        Built built = pcapng();
        put32(built.bytes(), 8, 0);
        Path file = built.write(folder.resolve("magic.pcapng"));
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureFile.open(file));
        assertMentions(e.getMessage(), file, "byte-order magic", "at offset 0");
    }

    // --- gzip cut short ---------------------------------------------------------------------------------------

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aGzipStreamCutShortKeepsWhatItHolds() throws IOException {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).pcapHeader(CaptureBytes.MICROSECONDS, 65535, LinkType.ETHERNET);
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            byte[] data = new byte[100];
            random.nextBytes(data); // incompressible, so half the compressed file is about half the frames
            bytes.pcapRecord(i, 0, data, 100);
        }
        byte[] compressed = gzip(bytes.toByteArray());
        Path file = Files.write(folder.resolve("cut.pcap.gz"), Arrays.copyOf(compressed, compressed.length / 2));
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertTrue(capture.gzipped());
            assertTrue(capture.frameCount() > 500 && capture.frameCount() < 1500, "frames: " + capture.frameCount());
            assertMentions(capture.warnings().get(0), file + ": the gzip data breaks off after");
            assertEquals(capture.frameCount() - 1, capture.read(capture.frameCount() - 1, null).timestampNanos() / 1_000_000_000L);
        }
    }

    // --- whatever the damage ----------------------------------------------------------------------------------

    /**
     * Seeded random damage (bytes overwritten, files cut) to captures with options and comments: opening either
     * succeeds, and then every frame and comment reads, or throws {@link CaptureFormatException}. Nothing else.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "pcap", "pcapng" })
    void randomDamageIsReportedNeverThrownRaw(String format) throws IOException {
        byte[] intact = format.equals("pcap") ? pcap().bytes() : pcapng().bytes();
        Random random = new Random(format.hashCode());
        Path file = folder.resolve("fuzz." + format);
        for (int round = 0; round < 1000; round++) {
            byte[] bytes = Arrays.copyOf(intact, round % 4 == 0 ? random.nextInt(intact.length + 1) : intact.length);
            for (int k = random.nextInt(4); k >= 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? random.nextInt() : 0xff);
            }
            Files.write(file, bytes);
            for (boolean strict : new boolean[] { false, true }) {
                try (CaptureFile capture = strict ? CaptureFile.openStrict(file) : CaptureFile.open(file)) {
                    Frame frame = null;
                    for (int i = 0; i < capture.frameCount(); i++) {
                        frame = capture.read(i, frame);
                        assertTrue(frame.capturedLength() <= bytes.length);
                    }
                } catch (CaptureFormatException e) {
                    assertMentions(e.getMessage(), file);
                }
            }
        }
    }
}
