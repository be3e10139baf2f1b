package org.wirebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Frame;
import org.wirebench.core.HeuristicDissector;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ProtocolSpec;
import org.wirebench.core.Session;
import org.wirebench.core.Severity;

/**
 * Dissector tables, the port choice, heuristics, Decode As and conversation bindings, on a made-up stack:
 * link type 147 carries "toy" frames: [src port u16][dst port u16][payload]; the toy protocol hands the
 * payload on through `toy.port`.
 */
class DispatchTest {
    private static final int LINKTYPE = 147;

    /** Reads the two ports, then hands the rest on like TCP/UDP do. */
    static final class Toy implements Dissector {
        private Protocol protocol;
        private Field src;
        private Field dst;

        @Override
        public void register(Protocol protocol, Fields fields) {
            this.protocol = protocol;
            src = fields.add("toy.srcport", "Source Port", FieldType.UINT16);
            dst = fields.add("toy.dstport", "Destination Port", FieldType.UINT16);
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            Item item = parent.add(protocol.field(), data, 0, 4);
            item.add(src, data, 0, 2);
            item.add(dst, data, 2, 2);
            packet.setNetAddresses("host" + data.u16(0), "host" + data.u16(2)); // one host per port
            packet.setPorts("toy", data.u16(0), data.u16(2));
            packet.setProtocolColumn("TOY");
            packet.callPorts("toy.port", data.u16(0), data.u16(2), data.slice(4), parent);
        }
    }

    /** Names itself in the protocol column; reads one byte, or as many as its first byte says. */
    static final class Named implements Dissector {
        private final String name;
        private Protocol protocol;

        Named(String name) {
            this.name = name;
        }

        @Override
        public void register(Protocol protocol, Fields fields) {
            this.protocol = protocol;
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            parent.add(protocol.field(), data, 0, 1);
            packet.setProtocolColumn(name);
            data.require(0, data.u8(0)); // a length that may lie
        }
    }

    /** Accepts payloads that start with 0x7e. */
    static final class Heuristic implements HeuristicDissector {
        private final Named named = new Named("HEUR");

        @Override
        public void register(Protocol protocol, Fields fields) {
            named.register(protocol, fields);
        }

        @Override
        public boolean accepts(ByteView data, Packet packet) {
            return data.length() > 0 && data.u8(0) == 0x7e;
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            named.dissect(data, packet, parent);
        }
    }

    private static ProtocolSpec spec(String id, List<String> bindings, List<String> heuristics, Supplier<Dissector> factory) {
        return new ProtocolSpec(id, id.toUpperCase(), id, bindings.stream().map(Binding::parse).toList(), heuristics, factory);
    }

    private static DissectorRegistry registry() {
        return DissectorRegistry.builder()
                .add(spec("toy", List.of("linktype=" + LINKTYPE), List.of(), Toy::new))
                .add(spec("low", List.of("toy.port=24"), List.of(), () -> new Named("LOW")))
                .add(spec("high", List.of("toy.port=4660"), List.of(), () -> new Named("HIGH")))
                .add(spec("heur", List.of(), List.of("toy"), Heuristic::new))
                .add(spec("data", List.of(), List.of(), () -> new Named("DATA")))
                .build();
    }

    private static Frame frame(int number, int src, int dst, int... payload) {
        byte[] bytes = new byte[4 + payload.length];
        bytes[0] = (byte) (src >> 8);
        bytes[1] = (byte) src;
        bytes[2] = (byte) (dst >> 8);
        bytes[3] = (byte) dst;
        for (int i = 0; i < payload.length; i++) {
            bytes[4 + i] = (byte) payload[i];
        }
        return new Frame().set(number, 1_000_000_000L * number, bytes, bytes.length, bytes.length,
                new CaptureInterface(0, LINKTYPE, 0, null, null, -1), null);
    }

    private static String protocolOf(DissectorRegistry registry, Frame frame) {
        return registry.dissect(frame, new Session(), false).protocolColumn();
    }

    @Test
    void lowerPortWinsOverHigherPort() {
        DissectorRegistry registry = registry();
        assertEquals("LOW", protocolOf(registry, frame(1, 4660, 24, 1)));
        assertEquals("LOW", protocolOf(registry, frame(1, 24, 4660, 1)));
        assertEquals("HIGH", protocolOf(registry, frame(1, 50000, 4660, 1)));
    }

    @Test
    void heuristicsBeforeDataWhenNoPortMatches() {
        DissectorRegistry registry = registry();
        assertEquals("HEUR", protocolOf(registry, frame(1, 50000, 50001, 0x7e)));
        assertEquals("DATA", protocolOf(registry, frame(1, 50000, 50001, 0x01)));
    }

    @Test
    void decodeAsOverridesTheContributedBinding() {
        DissectorRegistry registry = registry();
        registry.decodeAs(new Binding("toy.port", 24), "high");
        assertEquals("HIGH", protocolOf(registry, frame(1, 50000, 24, 1)));
    }

    @Test
    void aConversationBindingHoldsForTheRestOfTheSession() {
        DissectorRegistry registry = registry();
        Session session = new Session();
        Packet first = registry.dissect(frame(1, 50000, 50001, 1), session, false);
        first.bindConversation("high");
        assertEquals("HIGH", registry.dissect(frame(2, 50001, 50000, 1), session, false).protocolColumn(), "reverse direction too");
        assertEquals("DATA", registry.dissect(frame(3, 50000, 50001, 1), new Session(), false).protocolColumn(), "not in another session");
    }

    @Test
    void aLyingLengthIsMalformedAtTheOffsetWhereItWasRead() {
        DissectorRegistry registry = registry();
        Packet packet = registry.dissect(frame(1, 50000, 24, 9, 0, 0), new Session(), true);
        assertTrue(packet.malformed());
        assertEquals("[Malformed Packet]", packet.info());
        Expert expert = packet.experts().get(packet.experts().size() - 1);
        assertEquals(Severity.ERROR, expert.severity());
        assertEquals(4, expert.frameOffset(), "the payload starts at frame offset 4");
        Item malformed = packet.tree().find(registry.fields().get("_ws.malformed"));
        assertNotNull(malformed);
        assertEquals("[Malformed Packet: LOW]", malformed.label());
    }

    @Test
    void theSummaryPassKeepsNoTreeButTheSameColumns() {
        DissectorRegistry registry = registry();
        Packet summary = registry.dissect(frame(1, 50000, 24, 9), new Session(), false);
        Packet full = registry.dissect(frame(1, 50000, 24, 9), new Session(), true);
        assertTrue(summary.tree().children().isEmpty());
        assertFalse(full.tree().children().isEmpty());
        assertEquals(full.protocolColumn(), summary.protocolColumn());
        assertEquals(full.info(), summary.info());
        assertEquals(full.malformed(), summary.malformed());
        assertEquals("frame:toy:low", summary.layers());
    }

    @Test
    void theTreeKnowsWhereEachFieldCameFrom() {
        DissectorRegistry registry = registry();
        Packet packet = registry.dissect(frame(1, 50000, 24, 1), new Session(), true);
        Item dst = packet.tree().find(registry.fields().get("toy.dstport"));
        assertEquals(24, dst.number());
        assertEquals(2, dst.frameOffset());
        assertEquals(2, dst.length());
        assertEquals("Destination Port: 24", dst.label());
        Item protocols = packet.tree().find(registry.fields().get("frame.protocols"));
        assertEquals("frame:toy:low", protocols.value());
    }

    @Test
    void aDissectorBugCostsOnePacketNotTheRun() {
        DissectorRegistry registry = DissectorRegistry.builder()
                .add(spec("bug", List.of("linktype=" + LINKTYPE), List.of(), () -> new Dissector() {
                    @Override
                    public void register(Protocol protocol, Fields fields) {
                    }

                    @Override
                    public void dissect(ByteView data, Packet packet, Item parent) {
                        throw new IllegalStateException("oops");
                    }
                })).build();
        Packet packet = registry.dissect(frame(1, 1, 2), new Session(), true);
        assertTrue(packet.malformed());
        assertTrue(packet.experts().get(0).message().startsWith("Dissector bug, protocol BUG"), packet.experts().toString());
    }

    @Test
    void relativeAndDeltaTimesFollowTheSession() {
        DissectorRegistry registry = registry();
        Session session = new Session();
        registry.dissect(frame(1, 1, 2), session, false);
        registry.dissect(frame(2, 1, 2), session, false);
        Packet third = registry.dissect(frame(4, 1, 2), session, false);
        assertEquals(3_000_000_000L, third.relativeNanos());
        assertEquals(2_000_000_000L, third.deltaNanos());
    }
}
