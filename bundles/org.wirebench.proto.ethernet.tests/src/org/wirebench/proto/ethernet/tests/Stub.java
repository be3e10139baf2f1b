package org.wirebench.proto.ethernet.tests;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Stands in for a protocol of another bundle: remembers the bytes it was handed, names itself in the Protocol
 * column (unless its name is null, as `data` leaves the column alone) and puts an item on the first `claims`
 * bytes, as far as they were captured.
 */
final class Stub implements Dissector {
    private final String column;
    private final int claims;
    private Protocol protocol;
    ByteView received;
    int calls;

    Stub(String column, int claims) {
        this.column = column;
        this.claims = claims;
    }

    /** A stub that claims every byte it gets. */
    Stub(String column) {
        this(column, Integer.MAX_VALUE);
    }

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        received = data;
        calls++;
        if (column != null) {
            packet.setProtocolColumn(column);
        }
        parent.add(protocol.field(), data, 0, Math.min(claims, data.length()));
    }
}
