package org.wirebench.tcpdump;

import org.wirebench.core.Frame;
import org.wirebench.tcpdump.internal.Nd;
import org.wirebench.tcpdump.internal.PacketPrinter;

/**
 * Prints frames exactly as tcpdump 4.99.3 prints them. One instance per run: it keeps what tcpdump keeps
 * between packets (the previous and first timestamps, TCP sequence numbers for relative display).
 */
public final class TcpdumpFormat {
    private final PacketPrinter printer;

    public TcpdumpFormat(TcpdumpOptions options) {
        printer = new PacketPrinter(new Nd(options));
    }

    /** Appends everything tcpdump prints for `frame`, its final newline included. */
    public void print(Frame frame, StringBuilder out) {
        printer.print(frame, out);
    }
}
