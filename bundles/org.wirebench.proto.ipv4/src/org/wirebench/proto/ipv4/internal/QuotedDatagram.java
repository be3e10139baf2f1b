package org.wirebench.proto.ipv4.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * The start of the IP datagram an ICMP error is about, dissected by the `ip` protocol under the ICMP item without
 * changing the packet's columns. The sender quotes only the header and a few bytes of the payload: the quote is
 * the datagram cut short, so the total length in the quoted header is no lie.
 */
final class QuotedDatagram {

    private QuotedDatagram() {
    }

    static void dissect(ByteView quote, Packet packet, Item parent) {
        if (quote.length() == 0) {
            return;
        }
        Packet.Columns outer = packet.saveColumns();
        try {
            // the quoted header announces the length of the whole datagram
            ByteView datagram = quote.has(2, 2) ? quote.reportingAtLeast(quote.u16(2)) : quote;
            packet.callProtocol("ip", datagram, parent);
        } finally {
            packet.restoreColumns(outer);
        }
    }
}
