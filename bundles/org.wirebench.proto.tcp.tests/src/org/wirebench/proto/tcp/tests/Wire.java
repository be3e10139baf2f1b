package org.wirebench.proto.tcp.tests;

import java.util.HexFormat;
import java.util.List;

import org.wirebench.core.Addresses;
import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ProtocolSpec;

/** Test vectors and stand-ins for the neighbours of TCP, which live in other bundles. */
final class Wire {

    private Wire() {
    }

    /** Hex text, one part per field so each can carry its comment; spaces are ignored. */
    static byte[] hex(String... parts) {
        return HexFormat.of().parseHex(String.join("", parts).replace(" ", ""));
    }

    /** A raw-IP frame (LINKTYPE_RAW) of which the first `captured` bytes were captured. */
    static Frame frame(int number, byte[] bytes, int captured) {
        return new Frame().set(number, 1_000_000_000L * number, bytes, captured, bytes.length,
                new CaptureInterface(0, LinkType.RAW, 0, null, null, -1), null);
    }

    static Frame frame(int number, byte[] bytes) {
        return frame(number, bytes, bytes.length);
    }

    /** A TCP segment in an IPv4 packet from 10.0.0.1 to 10.0.0.2, its total length computed. */
    static byte[] ipv4(byte[] segment) {
        byte[] packet = new byte[20 + segment.length];
        byte[] header = hex("4500 0000 0001 0000 4006 0000 0a000001 0a000002");
        System.arraycopy(header, 0, packet, 0, 20);
        packet[2] = (byte) (packet.length >>> 8);
        packet[3] = (byte) packet.length;
        System.arraycopy(segment, 0, packet, 20, segment.length);
        return packet;
    }

    /** Stands in for the IPv4/IPv6 dissectors: sets the addresses and hands the payload to `ip.proto`. */
    static final class Ip implements Dissector {
        static ProtocolSpec spec() {
            return new ProtocolSpec("ip", "Test IP", "ip", List.of(new Binding("linktype", LinkType.RAW)), List.of(), Ip::new);
        }

        @Override
        public void register(Protocol protocol, Fields fields) {
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            if (data.u8(0) >>> 4 == 4) {
                int headerLength = (data.u8(0) & 0xf) * 4;
                packet.setNetAddresses(Addresses.ipv4(data.u32(12)), Addresses.ipv4(data.u32(16)));
                packet.callTable("ip.proto", data.u8(9), data.slice(headerLength, data.u16(2) - headerLength), parent);
            } else {
                packet.setNetAddresses(Addresses.ipv6(data.bytes(8, 16)), Addresses.ipv6(data.bytes(24, 16)));
                packet.callTable("ip.proto", data.u8(6), data.slice(40, data.u16(4)), parent);
            }
        }
    }

    /** An upper protocol that remembers the bytes it was given. */
    static final class Recorder implements Dissector {
        int calls;
        int frameOffset = -1;
        int length = -1;
        int reportedLength = -1;

        ProtocolSpec spec(String id, String binding) {
            return new ProtocolSpec(id, id, id, List.of(Binding.parse(binding)), List.of(), () -> this);
        }

        @Override
        public void register(Protocol protocol, Fields fields) {
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            calls++;
            frameOffset = data.frameOffset(0);
            length = data.length();
            reportedLength = data.reportedLength();
        }
    }
}
