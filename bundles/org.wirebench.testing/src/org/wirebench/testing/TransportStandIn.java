package org.wirebench.testing;

import java.util.List;

import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ProtocolSpec;

/**
 * Stands in for UDP or TCP, which live in other bundles: two ports (see {@link #ports}), then the payload handed on
 * through `<id>.port`, as the transport named `id` does.
 */
public final class TransportStandIn implements Dissector {
    private final String id;

    private TransportStandIn(String id) {
        this.id = id;
    }

    /** The transport `id`, taking the frames of `linkType`. */
    public static ProtocolSpec spec(String id, int linkType) {
        return new ProtocolSpec(id, id, id, List.of(new Binding("linktype", linkType)), List.of(), () -> new TransportStandIn(id));
    }

    /** Source port, destination port, payload: what the stand-in reads. */
    public static byte[] ports(int source, int destination, byte[] payload) {
        return Bytes.concat(Bytes.bytes(source >>> 8, source, destination >>> 8, destination), payload);
    }

    @Override
    public void register(Protocol protocol, Fields fields) {
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        int source = data.u16(0);
        int destination = data.u16(2);
        packet.setPorts(id, source, destination);
        packet.callPorts(id + ".port", source, destination, data.slice(4), parent);
    }
}
