package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;

/** What {@link CaptureWriter} writes, {@link CaptureFile} reads back the same, also gzip-compressed. */
class RoundTripTest {
    private static final CaptureInterface ETHERNET = new CaptureInterface(0, LinkType.ETHERNET, 65535, "eth0", "the DAQ network", 4);
    private static final CaptureInterface RAW = new CaptureInterface(1, LinkType.RAW, 2048, "tun0", null, -1);
    private static final long BASE_NANOS = 1_700_000_000_123_456_000L;

    @TempDir
    Path folder;

    /**
     * Frames of lengths around the 4-byte padding and the writer's 64 KiB buffer, one empty, some shorter than
     * on the wire, with timestamps `step` apart plus `jitter` nanoseconds times the frame number.
     */
    private static List<Frame> frames(List<CaptureInterface> interfaces, long jitter, boolean comments) {
        int[] lengths = { 60, 61, 62, 63, 64, 0, 1, 1514, 70_000, 3 };
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CaptureInterface captureInterface = interfaces.get(i % interfaces.size());
            int length = lengths[i % lengths.length];
            String comment = comments && i % 3 == 0 ? "frame " + (i + 1) + " — “quoted”\nsecond line" : null;
            long nanos = BASE_NANOS + i * 1_234_567_000L + (captureInterface.id() == 0 ? i * jitter : 0);
            frames.add(new Frame().set(i + 1, nanos, CaptureBytes.data(i, length), length, length + (i % 2) * 100, captureInterface, comment));
        }
        return frames;
    }

    private Path write(CaptureWriter writer, Path target, List<Frame> frames) throws IOException {
        try (writer) {
            for (Frame frame : frames) {
                writer.write(frame);
            }
        }
        return target;
    }

    private Path gzipCopy(Path file) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(file, out);
        }
        return gz;
    }

    private static Set<Path> decompressedCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("wirebench-")).collect(Collectors.toSet());
        }
    }

    /** Opens `file`, or its gzip'd copy, and checks it holds `frames` on `interfaces`. */
    private void assertReads(Path file, boolean gzip, CaptureFormat format, List<CaptureInterface> interfaces, List<Frame> frames) throws IOException {
        Set<Path> copiesBefore = decompressedCopies();
        Path opened = gzip ? gzipCopy(file) : file;
        try (CaptureFile capture = CaptureFile.open(opened)) {
            assertEquals(opened, capture.path());
            assertEquals(format, capture.format());
            assertEquals(gzip, capture.gzipped());
            assertEquals(interfaces, capture.interfaces());
            assertEquals(List.of(), capture.warnings());
            assertEquals(frames.size(), capture.frameCount());
            Frame read = null;
            for (int i = 0; i < frames.size(); i++) {
                Frame expected = frames.get(i);
                read = capture.read(i, read);
                assertEquals(i + 1, read.number());
                assertEquals(expected.timestampNanos(), read.timestampNanos(), "timestamp of frame " + (i + 1));
                assertEquals(expected.timestampNanos(), capture.timestampNanos(i));
                assertEquals(expected.capturedLength(), read.capturedLength());
                assertEquals(expected.originalLength(), read.originalLength());
                assertEquals(expected.captureInterface().id(), capture.interfaceId(i));
                assertEquals(interfaces.get(expected.captureInterface().id()), read.captureInterface());
                assertArrayEquals(expected.data(), Arrays.copyOf(read.data(), read.capturedLength()), "bytes of frame " + (i + 1));
                assertEquals(format == CaptureFormat.PCAPNG ? expected.comment() : null, read.comment());
            }
        }
        assertEquals(copiesBefore, decompressedCopies(), "the decompressed copy is deleted on close");
    }

    @ParameterizedTest(name = "gzip {0}")
    @ValueSource(booleans = { false, true })
    void pcapMicroseconds(boolean gzip) throws IOException {
        List<Frame> frames = frames(List.of(ETHERNET), 0, false);
        Path file = write(CaptureWriter.pcap(folder.resolve("us.pcap"), ETHERNET, TimestampResolution.MICROSECONDS), folder.resolve("us.pcap"), frames);
        // pcap keeps neither names nor descriptions
        List<CaptureInterface> interfaces = List.of(new CaptureInterface(0, LinkType.ETHERNET, 65535, null, null, 4));
        assertReads(file, gzip, CaptureFormat.PCAP, interfaces, frames);
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertEquals(TimestampResolution.MICROSECONDS, capture.resolution(0));
        }
    }

    @ParameterizedTest(name = "gzip {0}")
    @ValueSource(booleans = { false, true })
    void pcapNanoseconds(boolean gzip) throws IOException {
        CaptureInterface raw = new CaptureInterface(0, LinkType.RAW, 262144, null, null, -1);
        List<Frame> frames = frames(List.of(raw), 7, false);
        Path file = write(CaptureWriter.pcap(folder.resolve("ns.pcap"), raw, TimestampResolution.NANOSECONDS), folder.resolve("ns.pcap"), frames);
        assertReads(file, gzip, CaptureFormat.PCAP, List.of(raw), frames);
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertEquals(TimestampResolution.NANOSECONDS, capture.resolution(0));
        }
    }

    @ParameterizedTest(name = "gzip {0}")
    @ValueSource(booleans = { false, true })
    void pcapngTwoInterfacesOfDifferentLinkTypesWithComments(boolean gzip) throws IOException {
        List<CaptureInterface> interfaces = List.of(ETHERNET, RAW);
        List<Frame> frames = frames(interfaces, 7, true);
        Path target = folder.resolve("two.pcapng");
        CaptureWriter writer = CaptureWriter.pcapng(target, "DAQ run 42\nbeam on");
        writer.addInterface(ETHERNET, TimestampResolution.NANOSECONDS);
        writer.addInterface(RAW, TimestampResolution.MICROSECONDS);
        Path file = write(writer, target, frames);
        assertReads(file, gzip, CaptureFormat.PCAPNG, interfaces, frames);
        try (CaptureFile capture = CaptureFile.open(file)) {
            assertEquals(List.of("DAQ run 42\nbeam on"), capture.sectionComments());
            assertEquals(TimestampResolution.NANOSECONDS, capture.resolution(0));
            assertEquals(TimestampResolution.MICROSECONDS, capture.resolution(1));
        }
    }

    @Test
    void aFileReadIsWrittenAgainUnchanged() throws IOException {
        List<CaptureInterface> interfaces = List.of(ETHERNET, RAW);
        Path first = folder.resolve("first.pcapng");
        CaptureWriter writer = CaptureWriter.pcapng(first, "section");
        writer.addInterface(ETHERNET, TimestampResolution.MICROSECONDS);
        writer.addInterface(RAW, new TimestampResolution(0x80 | 20));
        write(writer, first, frames(interfaces, 0, true));
        Path second = folder.resolve("second.pcapng");
        try (CaptureFile capture = CaptureFile.open(first); CaptureWriter copy = CaptureWriter.pcapng(second, capture.sectionComments().get(0))) {
            for (CaptureInterface captureInterface : capture.interfaces()) {
                copy.addInterface(captureInterface, capture.resolution(captureInterface.id()));
            }
            Frame frame = null;
            for (int i = 0; i < capture.frameCount(); i++) {
                frame = capture.read(i, frame);
                copy.write(frame);
            }
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void readReusesTheCallersFrameAndArray() throws IOException {
        List<Frame> frames = frames(List.of(ETHERNET), 0, false);
        Path file = write(CaptureWriter.pcap(folder.resolve("reuse.pcap"), ETHERNET, TimestampResolution.MICROSECONDS), folder.resolve("reuse.pcap"), frames);
        try (CaptureFile capture = CaptureFile.open(file)) {
            Frame big = capture.read(8, null); // 70,000 bytes
            byte[] array = big.data();
            Frame small = capture.read(0, big);
            assertSame(big, small);
            assertSame(array, small.data(), "a large enough array is reused");
            assertEquals(1, small.number());
            assertEquals(60, small.capturedLength());
            Frame fresh = capture.read(8, new Frame());
            assertNotSame(array, fresh.data());
            assertEquals(70_000, fresh.capturedLength());
        }
    }

    @Test
    void aClosedFileRefusesToRead() throws IOException {
        Path file = write(CaptureWriter.pcap(folder.resolve("closed.pcap"), ETHERNET, TimestampResolution.MICROSECONDS), folder.resolve("closed.pcap"),
                frames(List.of(ETHERNET), 0, false));
        CaptureFile capture = CaptureFile.open(file);
        capture.close();
        assertEquals(40, capture.frameCount());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> capture.read(0, null));
        assertTrue(e.getMessage().contains("closed.pcap"), e.getMessage());
    }
}
