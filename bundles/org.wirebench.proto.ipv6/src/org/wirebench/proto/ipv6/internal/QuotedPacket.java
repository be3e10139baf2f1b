package org.wirebench.proto.ipv6.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * The start of the IPv6 packet an ICMPv6 error (or a Redirected Header option) quotes, dissected by the `ipv6`
 * protocol under the ICMPv6 item without changing the packet's columns. The sender quotes as much as fits in
 * the minimum MTU: the quote is the packet cut short, so the payload length in the quoted header is no lie.
 */
final class QuotedPacket {
    private static final int FIXED_HEADER = 40;

    private QuotedPacket() {
    }

    static void dissect(ByteView quote, Packet packet, Item parent) {
        if (quote.length() == 0) {
            return;
        }
        Packet.Columns outer = packet.saveColumns();
        try {
            // the quoted header announces the length of the whole packet
            ByteView quoted = quote.has(4, 2) ? quote.reportingAtLeast(FIXED_HEADER + quote.u16(4)) : quote;
            packet.callProtocol("ipv6", quoted, parent);
        } finally {
            packet.restoreColumns(outer);
        }
    }
}
