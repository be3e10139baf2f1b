package org.wirebench.batch.internal;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;

/** `-T text`: per packet tshark's summary line, the protocol tree under it and an empty line (`tshark -P -V`). */
public final class TreeOutput implements PacketText {
    private final DissectorRegistry registry;
    private final Session session = new Session();

    public TreeOutput(DissectorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void frame(Frame frame, StringBuilder text) {
        Packet packet = registry.dissect(frame, session, true);
        SummaryPrinter.append(packet, text);
        TreeText.append(packet.tree(), text);
        text.append('\n');
    }
}
