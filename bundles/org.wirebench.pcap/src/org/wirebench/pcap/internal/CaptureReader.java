package org.wirebench.pcap.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.wirebench.core.CaptureInterface;
import org.wirebench.pcap.CaptureFormat;
import org.wirebench.pcap.CaptureFormatException;
import org.wirebench.pcap.TimestampResolution;

/**
 * The index of one mapped capture and what the format knows about its records. A subclass indexes the file in
 * its constructor, in one sequential pass. Damage in the file header is thrown; damage later stops the pass,
 * keeps every frame before it and is kept as {@link #damage()}: a capture cut or garbled in the middle of a long
 * run still shows everything up to that point.
 */
public abstract class CaptureReader {
    final MappedBytes bytes;
    /** The name in messages: the file the user opened, also when the bytes come from its decompressed copy. */
    final Path file;
    final FrameIndex frames = new FrameIndex();
    final List<CaptureInterface> interfaces = new ArrayList<>();
    final List<TimestampResolution> resolutions = new ArrayList<>();
    final List<String> sectionComments = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    private CaptureFormatException damage;

    CaptureReader(MappedBytes bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    /** Indexes `bytes` with the reader its magic number calls for. */
    public static CaptureReader read(MappedBytes bytes, Path file) throws CaptureFormatException {
        if (bytes.size() >= 4) {
            int magic = bytes.int32(0, false);
            if (PcapReader.isMagic(magic)) {
                return new PcapReader(bytes, file);
            }
            if (magic == PcapngReader.SECTION_HEADER) {
                return new PcapngReader(bytes, file);
            }
        }
        throw new CaptureFormatException(file, -1, bytes.size() == 0 ? "not a pcap or pcapng file (it is empty)" : "not a pcap or pcapng file");
    }

    public abstract CaptureFormat format();

    /** Where the captured bytes of `frame` start. */
    public abstract long dataOffset(int frame);

    /** The frame's comment, or null. */
    public abstract String comment(int frame);

    /**
     * The time fields of the frame's record as the file holds them, seconds in the high 32 bits and the fraction
     * in the low 32; -1 for formats whose records hold one number (pcapng).
     */
    public long fileTime(int frame) {
        return -1;
    }


    public MappedBytes bytes() {
        return bytes;
    }

    public FrameIndex frames() {
        return frames;
    }

    public List<CaptureInterface> interfaces() {
        return Collections.unmodifiableList(interfaces);
    }

    /** The timestamp resolution of each interface, by interface id. */
    public List<TimestampResolution> resolutions() {
        return Collections.unmodifiableList(resolutions);
    }

    public List<String> sectionComments() {
        return Collections.unmodifiableList(sectionComments);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The damage that ended indexing before the end of the file, or null. */
    public CaptureFormatException damage() {
        return damage;
    }

    /** Ends the pass at the damage `e` describes; the frames indexed so far stay. */
    void damaged(CaptureFormatException e) {
        damage = e;
        warnings.add(e.getMessage() + "; the " + frames.count() + " frames before it are read");
    }

    /** Ends the pass at a record the file ends inside of, as when a capture was stopped while writing. */
    void truncated(long offset, String record, long needed) {
        warnings.add(file + ": truncated " + record + " at offset " + offset + " (" + needed + " bytes announced, "
                + (bytes.size() - offset) + " in the file); the " + frames.count() + " frames before it are read");
    }

    /** Ends the pass when the index cannot hold more frames. */
    void full(long offset) {
        warnings.add(file + ": more than " + FrameIndex.MAX_ARRAY + " frames; the frames from offset " + offset + " on are not read");
    }
}
