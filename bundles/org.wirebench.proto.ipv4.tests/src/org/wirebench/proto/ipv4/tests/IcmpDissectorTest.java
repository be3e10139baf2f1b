package org.wirebench.proto.ipv4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.Ipv4Packets.ipv4;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.ipv4.internal.IcmpDissector;
import org.wirebench.proto.ipv4.internal.Ipv4Dissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

/** ICMP in IPv4 packets (LINKTYPE_IPV4), and alone under a made-up link type. */
class IcmpDissectorTest {
    private static final int ICMP = 1;

    private final Stub udp = new Stub("UDP").reading(8).writingInfo("54321 → 53 Len=0").settingPorts(54321);
    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = registry(
            spec("ip", "Internet Protocol Version 4", "ip", Ipv4Dissector::new, "linktype=228"),
            spec("icmp", "Internet Control Message Protocol", "icmp", IcmpDissector::new, "ip.proto=1", "linktype=" + TEST_LINK_TYPE),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"),
            spec("tcp", "Transmission Control Protocol", "tcp", () -> new Stub("TCP").reading(20), "ip.proto=6"),
            spec("data", "Data", "data", () -> data));

    private Packet dissect(byte[] frame) {
        return Registries.dissectBothPasses(registry, LinkType.IPV4, frame);
    }

    private static final byte[] ECHO_REQUEST = ipv4(ICMP, bytes(
            0x08, // type 8: echo request
            0x00, // code 0
            0xeb, 0xed, // checksum
            0x00, 0x01, // identifier 1
            0x00, 0x01, // sequence number 1 (256 read little-endian)
            0, 1, 2, 3, 4, 5, 6, 7)); // data

    @Test
    void echoRequest() {
        Packet packet = dissect(ECHO_REQUEST);

        assertEquals("ICMP", packet.protocolColumn());
        assertEquals("Echo (ping) request  id=0x0001, seq=1/256, ttl=64", packet.info());
        assertEquals("10.0.0.1", packet.source());
        Item icmp = item(packet, "icmp");
        assertSpan(icmp, 20, 16);
        Item type = item(packet, "icmp.type");
        assertEquals("Type: Echo (ping) request (8)", type.label());
        assertSpan(type, 20, 1);
        assertEquals("Code: 0", item(packet, "icmp.code").label());
        Item checksum = item(packet, "icmp.checksum");
        assertEquals("Checksum: 0xebed [correct]", checksum.label());
        assertSpan(checksum, 22, 2);
        assertEquals(1, item(packet, "icmp.checksum.status").number());
        Item identifier = item(packet, "icmp.ident");
        assertEquals("Identifier (BE): 1 (0x0001)", identifier.label());
        assertSpan(identifier, 24, 2);
        assertEquals(256, item(packet, "icmp.ident_le").number());
        Item sequence = item(packet, "icmp.seq");
        assertEquals(1, sequence.number());
        assertSpan(sequence, 26, 2);
        assertEquals("Sequence Number (LE): 256 (0x0100)", item(packet, "icmp.seq_le").label());
        assertEquals(28, data.received().frameOffset(0));
        assertEquals(8, data.received().length());
        assertEquals("frame:ip:icmp:data", packet.layers());
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void echoReplyPadsItsTypeLikeWireshark() {
        byte[] reply = ipv4(ICMP, bytes(
                0x00, 0x00, // type 0: echo reply, code 0
                0xf3, 0xed, // checksum
                0x00, 0x01, 0x00, 0x01, // identifier 1, sequence number 1
                0, 1, 2, 3, 4, 5, 6, 7));

        assertEquals("Echo (ping) reply    id=0x0001, seq=1/256, ttl=64", dissect(reply).info());
    }

    @Test
    void aBadChecksumIsAnExpertError() {
        byte[] frame = ECHO_REQUEST.clone();
        frame[22] = 0x12; // checksum 0x1234 instead of 0xebed
        frame[23] = 0x34;

        Packet packet = dissect(frame);

        assertEquals("Checksum: 0x1234 incorrect, should be 0xebed", item(packet, "icmp.checksum").label());
        assertEquals(0, item(packet, "icmp.checksum.status").number());
        Expert error = packet.experts().get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(22, error.frameOffset());
    }

    @Test
    void withoutACarryingIpv4HeaderThereIsNoTtl() {
        byte[] message = bytes(0x08, 0x00, 0xeb, 0xed, 0x00, 0x01, 0x00, 0x01, 0, 1, 2, 3, 4, 5, 6, 7);

        Packet packet = Registries.dissect(registry, TEST_LINK_TYPE, message, true);

        assertEquals("Echo (ping) request  id=0x0001, seq=1/256", packet.info());
    }

    /** Port unreachable from 10.0.0.3, quoting a UDP datagram from 10.0.0.2 to 192.168.1.1. */
    private static final byte[] PORT_UNREACHABLE = bytes(
            0x45, 0x00, 0x00, 0x38, // version 4, header length 20, total length 56
            0x12, 0x34, 0x40, 0x00, // identification, don't fragment
            0x40, 0x01, 0x14, 0x8d, // TTL 64, protocol ICMP, header checksum
            0x0a, 0x00, 0x00, 0x03, // source 10.0.0.3
            0x0a, 0x00, 0x00, 0x02, // destination 10.0.0.2
            0x03, 0x03, // ICMP type 3: destination unreachable, code 3: port unreachable
            0x28, 0x8e, // checksum
            0x00, 0x00, 0x00, 0x00, // unused
            0x45, 0x00, 0x00, 0x1c, // quoted IPv4 header: total length 28
            0x12, 0x34, 0x40, 0x00, // identification, don't fragment
            0x40, 0x11, 0x5c, 0xf2, // TTL 64, protocol UDP, header checksum
            0x0a, 0x00, 0x00, 0x02, // source 10.0.0.2
            0xc0, 0xa8, 0x01, 0x01, // destination 192.168.1.1
            0xd4, 0x31, 0x00, 0x35, // quoted UDP header: ports 54321 and 53
            0x00, 0x08, 0x00, 0x00); // length 8, checksum 0

    @Test
    void anErrorQuotesTheDatagramWithoutTakingOverTheColumns() {
        Packet packet = dissect(PORT_UNREACHABLE);

        assertEquals("Destination unreachable (Port unreachable)", packet.info());
        assertEquals("ICMP", packet.protocolColumn());
        assertEquals("10.0.0.3", packet.source());
        assertEquals("10.0.0.2", packet.destination());
        assertEquals("10.0.0.3", packet.netSource());
        assertEquals(-1, packet.sourcePort(), "the quoted ports are not this packet's");
        assertEquals("Code: 3 (Port unreachable)", item(packet, "icmp.code").label());
        assertSpan(item(packet, "icmp.unused"), 24, 4);

        Item icmp = item(packet, "icmp");
        Item quoted = icmp.find(registry.fields().get("ip"));
        assertEquals("Internet Protocol Version 4, Src: 10.0.0.2, Dst: 192.168.1.1", quoted.label());
        assertSpan(quoted, 28, 20);
        List<Item> sources = items(packet, "ip.src");
        assertEquals(List.of("Source Address: 10.0.0.3", "Source Address: 10.0.0.2"), sources.stream().map(Item::label).toList());
        assertEquals(48, udp.received().frameOffset(0));
        assertEquals(8, udp.received().length());
        assertEquals("frame:ip:icmp:ip:udp", packet.layers());
        assertFalse(packet.malformed());
    }

    @Test
    void aQuoteCutShortByTheSenderIsNotMalformed() {
        byte[] frame = PORT_UNREACHABLE.clone();
        frame[30] = 0x05; // the quoted header says 1500 bytes; the sender quoted 28 of them
        frame[31] = (byte) 0xdc;
        frame[37] = 0x06; // and TCP, whose 20-byte header was quoted only in part

        Packet packet = dissect(frame);

        assertFalse(packet.malformed());
        assertTrue(packet.experts().stream().noneMatch(e -> e.message().contains("exceeds")), packet.experts().toString());
        assertEquals("Destination unreachable (Port unreachable)", packet.info(), "the outer Info stays");
        assertEquals("ICMP", packet.protocolColumn());
    }

    @Test
    void aQuoteThatIsReallyMalformedSaysSo() {
        byte[] frame = PORT_UNREACHABLE.clone();
        frame[28] = 0x46; // the quoted header claims 4 bytes of options: its payload no longer fits in the quote

        Packet packet = dissect(frame);

        assertTrue(packet.malformed());
        assertEquals("Destination unreachable (Port unreachable) [Malformed Packet]", packet.info());
        assertEquals(52, malformedAt(packet), "where the UDP header, moved 4 bytes on by the options, runs out of the quote");
        assertEquals("10.0.0.3", packet.source());
    }

    @ParameterizedTest(name = "type {0} code {1}")
    @CsvSource(delimiter = '|', value = {
            "11 | 0 | Time-to-live exceeded (Time to live exceeded in transit) | icmp.unused    | ",
            "5  | 1 | Redirect             (Redirect for host)               | icmp.redir_gw  | Gateway Address: 0.0.0.0",
            "12 | 0 | Parameter problem    (Pointer indicates the error)     | icmp.pointer   | Pointer: 0",
            "3  | 4 | Destination unreachable (Fragmentation needed)         | icmp.mtu       | MTU of next hop: 0",
            "4  | 0 | Source quench (flow control)                           | icmp.unused    | " })
    void errorMessages(int type, int code, String info, String filterName, String label) {
        byte[] frame = PORT_UNREACHABLE.clone();
        frame[20] = (byte) type;
        frame[21] = (byte) code;

        Packet packet = dissect(frame);

        assertEquals(info.strip(), packet.info().strip());
        if (label != null) {
            assertEquals(label, item(packet, filterName).label());
        }
        assertEquals(48, udp.received().frameOffset(0), "every error quotes the datagram");
    }

    @Test
    void timestampRequest() {
        byte[] frame = ipv4(ICMP, bytes(
                0x0d, 0x00, 0xf2, 0x96, // type 13: timestamp request, code 0, checksum
                0x00, 0x02, 0x00, 0x03, // identifier 2, sequence number 3
                0x00, 0x00, 0x00, 0x64, // originate timestamp: 100 ms after midnight UT
                0x00, 0x00, 0x00, 0x00, // receive timestamp
                0x00, 0x00, 0x00, 0x00)); // transmit timestamp

        Packet packet = dissect(frame);

        assertEquals("Timestamp request    id=0x0002, seq=3/768, ttl=64", packet.info());
        Item originate = item(packet, "icmp.originate_timestamp");
        assertEquals(100, originate.number());
        assertSpan(originate, 28, 4);
        assertSpan(item(packet, "icmp.transmit_timestamp"), 36, 4);
    }

    @Test
    void routerAdvertisementEntries() {
        byte[] frame = ipv4(ICMP, bytes(
                0x09, 0x00, 0xd7, 0xfa, // type 9: router advertisement, code 0, checksum
                0x02, // two addresses
                0x02, // of two 32-bit words each
                0x07, 0x08, // lifetime 1800 s
                0x0a, 0x00, 0x00, 0xfe, 0x00, 0x00, 0x00, 0x00, // 10.0.0.254, preference 0
                0x0a, 0x00, 0x00, 0xfd, 0xff, 0xff, 0xff, 0xff)); // 10.0.0.253, preference -1

        Packet packet = dissect(frame);

        assertEquals("Router advertisement (Normal router advertisement)", packet.info());
        assertEquals(1800, item(packet, "icmp.lifetime").number());
        List<Item> routers = items(packet, "icmp.router_address");
        assertEquals(List.of("Router address: 10.0.0.254", "Router address: 10.0.0.253"), routers.stream().map(Item::label).toList());
        assertEquals(-1, items(packet, "icmp.pref_level").get(1).number());
    }

    @Test
    void anUnknownTypeIsSaidSo() {
        byte[] frame = ipv4(ICMP, bytes(
                0x3e, 0x00, 0xc1, 0xff, // type 62, unassigned; code 0; checksum
                0x00, 0x00, 0x00, 0x00));

        Packet packet = dissect(frame);

        assertEquals("Unknown ICMP (obsolete or malformed?)", packet.info());
        assertEquals(4, data.received().length());
    }

    @Test
    void aTruncatedEchoIsMalformedAtTheSequenceNumber() {
        byte[] frame = ipv4(ICMP, bytes(
                0x08, 0x00, 0xeb, 0xed, // echo request, code 0, checksum
                0x00, 0x01)); // identifier; the sequence number is missing

        Packet packet = dissect(frame);

        assertEquals(26, malformedAt(packet));
        assertEquals("ICMP", packet.protocolColumn());
        assertNull(data.received());
    }
}
