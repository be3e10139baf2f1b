package org.wirebench.testing;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Stands in for a protocol of another bundle: remembers the bytes it was handed last and how often, and puts an
 * item on them as far as they were captured. Like a real upper layer it can read a header, claim only part of
 * the bytes, name itself in the Protocol column, write Info and set ports; a null column leaves the column alone,
 * as `data` does.
 */
public final class Stub implements Dissector {
    private final String column;
    private int claims = Integer.MAX_VALUE;
    private int header;
    private String info;
    private int port = -1;
    private Protocol protocol;
    private ByteView received;
    private int calls;

    public Stub(String column) {
        this.column = column;
    }

    /** Puts its item on the first `bytes` only, as a protocol that knows its length does. */
    public Stub claiming(int bytes) {
        claims = bytes;
        return this;
    }

    /** Reads `bytes` from the start before anything else, as a dissector reads its fixed header. */
    public Stub reading(int bytes) {
        header = bytes;
        return this;
    }

    public Stub writingInfo(String text) {
        info = text;
        return this;
    }

    /** Sets the ports `sourcePort` and the one after it, as a transport does. */
    public Stub settingPorts(int sourcePort) {
        port = sourcePort;
        return this;
    }

    /** The bytes of the last call, or null before the first. */
    public ByteView received() {
        return received;
    }

    public int calls() {
        return calls;
    }

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        received = data;
        calls++;
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
        parent.add(protocol.field(), data, 0, Math.min(claims, data.length()));
    }
}
