package org.wirebench.proto.http.tests;

import java.nio.charset.StandardCharsets;
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

/** Test vectors, and stand-ins for TCP and the data protocol, which live in other bundles. */
final class Wire {
    /** A made-up link type under which the TCP stand-in takes the frame. */
    static final int TCP = 60001;

    private Wire() {
    }

    /** Hex text, one part per field so each can carry its comment; spaces are ignored. */
    static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    static Frame frame(int number, int linkType, byte[] bytes) {
        return new Frame().set(number, 0, bytes, bytes.length, bytes.length, new CaptureInterface(0, linkType, 0, null, null, -1), null);
    }

    /** ASCII text, as HTTP messages are written. */
    static byte[] text(String... lines) {
        return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
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

    /** Stands in for TCP: two ports, then the payload handed on through `tcp.port`. */
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

    /** Stands in for the data protocol: remembers the bytes it was given. */
    static final class Data implements Dissector {
        int calls;
        int frameOffset = -1;
        int length = -1;

        ProtocolSpec spec() {
            return new ProtocolSpec("data", "Data", "data", List.of(), List.of(), () -> this);
        }

        @Override
        public void register(Protocol protocol, Fields fields) {
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            calls++;
            frameOffset = data.frameOffset(0);
            length = data.length();
        }
    }
}
