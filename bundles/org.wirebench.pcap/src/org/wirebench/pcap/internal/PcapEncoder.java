package org.wirebench.pcap.internal;

import java.io.IOException;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.TimestampResolution;

/** libpcap's format, version 2.4: one interface, timestamps in microseconds or nanoseconds. */
public final class PcapEncoder implements FrameEncoder {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final CaptureOutput output;
    private final int linkType;
    private final long nanosPerTick;

    public PcapEncoder(CaptureOutput output, CaptureInterface captureInterface, TimestampResolution resolution) throws IOException {
        boolean nanosecond = resolution.equals(TimestampResolution.NANOSECONDS);
        if (!nanosecond && !resolution.equals(TimestampResolution.MICROSECONDS)) {
            throw new IllegalArgumentException("pcap timestamps are in microseconds or nanoseconds, not " + resolution);
        }
        this.output = output;
        this.linkType = captureInterface.linkType();
        this.nanosPerTick = nanosecond ? 1 : 1000;
        output.room(PcapReader.FILE_HEADER)
                .putInt(nanosecond ? PcapReader.NANOSECOND_MAGIC : PcapReader.MICROSECOND_MAGIC)
                .putShort((short) 2)
                .putShort((short) 4)
                .putInt(0) // time zone offset: always UTC
                .putInt(0) // timestamp accuracy: unused
                .putInt(captureInterface.snapLength())
                .putInt(linkField(captureInterface));
    }

    /** The link type with the FCS length, in 16-bit words, in the upper bits when it is known. */
    private static int linkField(CaptureInterface captureInterface) {
        int fcsLength = captureInterface.fcsLength();
        if (fcsLength < 0) {
            return captureInterface.linkType();
        }
        if (fcsLength % 2 != 0 || fcsLength > 30) {
            throw new IllegalArgumentException("pcap records an FCS length of 0 to 15 16-bit words, not " + fcsLength + " bytes");
        }
        return captureInterface.linkType() | PcapReader.FCS_PRESENT | (fcsLength / 2) << PcapReader.FCS_SHIFT;
    }

    @Override
    public void addInterface(CaptureInterface captureInterface, TimestampResolution resolution) {
        throw new IllegalStateException("a pcap file has one interface, the one given when it is created");
    }

    @Override
    public void write(Frame frame) throws IOException {
        if (frame.captureInterface() != null && frame.linkType() != linkType) {
            throw new IllegalArgumentException("frame " + frame.number() + " has link type " + frame.linkType() + ", this pcap file " + linkType);
        }
        long nanos = frame.timestampNanos();
        int captured = frame.capturedLength();
        output.room(PcapReader.RECORD_HEADER)
                .putInt((int) Math.floorDiv(nanos, NANOS_PER_SECOND))
                .putInt((int) (Math.floorMod(nanos, NANOS_PER_SECOND) / nanosPerTick))
                .putInt(captured)
                .putInt(frame.originalLength());
        output.put(frame.data(), 0, captured);
    }
}
