package org.wirebench.pcap.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.TimestampResolution;

/**
 * pcapng, one section: a section header with its comment, an Interface Description Block per interface added
 * (name, description, if_tsresol, if_fcslen) and an Enhanced Packet Block per frame, with its comment.
 */
public final class PcapngEncoder implements FrameEncoder {
    /** Type, length, interface, two timestamp words, two lengths. */
    private static final int PACKET_HEADER = 28;
    private static final byte[] NO_OPTIONS = {};

    private final CaptureOutput output;
    private final List<CaptureInterface> interfaces = new ArrayList<>();
    private final List<TimestampResolution> resolutions = new ArrayList<>();

    public PcapngEncoder(CaptureOutput output, String sectionComment) throws IOException {
        this.output = output;
        byte[] options = new OptionBytes().text(Options.COMMENT, sectionComment).toBytes();
        int length = 28 + options.length;
        output.room(24)
                .putInt(PcapngReader.SECTION_HEADER)
                .putInt(length)
                .putInt(PcapngReader.BYTE_ORDER_MAGIC)
                .putShort((short) 1)
                .putShort((short) 0)
                .putLong(-1); // section length: not known while writing
        end(options, length);
    }

    /** Interfaces are numbered as they are added, so add them in the order of their ids, from 0. */
    @Override
    public void addInterface(CaptureInterface captureInterface, TimestampResolution resolution) throws IOException {
        if (captureInterface.id() != interfaces.size()) {
            throw new IllegalArgumentException("interface " + captureInterface.id() + " added as number " + interfaces.size()
                    + "; add interfaces in the order of their ids, from 0");
        }
        OptionBytes options = new OptionBytes()
                .text(PcapngReader.IF_NAME, captureInterface.name())
                .text(PcapngReader.IF_DESCRIPTION, captureInterface.description())
                .u8(PcapngReader.IF_TSRESOL, resolution.tsresol());
        if (captureInterface.fcsLength() >= 0) {
            options.u8(PcapngReader.IF_FCSLEN, captureInterface.fcsLength());
        }
        byte[] optionBytes = options.toBytes();
        int length = 20 + optionBytes.length;
        output.room(16)
                .putInt(PcapngReader.INTERFACE_DESCRIPTION)
                .putInt(length)
                .putShort((short) captureInterface.linkType())
                .putShort((short) 0)
                .putInt(captureInterface.snapLength());
        end(optionBytes, length);
        interfaces.add(captureInterface);
        resolutions.add(resolution);
    }

    @Override
    public void write(Frame frame) throws IOException {
        CaptureInterface captureInterface = frame.captureInterface();
        int id = captureInterface == null ? -1 : captureInterface.id();
        if (id < 0 || id >= interfaces.size() || interfaces.get(id).linkType() != captureInterface.linkType()) {
            throw new IllegalArgumentException("frame " + frame.number() + " is of interface " + captureInterface + ", which was not added");
        }
        byte[] options = frame.comment() == null ? NO_OPTIONS : new OptionBytes().text(Options.COMMENT, frame.comment()).toBytes();
        int captured = frame.capturedLength();
        int length = PACKET_HEADER + (int) PcapngReader.pad4(captured) + options.length + 4;
        long ticks = resolutions.get(id).toTicks(frame.timestampNanos());
        output.room(PACKET_HEADER)
                .putInt(PcapngReader.ENHANCED_PACKET)
                .putInt(length)
                .putInt(id)
                .putInt((int) (ticks >>> 32))
                .putInt((int) ticks)
                .putInt(captured)
                .putInt(frame.originalLength());
        output.put(frame.data(), 0, captured);
        output.pad(captured);
        end(options, length);
    }

    /** The options and the trailing block length that close every block. */
    private void end(byte[] options, int length) throws IOException {
        output.put(options, 0, options.length);
        output.room(4).putInt(length);
    }
}
