package org.wirebench.batch.internal;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Session;
import org.wirebench.tcpdump.TcpdumpFormat;
import org.wirebench.tcpdump.TcpdumpOptions;

/**
 * tcpdump's text as a {@link PacketText}, for runs that print more than tcpdump alone (merged log lines) and
 * for `-V`: the tcpdump line, then the engine's protocol tree under it and an empty line.
 */
public final class TcpdumpText implements PacketText {
    private final TcpdumpFormat format;
    private final DissectorRegistry tree;
    private final Session session = new Session();

    /** `tree` is the registry that dissects the tree of each packet, or null for tcpdump's text alone. */
    public TcpdumpText(TcpdumpOptions options, DissectorRegistry tree) {
        this.format = new TcpdumpFormat(options);
        this.tree = tree;
    }

    @Override
    public void frame(Frame frame, StringBuilder text) {
        format.print(frame, text);
        if (tree != null) {
            TreeText.append(tree.dissect(frame, session, true).tree(), text);
            text.append('\n');
        }
    }
}
