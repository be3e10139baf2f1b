package org.wirebench.pcap.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.wirebench.pcap.CaptureFormatException;

/**
 * gzip-compressed captures (`.pcap.gz`, as tcpdump rotation scripts and archives leave them), recognised by
 * their magic bytes. They are decompressed once into a temporary file, which is then mapped like any capture:
 * the index needs random access, which a compressed stream cannot give.
 */
public final class Gunzip {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;

    private Gunzip() {
    }

    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == MAGIC_1 && in.read() == MAGIC_2;
        }
    }

    /**
     * Decompresses `file` into a new temporary file, which the caller deletes. A stream that breaks off (a
     * compressed capture still being written, or cut short) keeps what was decompressed, with a warning.
     */
    public static Path decompress(Path file, List<String> warnings) throws IOException {
        Path temporary = Files.createTempFile("wirebench-", ".capture");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                in.transferTo(out);
            } catch (EOFException | ZipException e) {
                out.flush();
                long kept = Files.size(temporary);
                if (kept == 0) {
                    throw new CaptureFormatException(file, -1, "not a pcap or pcapng file (broken gzip data: " + e.getMessage() + ")");
                }
                warnings.add(file + ": the gzip data breaks off after " + kept + " decompressed bytes (" + e.getMessage() + "); reading those");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }
}
