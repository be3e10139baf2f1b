package org.wirebench.pcap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.internal.CaptureReader;
import org.wirebench.pcap.internal.FrameIndex;
import org.wirebench.pcap.internal.Gunzip;
import org.wirebench.pcap.internal.MappedBytes;

/**
 * A pcap or pcapng capture, memory-mapped and indexed on open: random access by frame number, nothing loaded
 * whole. The format is recognised by its magic number, gzip-compressed files are read transparently.
 * <p>
 * Damaged files: {@link #open(Path)} is lenient, as a viewer must be. A record that the file ends inside of
 * (a capture stopped while writing) and a corrupt length further on both end the index at the last good
 * frame; every frame before stays readable and {@link #warnings()} says where it stopped, naming the file and
 * the byte offset; a corrupt length is also kept as {@link #damage()}. {@link #openStrict(Path)} throws that
 * damage instead. A file that is no capture at all, or whose file header is broken, throws
 * {@link CaptureFormatException} in both.
 * <p>
 * After opening the file is only read: any number of threads may read frames at once.
 */
public final class CaptureFile implements AutoCloseable {
    private final Path path;
    private final boolean gzipped;
    private final Path decompressed;
    private final CaptureReader reader;
    private final FrameIndex frames;
    private final MappedBytes bytes;
    private final List<String> warnings;
    private final List<CaptureInterface> interfaces;
    private volatile boolean closed;
    /** The frame after the last one read, to see a sequential pass; racy between threads, and harmless. */
    private int nextInSequence;
    /** Where the reads ahead of a sequential pass go, so that they are not optimised away. */
    private int touched;

    private CaptureFile(Path path, Path decompressed, CaptureReader reader, List<String> warnings) {
        this.path = path;
        this.gzipped = decompressed != null;
        this.decompressed = decompressed;
        this.reader = reader;
        this.frames = reader.frames();
        this.bytes = reader.bytes();
        this.warnings = Collections.unmodifiableList(warnings);
        this.interfaces = reader.interfaces();
    }

    /** Opens leniently: damage after the file header ends the index with a warning (see the class comment). */
    public static CaptureFile open(Path path) throws IOException {
        return open(path, false, MappedBytes.DEFAULT_CHUNK_SHIFT);
    }

    /** Opens strictly: damage anywhere throws {@link CaptureFormatException}; a truncated last record is a warning. */
    public static CaptureFile openStrict(Path path) throws IOException {
        return open(path, true, MappedBytes.DEFAULT_CHUNK_SHIFT);
    }

    /** @param chunkShift log2 of the mapping chunk size; tests pass small values to put records across chunks */
    static CaptureFile open(Path path, boolean strict, int chunkShift) throws IOException {
        List<String> warnings = new ArrayList<>();
        Path decompressed = Gunzip.isGzip(path) ? Gunzip.decompress(path, warnings) : null;
        try {
            CaptureReader reader = CaptureReader.read(MappedBytes.map(decompressed == null ? path : decompressed, chunkShift), path);
            if (strict && reader.damage() != null) {
                throw reader.damage();
            }
            warnings.addAll(reader.warnings());
            return new CaptureFile(path, decompressed, reader, warnings);
        } catch (IOException | RuntimeException e) {
            delete(decompressed);
            throw e;
        }
    }

    /** The file as opened (the compressed one for a gzip'd capture). */
    public Path path() {
        return path;
    }

    public CaptureFormat format() {
        return reader.format();
    }

    /** True when the file was gzip-compressed. */
    public boolean gzipped() {
        return gzipped;
    }

    /**
     * The timestamp resolution of an interface: for pcap the file's (microseconds or nanoseconds, from its magic
     * number), for pcapng the interface's if_tsresol. Timestamps are in nanoseconds whatever it is.
     */
    public TimestampResolution resolution(int interfaceId) {
        return reader.resolutions().get(interfaceId);
    }

    public int frameCount() {
        return frames.count();
    }

    /** The capture interfaces by id: one for pcap, one per Interface Description Block, across sections, for pcapng. */
    public List<CaptureInterface> interfaces() {
        return interfaces;
    }

    /** Nanoseconds since the epoch of frame `i` (0-based). */
    public long timestampNanos(int i) {
        return frames.timestampNanos(Objects.checkIndex(i, frames.count()));
    }

    public int capturedLength(int i) {
        return frames.capturedLength(Objects.checkIndex(i, frames.count()));
    }

    public int originalLength(int i) {
        return frames.originalLength(Objects.checkIndex(i, frames.count()));
    }

    /** The id of frame `i`'s interface, an index into {@link #interfaces()}. */
    public int interfaceId(int i) {
        return frames.interfaceId(Objects.checkIndex(i, frames.count()));
    }

    /**
     * Frame `i` (0-based; its number is i + 1). The bytes are copied into the array `reuse` holds when it is
     * large enough, else into a new one; pass the previous frame to read many without allocating. The headers are
     * copied at once, the rest of the bytes when first read ({@link Frame#set(int, long, Frame.Source, long, int,
     * int, CaptureInterface, String)}): a summary pass copies little more than it dissects.
     *
     * @param reuse a frame to fill, or null for a new one
     */
    public Frame read(int i, Frame reuse) {
        ensureOpen();
        Objects.checkIndex(i, frames.count());
        Frame frame = reuse == null ? new Frame() : reuse;
        if (i == nextInSequence && (i & (READ_AHEAD - 1)) == 0) {
            readAhead(i + READ_AHEAD);
        }
        nextInSequence = i + 1;
        frame.set(i + 1, frames.timestampNanos(i), bytes, reader.dataOffset(i), frames.capturedLength(i), frames.originalLength(i),
                interfaces.get(frames.interfaceId(i)), reader.comment(i));
        long fileTime = reader.fileTime(i);
        return fileTime == -1 ? frame : frame.fileTime(fileTime, reader.resolutions().get(0).exponent() == 9);
    }

    /** How many frames ahead a sequential pass touches the bytes of, a group of them at a time. */
    private static final int READ_AHEAD = 16;

    /**
     * Touches the first bytes of the frames from `first` on, one group ahead of a sequential pass: the reads of
     * memory (and page-table walks of the mapping) the next frames need then overlap, rather than each frame
     * waiting for its own.
     */
    private void readAhead(int first) {
        int end = Math.min(frames.count(), first + READ_AHEAD);
        int sum = 0;
        for (int k = first; k < end; k++) {
            // each cache line of what Frame copies at once: the headers
            long start = reader.dataOffset(k);
            long last = start + Math.min(frames.capturedLength(k), Frame.EAGER) - 1;
            for (long line = start; line <= last; line = (line | 63) + 1) {
                sum += bytes.u8(line);
            }
        }
        touched += sum;
    }

    /** The comment of frame `i` (pcapng opt_comment; several are joined by newlines), or null. */
    public String comment(int i) {
        ensureOpen();
        return reader.comment(Objects.checkIndex(i, frames.count()));
    }

    /** The opt_comment options of the section headers, in file order. */
    public List<String> sectionComments() {
        return reader.sectionComments();
    }

    /** What was wrong with the file but did not stop it from being read, each naming the file and the offset. */
    public List<String> warnings() {
        return warnings;
    }

    /** The corrupt structure that ended the index before the end of the file, or null (lenient open only). */
    public CaptureFormatException damage() {
        return reader.damage();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(path + " is closed");
        }
    }

    /** Deletes the decompressed copy of a gzip'd capture. The mapping itself is released by the garbage collector. */
    @Override
    public void close() {
        closed = true;
        delete(decompressed);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a platform that refuses to delete a mapped file (Windows) gets it deleted at exit
                file.toFile().deleteOnExit();
            }
        }
    }
}
