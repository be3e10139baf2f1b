package org.wirebench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.pcap.CaptureFormatException;
import org.wirebench.pcap.CaptureWriter;
import org.wirebench.pcap.TimestampResolution;

/**
 * What the reader fuzz targets assert about a file of fuzzed bytes:
 * <ul>
 * <li>{@link CaptureFile#open} and {@link CaptureFile#openStrict} throw nothing but {@link CaptureFormatException};</li>
 * <li>they agree: strict refuses exactly the files lenient refuses or finds damage in, and when both open a file
 * they index the same frames;</li>
 * <li>every frame reads, with the lengths, timestamp, interface and comment the index gives for it;</li>
 * <li>what was read survives the writer: written as pcapng (nanosecond timestamps, so nothing is rounded) and
 * read back strictly, it gives the same interfaces and frames.</li>
 * </ul>
 * Files go to java.io.tmpdir (the run script points it into target/fuzz) and are deleted after each input.
 */
final class CaptureChecks {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final int MAX_OPTION = 0xffff;

    private CaptureChecks() {
    }

    /** A failed check on the file of one input. */
    static final class Finding extends AssertionError {
        private static final long serialVersionUID = 1L;

        Finding(String target, byte[] file, String problem, Throwable cause) {
            super(target + ": " + problem + "\n  file (" + file.length + " bytes): " + Dissection.hex(file, file.length), cause);
        }
    }

    static void check(String target, byte[] fileBytes) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        long n = COUNTER.incrementAndGet();
        Path file = directory.resolve("fuzz-" + ProcessHandle.current().pid() + "-" + n + ".capture");
        Path copy = directory.resolve("fuzz-" + ProcessHandle.current().pid() + "-" + n + "-written.pcapng");
        try {
            Files.write(file, fileBytes);
            new CaptureChecks.Run(target, fileBytes, file, copy).check();
        } catch (IOException e) {
            throw new UncheckedIOException("fuzz harness: cannot write its files in " + directory, e);
        } finally {
            deleteQuietly(file);
            deleteQuietly(copy);
        }
    }

    private record Run(String target, byte[] bytes, Path file, Path copy) {

        void check() {
            CaptureFile lenient = null;
            CaptureFormatException lenientRefusal = null;
            try {
                lenient = CaptureFile.open(file);
            } catch (CaptureFormatException e) {
                lenientRefusal = e;
            } catch (IOException e) {
                throw new Finding(target, bytes, "open threw an IOException other than CaptureFormatException", e);
            }
            int strictCount = -1;
            CaptureFormatException strictRefusal = null;
            try (CaptureFile strict = CaptureFile.openStrict(file)) {
                strictCount = strict.frameCount();
                readAll(strict);
            } catch (CaptureFormatException e) {
                strictRefusal = e;
            } catch (IOException e) {
                throw new Finding(target, bytes, "openStrict threw an IOException other than CaptureFormatException", e);
            }
            if (lenient == null) {
                if (strictRefusal == null) {
                    throw new Finding(target, bytes, "open refused the file, openStrict read it", lenientRefusal);
                }
                return;
            }
            try (CaptureFile opened = lenient) {
                CaptureFormatException damage = opened.damage();
                if ((damage != null) != (strictRefusal != null)) {
                    throw new Finding(target, bytes, damage != null ? "open found damage, openStrict read the file anyway"
                            : "openStrict refused a file open found no damage in", damage != null ? damage : strictRefusal);
                }
                if (damage == null && strictCount != opened.frameCount()) {
                    throw new Finding(target, bytes, "open indexed " + opened.frameCount() + " frames, openStrict " + strictCount, null);
                }
                List<Frame> frames = readAll(opened);
                roundTrip(opened, frames);
            }
        }

        /** Every frame, checked against the index. */
        private List<Frame> readAll(CaptureFile capture) {
            List<CaptureInterface> interfaces = capture.interfaces();
            capture.sectionComments();
            capture.warnings();
            capture.format();
            List<Frame> frames = new ArrayList<>();
            Frame reuse = new Frame();
            for (int i = 0; i < capture.frameCount(); i++) {
                Frame frame = capture.read(i, reuse);
                int id = capture.interfaceId(i);
                String problem = null;
                if (frame.number() != i + 1) {
                    problem = "number " + frame.number();
                } else if (frame.capturedLength() != capture.capturedLength(i) || frame.capturedLength() < 0
                        || frame.data().length < frame.capturedLength()) {
                    problem = "captured length " + frame.capturedLength() + ", index " + capture.capturedLength(i);
                } else if (frame.originalLength() != capture.originalLength(i) || frame.originalLength() < 0) {
                    problem = "original length " + frame.originalLength() + ", index " + capture.originalLength(i);
                } else if (frame.timestampNanos() != capture.timestampNanos(i)) {
                    problem = "timestamp " + frame.timestampNanos() + ", index " + capture.timestampNanos(i);
                } else if (id < 0 || id >= interfaces.size() || frame.captureInterface() != interfaces.get(id)) {
                    problem = "interface " + id + " of " + interfaces.size();
                } else if (capture.resolution(id) == null) {
                    problem = "no timestamp resolution for interface " + id;
                } else if (!Objects.equals(frame.comment(), capture.comment(i))) {
                    problem = "comment differs from the index's";
                }
                if (problem != null) {
                    throw new Finding(target, bytes, "frame " + (i + 1) + " reads inconsistently: " + problem, null);
                }
                frames.add(frame.copy());
            }
            return frames;
        }

        /** Writes what was read as pcapng and reads it back: the same interfaces and frames must come out. */
        private void roundTrip(CaptureFile capture, List<Frame> frames) {
            for (Frame frame : frames) {
                if (frame.comment() != null && frame.comment().getBytes(StandardCharsets.UTF_8).length > MAX_OPTION) {
                    return; // several comments joined: more than one pcapng option holds, the writer refuses it as documented
                }
            }
            List<CaptureInterface> interfaces = capture.interfaces();
            try {
                try (CaptureWriter writer = CaptureWriter.pcapng(copy, null)) {
                    for (CaptureInterface captureInterface : interfaces) {
                        writer.addInterface(captureInterface, TimestampResolution.NANOSECONDS);
                    }
                    for (Frame frame : frames) {
                        writer.write(frame);
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new Finding(target, bytes, "writing what was read as pcapng failed", e);
            }
            try (CaptureFile written = CaptureFile.openStrict(copy)) {
                if (!written.interfaces().equals(interfaces)) {
                    throw new Finding(target, bytes, "written and read back, the interfaces differ:\n  read:    " + interfaces
                            + "\n  written: " + written.interfaces(), null);
                }
                if (written.frameCount() != frames.size()) {
                    throw new Finding(target, bytes, "written and read back, " + written.frameCount() + " frames of " + frames.size(), null);
                }
                Frame again = new Frame();
                for (int i = 0; i < frames.size(); i++) {
                    Frame frame = frames.get(i);
                    written.read(i, again);
                    if (again.timestampNanos() != frame.timestampNanos() || again.capturedLength() != frame.capturedLength()
                            || again.originalLength() != frame.originalLength() || written.interfaceId(i) != capture.interfaceId(i)
                            || !Objects.equals(again.comment(), frame.comment()) || !Arrays.equals(again.data(), 0, again.capturedLength(),
                                    frame.data(), 0, frame.capturedLength())) {
                        throw new Finding(target, bytes, "written and read back, frame " + (i + 1) + " differs:\n  read:    "
                                + describe(frame) + "\n  written: " + describe(again), null);
                    }
                }
            } catch (IOException e) {
                throw new Finding(target, bytes, "what was read, written as pcapng, does not read back", e);
            }
        }
    }

    private static String describe(Frame frame) {
        return "time " + frame.timestampNanos() + ", " + frame.capturedLength() + " of " + frame.originalLength() + " bytes, interface "
                + frame.captureInterface().id() + ", comment " + (frame.comment() == null ? "none" : "\"" + frame.comment() + "\"")
                + ", bytes " + Dissection.hex(frame.data(), frame.capturedLength());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file in target/fuzz is harmless
        }
    }

    // --- building inputs ------------------------------------------------------------------------------------

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** A capture written by the product's writer, as a whole file, for seeds. */
    static byte[] written(boolean pcapng, List<Frame> frames, CaptureInterface captureInterface, TimestampResolution resolution) {
        try {
            Path file = Files.createTempFile("fuzz-seed-", pcapng ? ".pcapng" : ".pcap");
            try {
                try (CaptureWriter writer = pcapng ? CaptureWriter.pcapng(file, "seed section") : CaptureWriter.pcap(file, captureInterface, resolution)) {
                    if (pcapng) {
                        writer.addInterface(captureInterface, resolution);
                    }
                    for (Frame frame : frames) {
                        writer.write(frame);
                    }
                }
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
