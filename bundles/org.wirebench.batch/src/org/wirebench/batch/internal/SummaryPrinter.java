package org.wirebench.batch.internal;

import java.io.IOException;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.core.Values;
import org.wirebench.pcap.CaptureFile;

/**
 * Prints one line per packet as tshark does by default: number, seconds since the first packet, source,
 * destination, protocol, length, info. The summary pass: no protocol tree is built.
 */
public final class SummaryPrinter {
    private final DissectorRegistry registry;
    private final Appendable out;

    public SummaryPrinter(DissectorRegistry registry, Appendable out) {
        this.registry = registry;
        this.out = out;
    }

    /** Prints every frame of `capture`; returns the number printed. */
    public int print(CaptureFile capture) throws IOException {
        Session session = new Session();
        Frame frame = new Frame();
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < capture.frameCount(); i++) {
            capture.read(i, frame);
            Packet packet = registry.dissect(frame, session, false);
            line.setLength(0);
            pad(line, Integer.toString(frame.number()), 5).append(' ').append(Values.seconds(packet.relativeNanos()))
                    .append(' ').append(packet.source()).append(" → ").append(packet.destination()).append(' ')
                    .append(packet.protocolColumn()).append(' ').append(frame.originalLength()).append(' ')
                    .append(packet.info()).append('\n');
            out.append(line);
        }
        return capture.frameCount();
    }

    private static StringBuilder pad(StringBuilder line, String text, int width) {
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        return line.append(text);
    }
}
