package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;

/** How {@link CaptureWriter} writes: the target appears whole on close, arguments it cannot honour are refused. */
class CaptureWriterTest {
    private static final CaptureInterface ETHERNET = new CaptureInterface(0, LinkType.ETHERNET, 65535, null, null, -1);
    private static final CaptureInterface RAW = new CaptureInterface(1, LinkType.RAW, 65535, null, null, -1);

    @TempDir
    Path folder;

    private static Frame frame(CaptureInterface captureInterface) {
        return new Frame().set(1, 1_000_000_000L, CaptureBytes.data(0, 10), 10, 10, captureInterface, null);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).toList();
        }
    }

    @Test
    void theTargetAppearsOnlyWhenClosedAndReplacesAnOlderFile() throws IOException {
        Path target = Files.writeString(folder.resolve("run.pcapng"), "an older file");
        CaptureWriter writer = CaptureWriter.pcapng(target, null);
        writer.addInterface(ETHERNET, TimestampResolution.MICROSECONDS);
        writer.write(frame(ETHERNET));
        assertEquals("an older file", Files.readString(target), "the target is untouched while writing");
        assertEquals(2, files().size(), "the capture is written beside the target");
        writer.close();
        assertEquals(List.of(target.getFileName()), files(), "renamed to the target, nothing left beside it");
        try (CaptureFile capture = CaptureFile.open(target)) {
            assertEquals(1, capture.frameCount());
        }
    }

    @Test
    void theCaptureGetsTheFolderDefaultPermissions() throws IOException {
        Assumptions.assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "POSIX permissions only");
        Path reference = Files.createFile(folder.resolve("reference"));
        Path target = folder.resolve("run.pcap");
        CaptureWriter.pcap(target, ETHERNET, TimestampResolution.MICROSECONDS).close();
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void anEmptyCaptureHasItsHeaders() throws IOException {
        Path pcap = folder.resolve("empty.pcap");
        CaptureWriter.pcap(pcap, ETHERNET, TimestampResolution.NANOSECONDS).close();
        assertEquals(24, Files.size(pcap));
        Path pcapng = folder.resolve("empty.pcapng");
        CaptureWriter.pcapng(pcapng, null).close();
        try (CaptureFile a = CaptureFile.open(pcap); CaptureFile b = CaptureFile.open(pcapng)) {
            assertEquals(0, a.frameCount());
            assertEquals(0, b.frameCount());
            assertEquals(List.of(), b.interfaces());
            assertEquals(List.of(), b.warnings());
        }
    }

    @Test
    void pcapWritesItsByteOrderMagic() throws IOException {
        Path target = folder.resolve("magic.pcap");
        CaptureWriter.pcap(target, new CaptureInterface(0, LinkType.ETHERNET, 65535, null, null, 4), TimestampResolution.MICROSECONDS).close();
        byte[] header = Files.readAllBytes(target);
        assertArrayEquals(new byte[] { (byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0 }, Arrays.copyOf(header, 8));
        assertArrayEquals(new byte[] { 1, 0, 0, 0x24 }, Arrays.copyOfRange(header, 20, 24), "Ethernet, FCS of two 16-bit words");
    }

    @Test
    void refusedArgumentsLeaveNoFile() throws IOException {
        Path target = folder.resolve("refused.pcap");
        assertThrows(IllegalArgumentException.class, () -> CaptureWriter.pcap(target, ETHERNET, new TimestampResolution(3)));
        assertThrows(IllegalArgumentException.class,
                () -> CaptureWriter.pcap(target, new CaptureInterface(0, LinkType.ETHERNET, 0, null, null, 3), TimestampResolution.MICROSECONDS));
        assertEquals(List.of(), files());
    }

    @Test
    void pcapHoldsOneInterface() throws IOException {
        try (CaptureWriter writer = CaptureWriter.pcap(folder.resolve("one.pcap"), ETHERNET, TimestampResolution.MICROSECONDS)) {
            assertThrows(IllegalStateException.class, () -> writer.addInterface(RAW, TimestampResolution.MICROSECONDS));
            assertThrows(IllegalArgumentException.class, () -> writer.write(frame(RAW)));
        }
    }

    @Test
    void pcapngInterfacesAreAddedInTheOrderOfTheirIds() throws IOException {
        try (CaptureWriter writer = CaptureWriter.pcapng(folder.resolve("order.pcapng"), null)) {
            assertThrows(IllegalArgumentException.class, () -> writer.addInterface(RAW, TimestampResolution.MICROSECONDS));
            assertThrows(IllegalArgumentException.class, () -> writer.write(frame(ETHERNET)), "a frame before its interface");
            writer.addInterface(ETHERNET, TimestampResolution.MICROSECONDS);
            writer.write(frame(ETHERNET));
            assertThrows(IllegalArgumentException.class, () -> writer.write(frame(new CaptureInterface(0, LinkType.RAW, 0, null, null, -1))),
                    "a frame whose interface has another link type than the one of its id");
        }
        assertFalse(files().isEmpty());
        assertTrue(Files.exists(folder.resolve("order.pcapng")));
    }
}
