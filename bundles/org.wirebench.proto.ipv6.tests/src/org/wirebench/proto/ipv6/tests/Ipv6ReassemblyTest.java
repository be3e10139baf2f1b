package org.wirebench.proto.ipv6.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.proto.ipv6.tests.Ipv6Frames.header;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.proto.ipv6.internal.Ipv6Dissector;
import org.wirebench.testing.Stub;

/** Packets with a fragment header put back together across the frames of one session, under LINKTYPE_IPV6. */
class Ipv6ReassemblyTest {
    private final Stub udp = new Stub("UDP");
    private final DissectorRegistry registry = registry(
            spec("ipv6", "Internet Protocol Version 6", "ipv6", Ipv6Dissector::new, "linktype=229"),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("data", "Data", "data", () -> new Stub(null)));
    private final Session session = new Session();

    /** The 16-byte UDP datagram the fragments carry. */
    private static final byte[] DATAGRAM = bytes(
            0xd4, 0x31, 0x00, 0x35, // ports 54321 → 53
            0x00, 0x10, 0x00, 0x00, // length 16, checksum
            'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');

    /** A packet of identification 0x00abcdef whose fragment header puts `from`..`to` of the datagram at `from`. */
    private static byte[] fragment(int from, int to, boolean more) {
        int offsetAndFlags = from / 8 << 3 | (more ? 1 : 0);
        return concat(header(8 + to - from, 44), bytes( // fragment header next
                17, 0x00, // next header UDP, reserved
                offsetAndFlags >>> 8, offsetAndFlags, // offset in units of 8 bytes, more fragments
                0x00, 0xab, 0xcd, 0xef), // identification
                Arrays.copyOfRange(DATAGRAM, from, to));
    }

    private Packet dissect(int number, byte[] frame) {
        return registry.dissect(frame(number, LinkType.IPV6, frame), session, true);
    }

    @Test
    void theFrameThatCompletesThePacketHandsTheWholeOn() {
        Packet first = dissect(1, fragment(0, 8, true));
        Packet last = dissect(2, fragment(8, 16, false));

        assertEquals("IPv6 fragment (off=0 more=y ident=0x00abcdef nxt=17)", first.info());
        assertEquals("frame:ipv6:data", first.layers());
        assertEquals("frame:ipv6:udp", last.layers());
        assertArrayEquals(DATAGRAM, udp.received().bytes(0, 16));
        assertEquals("Reassembled IPv6", last.dataSources().get(0).name());
        assertEquals("[2 IPv6 Fragments (16 bytes): #1(8), #2(8)]", item(last, "ipv6.fragments").label());
    }

    @Test
    void aMissingFragmentLeavesThePacketFragmented() {
        dissect(1, fragment(8, 16, false));

        assertEquals(0, udp.calls());
    }
}
