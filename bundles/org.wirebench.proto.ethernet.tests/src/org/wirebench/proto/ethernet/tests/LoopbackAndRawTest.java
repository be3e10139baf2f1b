package org.wirebench.proto.ethernet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.dissect;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.proto.ethernet.internal.NullDissector;
import org.wirebench.proto.ethernet.internal.RawIpDissector;
import org.wirebench.testing.Stub;

/** BSD loopback (LINKTYPE_NULL and LINKTYPE_LOOP) and raw IP (LINKTYPE_RAW). */
class LoopbackAndRawTest {
    private final Stub ip = new Stub("IPv4");
    private final Stub ipv6 = new Stub("IPv6");
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("null", "Null/Loopback", "null", NullDissector::new, "linktype=0", "linktype=108"),
            spec("raw", "Raw packet data", "raw", RawIpDissector::new, "linktype=101"),
            spec("ip", "Internet Protocol Version 4", "ip", () -> ip, "ethertype=0x0800"),
            spec("ipv6", "Internet Protocol Version 6", "ipv6", () -> ipv6, "ethertype=0x86dd"),
            spec("data", "Data", "data", () -> data));

    @Test
    void littleEndianFamilyOfALittleEndianHost() {
        // frame 1 of tcpdump's dns-badcookie.pcap, a DNS query over loopback
        byte[] frame = bytes(
                0x02, 0x00, 0x00, 0x00, // family 2 (IP), host byte order of a little-endian host
                0x45, 0x00, 0x00, 0x44); // start of the IPv4 header

        Packet packet = dissect(registry, LinkType.NULL, frame, true);

        Item family = item(packet, "null.family");
        assertEquals("Family: IP (2)", family.label());
        assertSpan(family, 0, 4);
        assertEquals(4, ip.received().frameOffset(0));
        assertEquals("IPv4", packet.protocolColumn());
        assertEquals("frame:null:ip", packet.layers());
        assertSameColumns(packet, dissect(registry, LinkType.NULL, frame, false));
    }

    @ParameterizedTest(name = "family {2} ({0})")
    @CsvSource({
            "NetBSD little-endian,   0x18000000, 24",
            "FreeBSD little-endian,  0x1c000000, 28", // as in tcpdump's icmpv6-RFC2894-RR.pcap
            "Darwin big-endian,      0x0000001e, 30" })
    void everyBsdNumberForIpv6(String host, String header, long family) {
        long value = Long.decode(header);
        byte[] frame = bytes((int) (value >>> 24), (int) (value >>> 16), (int) (value >>> 8), (int) value, 0x60, 0x00);

        Packet packet = dissect(registry, LinkType.NULL, frame, true);

        assertEquals(family, item(packet, "null.family").number(), host);
        assertEquals("frame:null:ipv6", packet.layers());
        assertEquals(4, ipv6.received().frameOffset(0));
    }

    @Test
    void loopLinkTypeIsNetworkByteOrder() {
        byte[] frame = bytes(
                0x00, 0x00, 0x00, 0x02, // family 2 (IP), big-endian
                0x45, 0x00);

        Packet packet = dissect(registry, LinkType.LOOP, frame, true);

        assertEquals(2, item(packet, "null.family").number());
        assertEquals(1, ip.calls());
    }

    @Test
    void anUnknownFamilyIsData() {
        byte[] frame = bytes(
                0x07, 0x00, 0x00, 0x00, // family 7 (OSI): no dissector here
                0x81, 0x01);

        Packet packet = dissect(registry, LinkType.NULL, frame, true);

        assertEquals("Family: OSI (7)", item(packet, "null.family").label());
        assertEquals("N/A", packet.protocolColumn());
        assertEquals("Null/Loopback", packet.info());
        assertEquals(2, data.received().length());
        assertSameColumns(packet, dissect(registry, LinkType.NULL, frame, false));
    }

    @Test
    void aTruncatedFamilyIsMalformed() {
        Packet packet = dissect(registry, LinkType.NULL, bytes(0x02, 0x00), true);

        assertEquals(0, malformedAt(packet));
    }

    @ParameterizedTest
    @CsvSource({ "0x45, ip", "0x60, ipv6" })
    void rawIpFollowsTheVersionNibble(String first, String protocol) {
        byte[] frame = bytes(Integer.decode(first), 0x00, 0x00, 0x14);

        Packet packet = dissect(registry, LinkType.RAW, frame, true);

        assertEquals("frame:raw:" + protocol, packet.layers());
        assertEquals(0, (protocol.equals("ip") ? ip : ipv6).received().frameOffset(0));
        assertEquals("Raw packet data", item(packet, "raw").label());
        assertEquals("Raw packet data", packet.info());
        assertSameColumns(packet, dissect(registry, LinkType.RAW, frame, false));
    }

    @Test
    void rawBytesOfNoIpVersionAreData() {
        Packet packet = dissect(registry, LinkType.RAW, bytes(0x11, 0x22), true);

        assertEquals("frame:raw:data", packet.layers());
        assertEquals("N/A", packet.protocolColumn());
        assertEquals(2, data.received().length());
    }

    @Test
    void anEmptyRawFrameIsMalformed() {
        assertEquals(0, malformedAt(dissect(registry, LinkType.RAW, new byte[0], true)));
    }
}
