package org.wirebench.proto.tcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Bytes.text;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.Ipv4Packets.ipv4;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.proto.tcp.internal.TcpDissector;
import org.wirebench.testing.IpStandIn;
import org.wirebench.testing.Stub;

/** PDUs an upper protocol asks TCP to gather from several segments, across the frames of one session. */
class DesegmentationTest {
    private static final int TCP = 6;
    private static final String MARK = "[TCP segment of a reassembled PDU]";

    private final BlankLineProtocol lines = new BlankLineProtocol();
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(IpStandIn.spec(),
            spec("tcp", "Transmission Control Protocol", "tcp", TcpDissector::new, "ip.proto=6"),
            spec("lines", "Blank line", "lines", () -> lines, "tcp.port=80"),
            spec("data", "Data", "data", () -> data));
    private final Session session = new Session();

    /** A segment from port 40000 to `port` at raw sequence number `seq` (the first one seen is relative 1). */
    private static byte[] segment(int port, long seq, String payload) {
        return ipv4(TCP, concat(bytes(
                0x9c, 0x40, port >>> 8, port, // 40000 → port
                (int) (seq >>> 24), (int) (seq >>> 16), (int) (seq >>> 8), (int) seq, // sequence number
                0x00, 0x00, 0x00, 0x01, // acknowledgment number
                0x50, 0x18, 0x01, 0x00, // header length 20, PSH ACK; window 256
                0x00, 0x00, 0x00, 0x00), // checksum, urgent pointer
                text(payload)));
    }

    private static byte[] segment(long seq, String payload) {
        return segment(80, seq, payload);
    }

    private List<Packet> pass(byte[]... frames) {
        List<Packet> packets = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            packets.add(registry.dissect(frame(i + 1, LinkType.RAW, frames[i]), session, true));
        }
        return packets;
    }

    @Test
    void aPduInTwoSegmentsIsDissectedWholeInTheSecond() {
        List<Packet> packets = pass(segment(1000, "GET / HTTP/1.1\r\nHo"), segment(1018, "st: x\r\n\r\n"));

        Packet first = packets.get(0);
        assertEquals("GET / HTTP/1.1 " + MARK, first.info());
        assertEquals("TCP", first.protocolColumn());
        assertEquals("frame:ip:tcp", first.layers(), "the upper protocol shows where its PDU is whole");
        Packet second = packets.get(1);
        assertEquals("PDU of 27 bytes", second.info());
        assertEquals("frame:ip:tcp:lines", second.layers());
        assertEquals("GET / HTTP/1.1\r\nHost: x\r\n\r\n", lines.received().ascii(0, 27));
        assertEquals("Reassembled TCP", second.dataSources().get(0).name());
        assertSame(second.dataSources().get(0), item(second, "lines").dataSource());
        assertEquals("[2 Reassembled TCP Segments (27 bytes): #1(18), #2(9)]", item(second, "tcp.segments").label());
        assertEquals(27, item(second, "tcp.reassembled.length").number());
    }

    @Test
    void aPduInThreeSegmentsWaitsThroughTheMiddleOne() {
        List<Packet> packets = pass(segment(1000, "GET / HTTP/1.1\r\n"), segment(1016, "Host: x\r\n"), segment(1025, "\r\n"));

        assertEquals("GET / HTTP/1.1 " + MARK, packets.get(1).info(), "the upper protocol saw the first two and wanted more");
        assertEquals("TCP", packets.get(1).protocolColumn());
        assertEquals("frame:ip:tcp", packets.get(1).layers());
        assertEquals("frame:ip:tcp:lines", packets.get(2).layers());
        assertEquals(27, lines.received().length());
        assertEquals("[3 Reassembled TCP Segments (27 bytes): #1(16), #2(9), #3(2)]", item(packets.get(2), "tcp.segments").label());
    }

    @Test
    void aRetransmittedSegmentChangesNothing() {
        List<Packet> packets = pass(segment(1000, "GET / HTTP/1.1\r\nHo"), segment(1000, "GET / HTTP/1.1\r\nHo"),
                segment(1018, "st: x\r\n\r\n"));

        assertTrue(packets.get(1).info().endsWith(MARK), packets.get(1).info());
        assertEquals(27, lines.received().length());
        assertEquals("[2 Reassembled TCP Segments (27 bytes): #1(18), #3(9)]", item(packets.get(2), "tcp.segments").label());
    }

    @Test
    void aGapGivesThePduUp() {
        List<Packet> packets = pass(segment(1000, "GET / HTTP/1.1\r\n"), segment(1025, "\r\n\r\n"));

        assertEquals("PDU of 4 bytes", packets.get(1).info(), "the segment after the gap is dissected on its own");
        assertAbsent(packets.get(1), "tcp.segments");
    }

    @Test
    void aPayloadNobodyAsksMoreForIsDissectedAsItIs() {
        Packet packet = pass(segment(5001, 1000, "bulk")).get(0);

        assertEquals(1, data.calls());
        assertEquals("frame:ip:tcp:data", packet.layers());
        assertTrue(packet.dataSources().isEmpty());
        assertTrue(!packet.info().contains(MARK));
    }

    @Test
    void dissectingFramesAgainGivesTheSameAnswer() {
        byte[][] frames = { segment(1000, "GET / HTTP/1.1\r\n"), segment(1016, "Host: x\r\n"), segment(1025, "\r\n") };
        List<Packet> first = pass(frames);

        for (int i = frames.length - 1; i >= 0; i--) {
            Packet again = registry.dissect(frame(i + 1, LinkType.RAW, frames[i]), session, true);
            assertSameColumns(first.get(i), again);
            Packet summary = registry.dissect(frame(i + 1, LinkType.RAW, frames[i]), session, false);
            assertSameColumns(first.get(i), summary);
            if (i < 2) {
                assertEquals(3, item(again, "tcp.reassembled_in").number());
            }
        }
        assertAbsent(first.get(0), "tcp.reassembled_in");
        assertEquals(27, lines.received().length());
    }

    @Test
    void withoutASessionNothingWaits() {
        Packet packet = registry.dissect(frame(1, LinkType.RAW, segment(1000, "GET / HTTP/1.1\r\nHo")), null, true);

        assertEquals("GET / HTTP/1.1 " + MARK, packet.info());
        assertNull(lines.received());
    }
}
