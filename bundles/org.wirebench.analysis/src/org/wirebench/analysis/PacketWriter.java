package org.wirebench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.pcap.CaptureWriter;
import org.wirebench.pcap.TimestampResolution;

/**
 * `-w FILE`: the frames of the run into a new capture, pcapng (interfaces and comments kept) or pcap. The
 * interfaces of several input files become the interfaces of the one output. The file appears whole or not at all.
 */
public final class PacketWriter implements FrameSink {
    private final Path target;
    private final boolean pcap;
    private final TimestampResolution resolution;
    private final Map<CaptureInterface, CaptureInterface> interfaces = new IdentityHashMap<>();
    private final Frame copy = new Frame();
    private CaptureWriter writer;

    public PacketWriter(Path target, boolean pcap, boolean nano) {
        this.target = target;
        this.pcap = pcap;
        this.resolution = nano || !pcap ? TimestampResolution.NANOSECONDS : TimestampResolution.MICROSECONDS;
    }

    @Override
    public void frame(Frame frame) throws IOException {
        CaptureInterface in = frame.captureInterface();
        CaptureInterface out = interfaces.get(in);
        if (out == null) {
            out = add(in);
        }
        copy.set(frame.number(), frame.timestampNanos(), frame.data(), frame.capturedLength(), frame.originalLength(), out,
                pcap ? null : frame.comment());
        writer.write(copy);
    }

    private CaptureInterface add(CaptureInterface in) throws IOException {
        CaptureInterface out;
        if (pcap && writer != null) {
            out = interfaces.values().iterator().next();
            if (out.linkType() != in.linkType()) {
                throw new IOException(target + ": a pcap file has one link type, these frames have "
                        + LinkType.name(out.linkType()) + " and " + LinkType.name(in.linkType()) + ": write pcapng instead");
            }
        } else {
            out = new CaptureInterface(interfaces.size(), in.linkType(), in.snapLength(), in.name(), in.description(),
                    in.fcsLength());
            if (writer == null) {
                writer = pcap ? CaptureWriter.pcap(target, out, resolution) : CaptureWriter.pcapng(target, null);
            }
            if (!pcap) {
                writer.addInterface(out, resolution);
            }
        }
        interfaces.put(in, out);
        return out;
    }

    @Override
    public void close() throws IOException {
        if (writer == null) {
            // no frame at all: still an empty, valid capture, as tcpdump leaves one
            CaptureInterface none = new CaptureInterface(0, LinkType.ETHERNET, 262144, null, null, 0);
            writer = pcap ? CaptureWriter.pcap(target, none, resolution) : CaptureWriter.pcapng(target, null);
        }
        writer.close();
    }
}
