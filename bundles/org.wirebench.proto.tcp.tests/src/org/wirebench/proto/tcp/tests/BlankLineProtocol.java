package org.wirebench.proto.tcp.tests;

import org.wirebench.core.ByteView;
import org.wirebench.core.DesegmentRequest;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * An upper protocol whose PDU ends with its first empty line, as an HTTP header section does: until the bytes hold
 * one it names its first line in Info and asks TCP for one more segment. Remembers the bytes of the last PDU.
 */
final class BlankLineProtocol implements Dissector {
    private Protocol protocol;
    private ByteView received;
    private int calls;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        calls++;
        int end = end(data);
        if (end < 0 && packet.canDesegment()) {
            int line = data.indexOf('\r', 0);
            packet.setInfo(data.ascii(0, line < 0 ? data.length() : line));
            packet.desegment(0, DesegmentRequest.ONE_MORE_SEGMENT);
            return;
        }
        int length = end < 0 ? data.length() : end;
        packet.setProtocolColumn("LINES");
        packet.setInfo("PDU of " + length + " bytes");
        parent.add(protocol.field(), data, 0, length);
        received = data.slice(0, length);
    }

    /** The offset after the first "\r\n\r\n", or -1. */
    private static int end(ByteView data) {
        for (int i = 0; i + 3 < data.length(); i++) {
            if (data.u8(i) == '\r' && data.u8(i + 1) == '\n' && data.u8(i + 2) == '\r' && data.u8(i + 3) == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    ByteView received() {
        return received;
    }

    int calls() {
        return calls;
    }
}
