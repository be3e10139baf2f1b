package org.wirebench.pcap;

import java.io.IOException;
import java.nio.file.Path;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.internal.CaptureOutput;
import org.wirebench.pcap.internal.FrameEncoder;
import org.wirebench.pcap.internal.PcapEncoder;
import org.wirebench.pcap.internal.PcapngEncoder;

/**
 * Writes a capture file, little-endian, through a buffer. The bytes go to a temporary file in the target's
 * folder that {@link #close()} renames to the target, so the target never holds a half-written capture.
 * Not thread-safe.
 */
public final class CaptureWriter implements AutoCloseable {
    private final CaptureOutput output;
    private final FrameEncoder encoder;

    private CaptureWriter(CaptureOutput output, FrameEncoder encoder) {
        this.output = output;
        this.encoder = encoder;
    }

    /**
     * A pcap file of one interface.
     *
     * @param captureInterface its link type, snap length and FCS length (an even number of bytes) go into the
     *                         file header
     * @param resolution       {@link TimestampResolution#MICROSECONDS} or {@link TimestampResolution#NANOSECONDS}
     */
    public static CaptureWriter pcap(Path target, CaptureInterface captureInterface, TimestampResolution resolution) throws IOException {
        return create(target, output -> new PcapEncoder(output, captureInterface, resolution));
    }

    /**
     * A pcapng file of one section; add its interfaces with {@link #addInterface} before their frames.
     *
     * @param sectionComment the section header's opt_comment, or null
     */
    public static CaptureWriter pcapng(Path target, String sectionComment) throws IOException {
        return create(target, output -> new PcapngEncoder(output, sectionComment));
    }

    private interface EncoderFactory {
        FrameEncoder create(CaptureOutput output) throws IOException;
    }

    /** A writer whose file header is written, or, when the arguments are refused, no file at all. */
    private static CaptureWriter create(Path target, EncoderFactory factory) throws IOException {
        CaptureOutput output = new CaptureOutput(target);
        try {
            return new CaptureWriter(output, factory.create(output));
        } catch (IOException | RuntimeException e) {
            output.discard();
            throw e;
        }
    }

    /**
     * pcapng: describes an interface (link type, snap length, name, description, FCS length, the resolution its
     * timestamps are written in). Its id must be the number of interfaces added before it: 0, 1, 2...
     *
     * @throws IllegalStateException for pcap, which has one interface, given at creation
     */
    public void addInterface(CaptureInterface captureInterface, TimestampResolution resolution) throws IOException {
        encoder.addInterface(captureInterface, resolution);
    }

    /**
     * Appends a frame: its timestamp, lengths, bytes and (pcapng) comment, for the interface of its id.
     *
     * @throws IllegalArgumentException when the frame's interface was not added or has another link type
     */
    public void write(Frame frame) throws IOException {
        encoder.write(frame);
    }

    /** Flushes the buffer and renames the finished file to the target. */
    @Override
    public void close() throws IOException {
        output.close();
    }
}
