package org.wirebench.proto.ipv4.tests;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Stands in for a protocol of another bundle: remembers the bytes it was handed and puts an item on them, as far
 * as they were captured. Like a transport it can read a header, name itself in the Protocol column, write Info
 * and set ports; a null column leaves the column alone, as `data` does.
 */
final class Stub implements Dissector {
    private final String column;
    private int header;
    private String info;
    private int port = -1;
    private Protocol protocol;
    ByteView received;

    Stub(String column) {
        this.column = column;
    }

    /** Reads `bytes` from the start before anything else, as a dissector reads its fixed header. */
    Stub reading(int bytes) {
        header = bytes;
        return this;
    }

    Stub writingInfo(String text) {
        info = text;
        return this;
    }

    Stub settingPorts(int sourcePort) {
        port = sourcePort;
        return this;
    }

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        received = data;
        data.require(0, header);
        if (column != null) {
            packet.setProtocolColumn(column);
        }
        if (info != null) {
            packet.setInfo(info);
        }
        if (port >= 0) {
            packet.setPorts(protocol.id(), port, port + 1);
        }
        parent.add(protocol.field(), data, 0, data.length());
    }
}
