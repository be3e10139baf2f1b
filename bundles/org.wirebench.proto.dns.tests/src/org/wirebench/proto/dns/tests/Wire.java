package org.wirebench.proto.dns.tests;

import java.util.HexFormat;
import java.util.List;

import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ProtocolSpec;

/** Test vectors, and stand-ins for UDP and TCP, which live in other bundles. */
final class Wire {
    /** Made-up link types under which the stand-ins take the frame. */
    static final int UDP = 60000;
    static final int TCP = 60001;

    private Wire() {
    }

    /** Hex text, one part per field so each can carry its comment; spaces are ignored. */
    static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    static Frame frame(int linkType, byte[] bytes, int captured) {
        return new Frame().set(1, 0, bytes, captured, bytes.length, new CaptureInterface(0, linkType, 0, null, null, -1), null);
    }

    static Frame frame(int linkType, byte[] bytes) {
        return frame(linkType, bytes, bytes.length);
    }

    /** Source port, destination port, payload: what the stand-ins read. */
    static byte[] ports(int source, int destination, byte[] payload) {
        byte[] bytes = new byte[4 + payload.length];
        bytes[0] = (byte) (source >>> 8);
        bytes[1] = (byte) source;
        bytes[2] = (byte) (destination >>> 8);
        bytes[3] = (byte) destination;
        System.arraycopy(payload, 0, bytes, 4, payload.length);
        return bytes;
    }

    /** Stands in for UDP or TCP: two ports, then the payload handed on through `<id>.port`. */
    static final class Transport implements Dissector {
        private final String id;

        private Transport(String id) {
            this.id = id;
        }

        static ProtocolSpec spec(String id, int linkType) {
            return new ProtocolSpec(id, id, id, List.of(new Binding("linktype", linkType)), List.of(), () -> new Transport(id));
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
}
