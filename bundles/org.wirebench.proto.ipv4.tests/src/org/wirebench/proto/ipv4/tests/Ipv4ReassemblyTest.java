package org.wirebench.proto.ipv4.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.proto.ipv4.internal.Ipv4Dissector;
import org.wirebench.testing.Stub;

/** Fragments put back together across the frames of one session, under LINKTYPE_IPV4. */
class Ipv4ReassemblyTest {
    private final Stub udp = new Stub("UDP");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("ip", "Internet Protocol Version 4", "ip", Ipv4Dissector::new, "linktype=228"),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("data", "Data", "data", () -> data));
    private final Session session = new Session();

    /** The 24-byte UDP datagram the fragments carry: an 8-byte header and 16 bytes of payload. */
    private static final byte[] DATAGRAM = bytes(
            0xd4, 0x31, 0x00, 0x35, // ports 54321 → 53
            0x00, 0x18, 0x00, 0x00, // length 24, no checksum
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p');

    /** An IPv4 fragment of datagram 0xabcd from 10.0.0.1 to 10.0.0.2: `payload` at `offset` (a multiple of 8). */
    private static byte[] fragment(int offset, boolean more, byte[] payload) {
        int total = 20 + payload.length;
        int flagsAndOffset = (more ? 0x2000 : 0) | offset / 8;
        return concat(bytes(
                0x45, 0x00, // version 4, header length 20; DSCP 0, ECN 0
                total >>> 8, total, // total length
                0xab, 0xcd, // identification 0xabcd
                flagsAndOffset >>> 8, flagsAndOffset, // more fragments, fragment offset in units of 8 bytes
                0x40, 0x11, // TTL 64, protocol UDP
                0x00, 0x00, // header checksum (not verified here)
                0x0a, 0x00, 0x00, 0x01, // source 10.0.0.1
                0x0a, 0x00, 0x00, 0x02), // destination 10.0.0.2
                payload);
    }

    private static byte[] part(int from, int to) {
        return java.util.Arrays.copyOfRange(DATAGRAM, from, to);
    }

    /** Dissects the frames in capture order, numbered from 1, as the first pass does. */
    private List<Packet> pass(byte[]... frames) {
        List<Packet> packets = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            packets.add(registry.dissect(frame(i + 1, LinkType.IPV4, frames[i]), session, true));
        }
        return packets;
    }

    @Test
    void fragmentsInOrderAreDissectedWholeInTheLastFrame() {
        List<Packet> packets = pass(fragment(0, true, part(0, 16)), fragment(16, false, part(16, 24)));

        Packet first = packets.get(0);
        assertEquals("Fragmented IP protocol (proto=UDP 17, off=0, ID=abcd)", first.info());
        assertEquals("frame:ip:data", first.layers());
        Packet last = packets.get(1);
        assertEquals("frame:ip:udp", last.layers());
        assertEquals(1, udp.calls());
        assertArrayEquals(DATAGRAM, udp.received().bytes(0, 24));
        assertEquals("Reassembled IPv4", last.dataSources().get(0).name());
        assertSame(last.dataSources().get(0), udp.received().source(), "the upper items point into the reassembled bytes");
        assertEquals("[2 IPv4 Fragments (24 bytes): #1(16), #2(8)]", item(last, "ip.fragments").label());
        Item second = item(last, "ip.fragments").children().get(1);
        assertEquals("[Frame: 2, payload: 16-23 (8 bytes)]", second.label());
        assertEquals(16, second.frameOffset());
        assertSame(last.dataSources().get(0), second.dataSource());
        assertEquals(2, item(last, "ip.fragment.count").number());
        assertEquals(24, item(last, "ip.reassembled.length").number());
    }

    @Test
    void theLastFragmentFirstStillCompletesInTheFrameThatFillsTheGap() {
        List<Packet> packets = pass(fragment(16, false, part(16, 24)), fragment(0, true, part(0, 16)));

        assertEquals("Fragmented IP protocol (proto=UDP 17, off=16, ID=abcd)", packets.get(0).info());
        assertEquals("frame:ip:udp", packets.get(1).layers());
        assertArrayEquals(DATAGRAM, udp.received().bytes(0, 24));
    }

    @Test
    void aMissingFragmentLeavesTheDatagramFragmented() {
        List<Packet> packets = pass(fragment(0, true, part(0, 8)), fragment(16, false, part(16, 24)));

        assertEquals("frame:ip:data", packets.get(1).layers());
        assertEquals(0, udp.calls());
        assertAbsent(packets.get(1), "ip.fragments");
    }

    @Test
    void anOverlapThatChangesBytesLeavesTheDatagramFragmented() {
        byte[] other = part(8, 24);
        other[0] = 'X';
        List<Packet> packets = pass(fragment(0, true, part(0, 16)), fragment(8, false, other));

        assertEquals("Fragmented IP protocol (proto=UDP 17, off=8, ID=abcd)", packets.get(1).info());
        assertEquals(0, udp.calls());
    }

    @Test
    void aRepeatedFragmentIsIgnored() {
        List<Packet> packets = pass(fragment(0, true, part(0, 16)), fragment(0, true, part(0, 16)), fragment(16, false, part(16, 24)));

        assertEquals("frame:ip:data", packets.get(1).layers());
        assertEquals("frame:ip:udp", packets.get(2).layers());
        assertEquals("[2 IPv4 Fragments (24 bytes): #1(16), #3(8)]", item(packets.get(2), "ip.fragments").label());
    }

    @Test
    void aFragmentCutByTheSnapLengthLeavesTheDatagramFragmented() {
        byte[] first = fragment(0, true, part(0, 16));
        registry.dissect(frame(1, LinkType.IPV4, first, first.length - 4), session, true);
        Packet last = registry.dissect(frame(2, LinkType.IPV4, fragment(16, false, part(16, 24))), session, true);

        assertEquals("frame:ip:data", last.layers());
    }

    @Test
    void dissectingAFrameAgainGivesTheSameAnswerAndWhereTheDatagramBecameWhole() {
        byte[][] frames = { fragment(0, true, part(0, 16)), fragment(16, false, part(16, 24)) };
        List<Packet> first = pass(frames);

        Packet again = registry.dissect(frame(2, LinkType.IPV4, frames[1]), session, true);
        assertSameColumns(first.get(1), again);
        assertEquals("frame:ip:udp", again.layers());
        Packet summary = registry.dissect(frame(2, LinkType.IPV4, frames[1]), session, false);
        assertSameColumns(first.get(1), summary);

        Packet firstAgain = registry.dissect(frame(1, LinkType.IPV4, frames[0]), session, true);
        assertSameColumns(first.get(0), firstAgain);
        assertEquals(2, item(firstAgain, "ip.reassembled_in").number());
        assertAbsent(first.get(0), "ip.reassembled_in");
    }

    @Test
    void withoutASessionAFragmentStaysFragmented() {
        Packet packet = registry.dissect(frame(1, LinkType.IPV4, fragment(0, true, part(0, 16))), null, true);

        assertEquals("frame:ip:data", packet.layers());
        assertNull(udp.received());
    }
}
