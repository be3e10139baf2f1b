package org.wirebench.proto.ipv6.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.proto.ipv6.tests.Ipv6Frames.header;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.ipv6.internal.Icmpv6Dissector;
import org.wirebench.proto.ipv6.internal.Ipv6Dissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

/** ICMPv6 in IPv6 packets (LINKTYPE_IPV6), and alone under a made-up link type. */
class Icmpv6DissectorTest {
    private static final byte[] TARGET = bytes(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02); // fe80::2

    private final Stub udp = new Stub("UDP").reading(8).writingInfo("54321 → 53 Len=4").settingPorts(54321);
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("ipv6", "Internet Protocol Version 6", "ipv6", Ipv6Dissector::new, "linktype=229"),
            spec("icmpv6", "Internet Control Message Protocol v6", "icmpv6", Icmpv6Dissector::new, "ip.proto=58",
                    "linktype=" + TEST_LINK_TYPE),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame) {
        return Registries.dissectBothPasses(registry, LinkType.IPV6, frame);
    }

    private List<String> labels(Packet packet, String filterName) {
        return items(packet, filterName).stream().map(Item::label).toList();
    }

    /** Frame 1 of icmpv6_neighbor_solicitation.pcapng (Practical Packet Analysis) without its Ethernet header. */
    private static final byte[] NEIGHBOR_SOLICITATION = bytes(
            0x60, 0x00, 0x00, 0x00, // version 6, traffic class 0, flow label 0
            0x00, 0x20, 0x3a, 0xff, // payload length 32, next header ICMPv6, hop limit 255
            0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x02, 0, 0, 0, 0, 0, 0, 0x10, 0x03, // source 2001:db8:1:2::1003
            0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x01, 0xff, 0x00, 0x10, 0x00, // destination ff02::1:ff00:1000
            0x87, 0x00, 0x44, 0xb7, // type 135: neighbor solicitation, code 0, checksum
            0x00, 0x00, 0x00, 0x00, // reserved
            0x20, 0x01, 0x0d, 0xb8, 0x00, 0x01, 0x00, 0x02, 0, 0, 0, 0, 0, 0, 0x10, 0x00, // target 2001:db8:1:2::1000
            0x01, 0x01, // option: source link-layer address, length 1 (8 bytes)
            0x00, 0x0c, 0x29, 0x2f, 0x80, 0x31); // 00:0c:29:2f:80:31

    @Test
    void neighborSolicitationFromACapture() {
        Packet packet = dissect(NEIGHBOR_SOLICITATION);

        assertEquals("ICMPv6", packet.protocolColumn());
        assertEquals("Neighbor Solicitation for 2001:db8:1:2::1000 from 00:0c:29:2f:80:31", packet.info());
        Item icmpv6 = item(packet, "icmpv6");
        assertSpan(icmpv6, 40, 32);
        assertEquals("Type: Neighbor Solicitation (135)", item(packet, "icmpv6.type").label());
        Item checksum = item(packet, "icmpv6.checksum");
        assertEquals("Checksum: 0x44b7 [correct]", checksum.label());
        assertSpan(checksum, 42, 2);
        assertEquals("[Checksum Status: Good (1)]", item(packet, "icmpv6.checksum.status").label());
        Item target = item(packet, "icmpv6.nd.ns.target_address");
        assertEquals("Target Address: 2001:db8:1:2::1000", target.label());
        assertSpan(target, 48, 16);
        Item option = item(packet, "icmpv6.opt");
        assertEquals("ICMPv6 Option (Source link-layer address : 00:0c:29:2f:80:31)", option.label());
        assertSpan(option, 64, 8);
        assertEquals("Type: Source link-layer address (1)", item(packet, "icmpv6.opt.type").label());
        assertEquals("Length: 1 (8 bytes)", item(packet, "icmpv6.opt.length").label());
        Item address = item(packet, "icmpv6.opt.linkaddr");
        assertEquals("Link-layer address: 00:0c:29:2f:80:31", address.label());
        assertSpan(address, 66, 6);
        assertTrue(item(packet, "icmpv6.opt.src_linkaddr").isHidden());
        assertTrue(packet.experts().isEmpty(), packet.experts().toString());
    }

    @Test
    void neighborAdvertisementFlags() {
        byte[] frame = concat(header(32, 58), bytes(
                0x88, 0x00, 0xcb, 0x57, // type 136: neighbor advertisement, code 0, checksum
                0xe0, 0x00, 0x00, 0x00), // flags: router, solicited, override
                TARGET, // target fe80::2
                bytes(0x02, 0x01, 0x00, 0x11, 0x22, 0x33, 0x44, 0x66)); // target link-layer address 00:11:22:33:44:66

        Packet packet = dissect(frame);

        assertEquals("Neighbor Advertisement fe80::2 (rtr, sol, ovr) is at 00:11:22:33:44:66", packet.info());
        Item flags = item(packet, "icmpv6.nd.na.flag");
        assertEquals("Flags: 0xe0000000", flags.label());
        assertSpan(flags, 44, 4);
        assertEquals(1, item(packet, "icmpv6.nd.na.flag.r").number());
        assertEquals(1, item(packet, "icmpv6.nd.na.flag.s").number());
        assertEquals(1, item(packet, "icmpv6.nd.na.flag.o").number());
        assertEquals(0, item(packet, "icmpv6.nd.na.flag.rsv").number());
        assertSpan(item(packet, "icmpv6.nd.na.target_address"), 48, 16);
        assertEquals(1, item(packet, "icmpv6.checksum.status").number());
    }

    @Test
    void routerSolicitation() {
        byte[] frame = concat(header(16, 58), bytes(
                0x85, 0x00, 0xad, 0xfc, // type 133: router solicitation, code 0, checksum
                0x00, 0x00, 0x00, 0x00, // reserved
                0x01, 0x01, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55)); // source link-layer address

        assertEquals("Router Solicitation from 00:11:22:33:44:55", dissect(frame).info());
    }

    @Test
    void routerAdvertisementAndItsOptions() {
        byte[] frame = concat(header(88, 58), bytes(
                0x86, 0x00, 0x53, 0x0c, // type 134: router advertisement, code 0, checksum
                0x40, // current hop limit 64
                0xc0, // flags: managed, other configuration
                0x07, 0x08, // router lifetime 1800 s
                0x00, 0x00, 0x75, 0x30, // reachable time 30000 ms
                0x00, 0x00, 0x03, 0xe8, // retransmission timer 1000 ms
                0x01, 0x01, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // source link-layer address
                0x05, 0x01, 0x00, 0x00, 0x00, 0x00, 0x05, 0x78, // MTU 1400
                0x03, 0x04, // prefix information, 32 bytes
                0x40, 0xc0, // prefix length 64, flags: on-link, autonomous
                0x00, 0x27, 0x8d, 0x00, // valid lifetime 2592000 s
                0x00, 0x09, 0x3a, 0x80, // preferred lifetime 604800 s
                0x00, 0x00, 0x00, 0x00, // reserved
                0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, // prefix 2001:db8:0:1::
                0x19, 0x03, 0x00, 0x00, // recursive DNS server, 24 bytes, reserved
                0x00, 0x00, 0x0e, 0x10, // lifetime 3600 s
                0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x53)); // 2001:db8::53

        Packet packet = dissect(frame);

        assertEquals("Router Advertisement from 00:11:22:33:44:55", packet.info());
        Item hopLimit = item(packet, "icmpv6.nd.ra.cur_hop_limit");
        assertEquals(64, hopLimit.number());
        assertSpan(hopLimit, 44, 1);
        assertEquals("Flags: 0xc0", item(packet, "icmpv6.nd.ra.flag").label());
        assertEquals(1, item(packet, "icmpv6.nd.ra.flag.m").number());
        assertEquals(1, item(packet, "icmpv6.nd.ra.flag.o").number());
        assertEquals("Prf (Default Router Preference): Medium (0)", item(packet, "icmpv6.nd.ra.flag.prf").label());
        assertEquals(1800, item(packet, "icmpv6.nd.ra.router_lifetime").number());
        assertEquals(30000, item(packet, "icmpv6.nd.ra.reachable_time").number());
        Item retrans = item(packet, "icmpv6.nd.ra.retrans_timer");
        assertEquals(1000, retrans.number());
        assertSpan(retrans, 52, 4);
        assertEquals(List.of("ICMPv6 Option (Source link-layer address : 00:11:22:33:44:55)", "ICMPv6 Option (MTU : 1400)",
                "ICMPv6 Option (Prefix information : 2001:db8:0:1::/64)", "ICMPv6 Option (Recursive DNS Server 2001:db8::53)"),
                labels(packet, "icmpv6.opt"));
        assertEquals(1400, item(packet, "icmpv6.opt.mtu").number());
        assertEquals(64, item(packet, "icmpv6.opt.prefix.length").number());
        assertEquals(1, item(packet, "icmpv6.opt.prefix.flag.l").number());
        assertEquals(1, item(packet, "icmpv6.opt.prefix.flag.a").number());
        assertEquals(0, item(packet, "icmpv6.opt.prefix.flag.r").number());
        assertEquals(2592000, item(packet, "icmpv6.opt.prefix.valid_lifetime").number());
        assertEquals(604800, item(packet, "icmpv6.opt.prefix.preferred_lifetime").number());
        Item prefix = item(packet, "icmpv6.opt.prefix");
        assertEquals("Prefix: 2001:db8:0:1::", prefix.label());
        assertSpan(prefix, 88, 16);
        assertEquals(3600, item(packet, "icmpv6.opt.rdnss.lifetime").number());
        assertEquals(List.of("Recursive DNS Servers: 2001:db8::53"), labels(packet, "icmpv6.opt.rdnss"));
        assertEquals(1, item(packet, "icmpv6.checksum.status").number());
    }

    @Test
    void anOptionLengthOfZeroEndsTheOptionsAsMalformed() {
        byte[] frame = concat(header(32, 58), bytes(
                0x87, 0x00, 0xad, 0x6a, // neighbor solicitation, code 0, checksum
                0x00, 0x00, 0x00, 0x00), // reserved
                TARGET,
                bytes(0x01, 0x00, // source link-layer address of length 0: no way to the next option
                        0x00, 0x11, 0x22, 0x33, 0x44, 0x55));

        Packet packet = dissect(frame);

        Item length = item(packet, "icmpv6.opt.length");
        Expert error = length.children().get(0).expert();
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("Invalid option length (Zero)", error.message());
        assertEquals(65, error.frameOffset());
        assertEquals(65, malformedAt(packet));
        assertEquals("Neighbor Solicitation for fe80::2 [Malformed Packet]", packet.info());
    }

    /**
     * The frame of tcpdump's icmpv6-length-zero.pcapng without its Ethernet header: payload length 0, and an
     * option whose length runs far past the message.
     */
    private static final byte[] LENGTH_ZERO = bytes(
            0x60, 0x00, 0x00, 0x00, // version 6
            0x00, 0x00, 0x3a, 0xff, // payload length 0, next header ICMPv6, hop limit 255
            0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x5a, 0x28, 0xff, 0xfe, 0x08, 0xf1, 0x50, // source fe80::25a:28ff:fe08:f150
            0x6e, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x41, // destination 6e02::41
            0x88, 0x00, 0x0b, 0x20, // neighbor advertisement, code 0, checksum
            0x20, 0x80, 0x00, 0x00, // flags: override and a reserved bit
            0xfe, 0x80, 0x00, 0x00, 0x00, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, // target
            0xaa, 0xaa, // option type 170, length 170 (1360 bytes)
            0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa);

    @Test
    void anOptionRunningPastTheMessageIsMalformed() {
        Packet packet = dissect(LENGTH_ZERO);

        assertEquals(65, malformedAt(packet));
        assertTrue(packet.info().startsWith("Neighbor Advertisement fe80:0:aa:aaaa:aaaa:aaaa:aaaa:aaaa (ovr)"), packet.info());
        assertTrue(packet.experts().stream().anyMatch(e -> e.severity() == Severity.NOTE), "payload length 0 noted");
    }

    /** Port unreachable quoting a UDP datagram from fe80::2 to fe80::211:22ff:fe33:4455. */
    private static final byte[] PORT_UNREACHABLE = concat(header(60, 58), bytes(
            0x01, 0x04, 0x2a, 0x44, // type 1: destination unreachable, code 4: port unreachable, checksum
            0x00, 0x00, 0x00, 0x00, // reserved
            0x60, 0x00, 0x00, 0x00, // quoted IPv6 header, version 6
            0x00, 0x0c, 0x11, 0x40), // payload length 12, next header UDP, hop limit 64
            TARGET, // source fe80::2
            Ipv6Frames.LINK_LOCAL, // destination fe80::211:22ff:fe33:4455
            bytes(0xd4, 0x31, 0x00, 0x35, 0x00, 0x0c, 0x00, 0x00, // quoted UDP header: ports 54321 and 53, length 12
                    'a', 'b', 'c', 'd'));

    @Test
    void anErrorQuotesThePacketWithoutTakingOverTheColumns() {
        Packet packet = dissect(PORT_UNREACHABLE);

        assertEquals("Destination Unreachable (Port unreachable)", packet.info());
        assertEquals("ICMPv6", packet.protocolColumn());
        assertEquals("fe80::211:22ff:fe33:4455", packet.source());
        assertEquals("ff02::1", packet.destination());
        assertEquals(-1, packet.sourcePort());
        assertEquals("Code: 4 (Port unreachable)", item(packet, "icmpv6.code").label());
        Item quoted = item(packet, "icmpv6").find(registry.fields().get("ipv6"));
        assertEquals("Internet Protocol Version 6, Src: fe80::2, Dst: fe80::211:22ff:fe33:4455", quoted.label());
        assertSpan(quoted, 48, 40);
        assertEquals(88, udp.received().frameOffset(0));
        assertEquals("frame:ipv6:icmpv6:ipv6:udp", packet.layers());
        assertEquals(1, item(packet, "icmpv6.checksum.status").number());
        assertFalse(packet.malformed());
    }

    @Test
    void packetTooBigCarriesTheMtu() {
        byte[] frame = PORT_UNREACHABLE.clone();
        frame[40] = 0x02; // type 2: packet too big
        frame[41] = 0x00;
        frame[42] = 0x24; // checksum
        frame[43] = 0x48;
        frame[46] = 0x05; // MTU 1280
        frame[47] = 0x00;

        Packet packet = dissect(frame);

        assertEquals("Packet Too Big", packet.info());
        Item mtu = item(packet, "icmpv6.mtu");
        assertEquals(1280, mtu.number());
        assertSpan(mtu, 44, 4);
        assertEquals(1, item(packet, "icmpv6.checksum.status").number());
    }

    @Test
    void aQuoteCutShortByTheSenderIsNotMalformed() {
        byte[] frame = PORT_UNREACHABLE.clone();
        frame[52] = 0x05; // the quoted header announces 1280 bytes of payload
        frame[53] = 0x00;

        Packet packet = dissect(frame);

        assertFalse(packet.malformed());
        assertTrue(packet.experts().stream().noneMatch(e -> e.message().contains("exceeds")), packet.experts().toString());
        assertEquals("Destination Unreachable (Port unreachable)", packet.info());
    }

    @Test
    void aBadChecksumIsAnExpertError() {
        byte[] frame = PORT_UNREACHABLE.clone();
        frame[43] = 0x45;

        Packet packet = dissect(frame);

        assertEquals("Checksum: 0x2a45 incorrect, should be 0x2a44", item(packet, "icmpv6.checksum").label());
        assertEquals(0, item(packet, "icmpv6.checksum.status").number());
        assertEquals(42, packet.experts().get(0).frameOffset());
    }

    @Test
    void withoutACarryingHeaderTheChecksumIsUnverifiedAndThereIsNoHopLimit() {
        Packet packet = Registries.dissect(registry, TEST_LINK_TYPE, bytes(0x81, 0x00, 0x00, 0x00, 0x12, 0x34, 0x00, 0x07), true);

        assertEquals("Echo (ping) reply id=0x1234, seq=7", packet.info());
        assertEquals(2, item(packet, "icmpv6.checksum.status").number());
        assertEquals("Checksum: 0x0000 [unverified]", item(packet, "icmpv6.checksum").label());
        assertEquals(4660, item(packet, "icmpv6.echo.identifier").number());
        assertEquals("Identifier: 0x1234", item(packet, "icmpv6.echo.identifier").label());
        assertEquals(7, item(packet, "icmpv6.echo.sequence_number").number());
    }

    @Test
    void anUnknownTypeIsNamedByNumber() {
        Packet packet = Registries.dissect(registry, TEST_LINK_TYPE, bytes(0xfa, 0x00, 0x00, 0x00, 0x01), true);

        assertEquals("Unknown (250)", packet.info());
        assertEquals(1, data.received().length());
        assertAbsent(packet, "icmpv6.reserved");
    }

    @Test
    void aTruncatedEchoIsMalformedWhereTheReadFails() {
        Packet packet = Registries.dissect(registry, TEST_LINK_TYPE, bytes(0x80, 0x00, 0x00, 0x00, 0x12), true);

        assertEquals(4, malformedAt(packet));
        assertEquals("ICMPv6", packet.protocolColumn());
    }
}
