package org.wirebench.proto.dns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.hex;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.Mutations.assertNeverBreak;
import static org.wirebench.testing.PacketAssertions.assertMalformedAt;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.TransportStandIn.ports;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.Binding;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.ProtocolSpec;
import org.wirebench.core.Severity;
import org.wirebench.proto.dns.internal.DnsDissector;
import org.wirebench.testing.TransportStandIn;

class DnsDissectorTest {
    /** Made-up link types under which the stand-ins for UDP and TCP take the frame. */
    private static final int UDP = 60000;
    private static final int TCP = 60001;

    /** chrissanders dns_recursivequery_client.pcapng frame 1, the UDP payload. */
    static final byte[] QUERY = hex(
            "8b34", // transaction ID
            "0100", // flags: standard query, recursion desired
            "0001 0000 0000 0000", // 1 question, no records
            "03 777777 08 6e6f737461726368 03 636f6d 00", // www.nostarch.com
            "0001", // type A
            "0001"); // class IN

    /** The response (frame 2). */
    static final byte[] RESPONSE = hex(
            "8b34", // transaction ID
            "8180", // flags: response, recursion desired and available, no error
            "0001 0001 0000 0000", // 1 question, 1 answer
            "03777777 086e6f7374617263 68 03636f6d 00 0001 0001", // www.nostarch.com A IN
            "c00c", // name: pointer to offset 12, the question's name
            "0001 0001", // type A, class IN
            "00000e10", // TTL 3600
            "0004", // data length 4
            "48205c04"); // 72.32.92.4

    /** chrissanders dns.pcap frame 1: two names through compression pointers, a CNAME then an A record. */
    static final byte[] CNAME_CHAIN = hex("b10b8180000100020000000003777777046573706e03636f6d0000010001c00c00050001000000e10014",
            "057265646972046573706e03676e7302676fc015c02a00010001000000df00044447d49e");

    /** chrissanders dns_query_nonexistent.pcapng frame 2: no such name, with the zone's SOA. */
    static final byte[] NXDOMAIN = hex("f23f81830001000000010000173132343938323833373139333031333832393731393734036e65740000010001",
            "c0240006000100000383003d01610c67746c642d73657276657273c024056e73746c640c766572697369676e2d67727303636f6d0058de667e",
            "000007080000038400093a8000015180");

    /** chrissanders dns_reverse_lookup.pcapng frame 2. */
    static final byte[] PTR = hex("b0a681800001000100000000023235033230360331313902373507696e2d61646472046172706100000c0001c00c000c0001",
            "0000384000250c617061636865322d72616e6b0866756c6c7361696c09647265616d686f737403636f6d00");

    /** Made with the layout below and checked with tshark 4.0.17: one record of each decoded type, OPT with a cookie. */
    static final byte[] EVERY_TYPE = hex(
            "1234 8180 0001 0005 0001 0001", // response; 1 question, 5 answers, 1 authority, 1 additional record
            "076578616d706c6503636f6d00 00ff 0001", // example.com ANY IN, at offset 12
            "c00c 000f 0001 0000012c 0009 000a 046d61696cc00c", // MX 10 mail.example.com
            "c00c 0010 0001 0000012c 000c 0568656c6c6f 05776f726c64", // TXT "hello" "world"
            "045f736970045f746370c00c 0021 0001 0000012c 000c 0000 0005 13c4 03736970c00c", // _sip._tcp SRV 0 5 5060 sip
            "c00c 001c 0001 0000012c 0010 20010db8000000000000000000000001", // AAAA 2001:db8::1
            "c00c ff00 0001 0000012c 0003 010203", // type 65280, unknown
            "c00c 0006 0001 0000012c 0027 036e7331c00c 0a686f73746d6173746572c00c", // SOA ns1, hostmaster
            "78a3f175 00001c20 00000e10 00127500 0000012c", // serial 2023010101? refresh 7200 retry 3600 expire 1209600 min 300
            "00 0029 04d0 00 00 8000 000c", // OPT: root, payload size 1232, rcode 0, version 0, DO, 12 bytes of options
            "000a 0008 0001020304050607"); // COOKIE, 8 bytes

    /** tcpdump tests dns_tcp.pcap frames 4 and 6: TCP payloads, each message behind its length. */
    static final byte[] TCP_QUERY = hex("0038",
            "431901200001000000000001037777770774637064756d70036f72670000010001000029100000000000000c000a00088f06be7d691442f0");
    static final byte[] TCP_RESPONSE = hex("00e0",
            "431985000001000200020005037777770774637064756d70036f72670000010001c00c000100010000003c0004c08b2e42c00c00010001",
            "0000003c0004c6c75868c01000020001000151800012036e69630973616e64656c6d616e02636100c0100002000100015180001203736e73",
            "08636f6f7065726978036e657400c04d000100010000012c0004d157f912c04d001c00010000012c00102607f0b0000f000000000000babe",
            "f00dc06b0001000100001c200004616b850fc06b001c000100001c20001026003c0300000000f03c91fffe96e8ef0000291000000000000000");

    private final DissectorRegistry registry = DissectorRegistry.builder()
            .add(TransportStandIn.spec("udp", UDP))
            .add(TransportStandIn.spec("tcp", TCP))
            .add(new ProtocolSpec("dns", "Domain Name System", "dns",
                    List.of(Binding.parse("udp.port=53"), Binding.parse("tcp.port=53"), Binding.parse("udp.port=5353")), List.of(),
                    DnsDissector::new))
            .build();

    private Packet udp(byte[] message) {
        return registry.dissect(frame(1, UDP, ports(53, 40000, message)), null, true);
    }

    private Packet tcp(byte[] segment) {
        return registry.dissect(frame(1, TCP, ports(53, 40000, segment)), null, true);
    }

    @Test
    void queryFieldsAndTheirBytes() {
        Packet packet = udp(QUERY); // the stand-in's 4 bytes of ports come first
        assertFalse(packet.malformed());
        assertEquals("DNS", packet.protocolColumn());
        assertEquals("Standard query 0x8b34 A www.nostarch.com", packet.info());
        assertEquals("Domain Name System (query)", item(packet, "dns").label());
        assertSpan(item(packet, "dns"), 4, 34);
        assertEquals(0x8b34, item(packet, "dns.id").number());
        assertSpan(item(packet, "dns.id"), 4, 2);
        assertEquals("Flags: 0x0100 Standard query", item(packet, "dns.flags").label());
        assertSpan(item(packet, "dns.flags"), 6, 2);
        assertEquals(0, item(packet, "dns.flags.response").number());
        assertEquals(1, item(packet, "dns.flags.recdesired").number());
        assertEquals(0, item(packet, "dns.flags.opcode").number());
        assertEquals(1, item(packet, "dns.count.queries").number());
        assertSpan(item(packet, "dns.count.queries"), 8, 2);
        assertEquals(0, item(packet, "dns.count.add_rr").number());
        assertSpan(item(packet, "dns.count.add_rr"), 14, 2);
        assertEquals("www.nostarch.com", item(packet, "dns.qry.name").value());
        assertSpan(item(packet, "dns.qry.name"), 16, 18);
        assertEquals(16, item(packet, "dns.qry.name.len").number());
        assertEquals(3, item(packet, "dns.count.labels").number());
        assertEquals(1, item(packet, "dns.qry.type").number());
        assertEquals("Type: A (Host Address) (1)", item(packet, "dns.qry.type").label());
        assertSpan(item(packet, "dns.qry.type"), 34, 2);
        assertEquals("Class: IN (0x0001)", item(packet, "dns.qry.class").label());
        assertSpan(item(packet, "dns.qry.class"), 36, 2);
        Item queries = item(packet, "dns").children().stream().filter(c -> "Queries".equals(c.label())).findFirst().orElseThrow();
        assertSpan(queries, 16, 22);
        assertEquals("www.nostarch.com: type A, class IN", queries.children().get(0).label());
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void responseFieldsAndTheirBytes() {
        Packet packet = udp(RESPONSE);
        assertEquals("Standard query response 0x8b34 A www.nostarch.com A 72.32.92.4", packet.info());
        assertEquals("Domain Name System (response)", item(packet, "dns").label());
        assertEquals("Flags: 0x8180 Standard query response, No error", item(packet, "dns.flags").label());
        assertEquals(1, item(packet, "dns.flags.response").number());
        assertEquals(1, item(packet, "dns.flags.recavail").number());
        assertEquals(0, item(packet, "dns.flags.authoritative").number());
        assertEquals(0, item(packet, "dns.flags.rcode").number());
        assertEquals("www.nostarch.com", item(packet, "dns.resp.name").value());
        assertSpan(item(packet, "dns.resp.name"), 38, 2); // the pointer's two bytes
        assertSpan(item(packet, "dns.resp.type"), 40, 2);
        assertSpan(item(packet, "dns.resp.class"), 42, 2);
        assertEquals(3600, item(packet, "dns.resp.ttl").number());
        assertSpan(item(packet, "dns.resp.ttl"), 44, 4);
        assertEquals(4, item(packet, "dns.resp.len").number());
        assertEquals(0x48205c04L, item(packet, "dns.a").number());
        assertEquals("Address: 72.32.92.4", item(packet, "dns.a").label());
        assertSpan(item(packet, "dns.a"), 50, 4);
    }

    @Test
    void compressedNamesAndTheInfoOfRealResponsesMatchTshark() {
        assertEquals("Standard query response 0xb10b A www.espn.com CNAME redir.espn.gns.go.com A 68.71.212.158", udp(CNAME_CHAIN).info());
        assertEquals("redir.espn.gns.go.com", item(udp(CNAME_CHAIN), "dns.cname").value());
        assertEquals("Standard query response 0xb0a6 PTR 25.206.119.75.in-addr.arpa PTR apache2-rank.fullsail.dreamhost.com", udp(PTR).info());
        assertEquals("apache2-rank.fullsail.dreamhost.com", item(udp(PTR), "dns.ptr.domain_name").value());
        Packet nxdomain = udp(NXDOMAIN);
        assertEquals("Standard query response 0xf23f No such name A 12498283719301382971974.net SOA a.gtld-servers.net", nxdomain.info());
        assertEquals(3, item(nxdomain, "dns.flags.rcode").number());
        assertEquals("nstld.verisign-grs.com", item(nxdomain, "dns.soa.rname").value());
        assertEquals(1490970238, item(nxdomain, "dns.soa.serial_number").number());
        assertEquals(1800, item(nxdomain, "dns.soa.refresh_interval").number());
        assertEquals(900, item(nxdomain, "dns.soa.retry_interval").number());
        assertEquals(604800, item(nxdomain, "dns.soa.expire_limit").number());
        assertEquals(86400, item(nxdomain, "dns.soa.minimum_ttl").number());
        assertEquals(899, item(nxdomain, "dns.resp.ttl").number());
    }

    @Test
    void everyDecodedTypeMatchesTshark() {
        Packet packet = udp(EVERY_TYPE);
        assertFalse(packet.malformed());
        assertEquals("Standard query response 0x1234 ANY example.com MX 10 mail.example.com TXT SRV 0 5 5060 sip.example.com "
                + "AAAA 2001:db8::1 Unknown (65280) SOA ns1.example.com OPT", packet.info());
        assertEquals(10, item(packet, "dns.mx.preference").number());
        assertEquals("mail.example.com", item(packet, "dns.mx.mail_exchange").value());
        assertEquals(List.of("hello", "world"), items(packet, "dns.txt").stream().map(Item::value).toList());
        assertEquals(List.of(5L, 5L), items(packet, "dns.txt.length").stream().map(Item::number).toList());
        assertEquals("_sip", item(packet, "dns.srv.service").value());
        assertEquals("_tcp", item(packet, "dns.srv.proto").value());
        assertEquals("example.com", item(packet, "dns.srv.name").value());
        assertEquals(5, item(packet, "dns.srv.weight").number());
        assertEquals(5060, item(packet, "dns.srv.port").number());
        assertEquals("sip.example.com", item(packet, "dns.srv.target").value());
        assertEquals("AAAA Address: 2001:db8::1", item(packet, "dns.aaaa").label());
        assertEquals("010203", HexFormat.of().formatHex((byte[]) item(packet, "dns.data").value()));
        assertEquals("ns1.example.com", item(packet, "dns.soa.mname").value());
        assertEquals("hostmaster.example.com", item(packet, "dns.soa.rname").value());
        assertEquals(1209600, item(packet, "dns.soa.expire_limit").number());
        assertEquals(1232, item(packet, "dns.rr.udp_payload_size").number());
        assertEquals(0, item(packet, "dns.resp.ext_rcode").number());
        assertEquals(0, item(packet, "dns.resp.edns0_version").number());
        assertEquals(1, item(packet, "dns.resp.z.do").number());
        assertEquals(10, item(packet, "dns.opt.code").number());
        assertEquals("Option: COOKIE", item(packet, "dns.opt").label());
        assertEquals(8, item(packet, "dns.opt.len").number());
        assertEquals("0001020304050607", HexFormat.of().formatHex((byte[]) item(packet, "dns.opt.data").value()));
        List<String> lines = item(packet, "dns").children().stream().flatMap(section -> section.children().stream())
                .map(Item::label).filter(label -> label.contains(": type ")).toList();
        assertEquals(List.of("example.com: type ANY, class IN",
                "example.com: type MX, class IN, preference 10, mx mail.example.com",
                "example.com: type TXT, class IN",
                "_sip._tcp.example.com: type SRV, class IN, priority 0, weight 5, port 5060, target sip.example.com",
                "example.com: type AAAA, class IN, addr 2001:db8::1",
                "example.com: type Unknown (65280), class IN",
                "example.com: type SOA, class IN, mname ns1.example.com",
                "<Root>: type OPT"), lines);
    }

    @Test
    void overTcpEachMessageHasItsLength() {
        Packet query = tcp(TCP_QUERY);
        assertEquals("Standard query 0x4319 A www.tcpdump.org OPT", query.info());
        assertEquals(0x38, item(query, "dns.length").number());
        assertSpan(item(query, "dns.length"), 4, 2);
        assertSpan(item(query, "dns.id"), 6, 2);
        Packet response = tcp(TCP_RESPONSE);
        assertFalse(response.malformed());
        assertEquals("Standard query response 0x4319 A www.tcpdump.org A 192.139.46.66 A 198.199.88.104 NS nic.sandelman.ca "
                + "NS sns.cooperix.net A 209.87.249.18 AAAA 2607:f0b0:f::babe:f00d A 97.107.133.15 "
                + "AAAA 2600:3c03::f03c:91ff:fe96:e8ef OPT", response.info());
    }

    @Test
    void twoMessagesInOneSegment() {
        byte[] both = new byte[TCP_QUERY.length * 2];
        System.arraycopy(TCP_QUERY, 0, both, 0, TCP_QUERY.length);
        System.arraycopy(TCP_QUERY, 0, both, TCP_QUERY.length, TCP_QUERY.length);
        Packet packet = tcp(both);
        assertEquals("Standard query 0x4319 A www.tcpdump.org OPT Standard query 0x4319 A www.tcpdump.org OPT", packet.info());
        assertEquals(2, items(packet, "dns").size());
        assertSpan(items(packet, "dns.length").get(1), 4 + TCP_QUERY.length, 2);
    }

    @Test
    void aLengthPrefixSplitAcrossSegmentsIsNotMalformed() {
        byte[] segment = Arrays.copyOf(TCP_QUERY, TCP_QUERY.length + 1); // a second message's length begins
        Packet packet = tcp(segment);
        assertFalse(packet.malformed());
        assertEquals("Standard query 0x4319 A www.tcpdump.org OPT", packet.info());
        assertEquals(List.of(new Expert(Severity.NOTE, "DNS message length split across segments (TCP reassembly not implemented)",
                4 + TCP_QUERY.length, 1)), packet.experts());
    }

    @Test
    void aMessageContinuingInALaterSegmentIsNotMalformed() {
        Packet packet = tcp(Arrays.copyOf(TCP_RESPONSE, 100));
        assertFalse(packet.malformed());
        assertEquals("DNS message of 224 bytes, 98 in this segment (TCP reassembly not implemented)", packet.info());
        assertEquals(List.of(new Expert(Severity.NOTE, "DNS message of 224 bytes, 98 in this segment (TCP reassembly not implemented)", 4, 100)),
                packet.experts());
    }

    @Test
    void multicastDnsClassesCarryTheirTopBit() {
        byte[] response = hex(
                "0000 8400 0000 0001 0000 0000", // mDNS response, 1 answer
                "05 6c6f63616c 00", // "local", a stand-in name
                "0001 8001", // type A, class IN with cache flush
                "00000078 0004 c0a80001"); // TTL 120, 192.168.0.1
        Packet packet = registry.dissect(frame(1, UDP, ports(5353, 5353, response)), null, true);
        assertEquals("MDNS", packet.protocolColumn());
        assertEquals("Multicast Domain Name System (response)", item(packet, "dns").label());
        assertEquals(1, item(packet, "dns.resp.class").number());
        assertEquals(1, item(packet, "dns.resp.cache_flush").number());
        assertEquals("Standard query response 0x0000 A 192.168.0.1", packet.info());
    }

    @Test
    void pointerToItselfIsMalformedAtThePointer() {
        Packet packet = udp(hex("1234 0100 0001 0000 0000 0000",
                "03 777777 c00c")); // www, then a pointer back to offset 12: the name's own start
        assertMalformedAt(packet, 4 + 16);
        assertEquals("Standard query 0x1234 <Name contains a pointer that loops> [Malformed Packet]", packet.info());
        assertEquals("<Name contains a pointer that loops>", item(packet, "dns.qry.name").value());
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Name contains a pointer that loops", 16, 6)), packet.experts().toString());
    }

    @Test
    void pointersThatLoopThroughTwoNamesAreMalformed() {
        byte[] message = hex("1234 8100 0001 0001 0000 0000",
                "03 777777 c01a", // question at 12: www + pointer to 26, which lies ahead
                "0001 0001",
                "03 616263 c00c", // answer name at 26: abc + pointer back to 12
                "0001 0001 00000000 0004 01020304");
        Packet packet = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> udp(message));
        assertMalformedAt(packet, 4 + 16);
        assertTrue(packet.info().endsWith("<Name contains a forward pointer> [Malformed Packet]"), packet.info());
    }

    @Test
    void pointerToALabelOfTheSameNameIsALoop() {
        Packet loop = udp(hex("1234 0100 0001 0000 0000 0000",
                "01 61 01 62 c00e 0001 0001")); // a, b, pointer to 14: "b" again and again
        assertMalformedAt(loop, 4 + 16);
        assertEquals("<Name contains a pointer that loops>", item(loop, "dns.qry.name").value());
    }

    @Test
    void forwardPointerIsMalformed() {
        Packet packet = udp(hex("1234 0100 0001 0000 0000 0000", "c014 0001 0001", "03 777777 00"));
        assertMalformedAt(packet, 4 + 12);
        assertEquals("Standard query 0x1234 <Name contains a forward pointer> [Malformed Packet]", packet.info());
    }

    @Test
    void nameLongerThan255BytesIsMalformed() {
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            labels.append("3f").append("61".repeat(63)); // five labels of 63 'a': 320 bytes
        }
        Packet packet = udp(hex("1234 0100 0001 0000 0000 0000", labels.toString(), "00 0001 0001"));
        assertMalformedAt(packet, 4 + 12 + 3 * 64); // with the fourth label the name has 257 bytes
        assertTrue(packet.info().endsWith("<Name too long> [Malformed Packet]"), packet.info());
    }

    @Test
    void extendedLabelTypeIsMalformed() {
        Packet packet = udp(hex("1234 0100 0001 0000 0000 0000", "41 00 0001 0001"));
        assertMalformedAt(packet, 4 + 12);
        assertTrue(packet.info().endsWith("<Unknown extended label> [Malformed Packet]"), packet.info());
    }

    @Test
    void dataLengthBeyondTheMessageIsMalformedWhereTheDataIsRead() {
        byte[] lying = RESPONSE.clone();
        lying[lying.length - 5] = 8; // data length 8, 4 bytes left
        Packet packet = udp(lying);
        assertEquals(0x48205c04L, item(packet, "dns.a").number()); // the four bytes an address needs are there
        assertFalse(packet.malformed());
        Packet cut = udp(Arrays.copyOf(RESPONSE, RESPONSE.length - 2)); // the address cut to 2 bytes
        assertMalformedAt(cut, 50);
        byte[] txt = hex("1234 8180 0000 0001 0000 0000", "00 0010 0001 00000000 0004", "05 6162 6364"); // TXT string of 5 in 4 bytes
        assertMalformedAt(udp(txt), 4 + 12 + 11 + 1);
    }

    @Test
    void countsThatLieEndInMalformedNotInAHang() {
        byte[] lying = RESPONSE.clone();
        lying[7] = (byte) 0xff; // 255 answers, one present
        assertMalformedAt(udp(lying), 4 + RESPONSE.length);
        byte[] header = hex("1234 8180 ffff ffff ffff ffff");
        Packet packet = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> udp(header));
        assertMalformedAt(packet, 4 + 12);
    }

    @Test
    void ednsOptionLongerThanItsRecordIsMalformed() {
        byte[] opt = hex("1234 0100 0000 0000 0000 0001", "00 0029 1000 00 00 0000 0008", "000a 0020 00010203"); // option of 32 in 4
        Packet packet = udp(opt);
        assertMalformedAt(packet, 4 + 12 + 11 + 4);
        assertEquals("Standard query 0x1234 [Malformed Packet]", packet.info());
    }

    @Test
    void truncatedHeaderIsMalformed() {
        Packet packet = udp(hex("1234 0100 0001"));
        assertMalformedAt(packet, 4 + 6);
        assertEquals("Standard query 0x1234 [Malformed Packet]", packet.info());
    }

    @Test
    void snapLengthCutIsNotMalformed() {
        byte[] bytes = ports(53, 40000, RESPONSE);
        Frame frame = frame(1, UDP, bytes, 30);
        Packet packet = registry.dissect(frame, null, true);
        assertFalse(packet.malformed());
        assertTrue(packet.info().endsWith("[Packet size limited during capture]"), packet.info());
    }

    static Stream<byte[]> vectors() {
        return Stream.of(QUERY, RESPONSE, CNAME_CHAIN, NXDOMAIN, PTR, EVERY_TYPE,
                hex("1234 0100 0001 0000 0000 0000 03 777777 c00c"),
                hex("1234 0100 0001 0000 0000 0000 c014 0001 0001 03 777777 00"),
                hex("1234 8180 ffff ffff ffff ffff"),
                hex("1234 0100 0001"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void summaryPassGivesTheColumnsOfTheFullPass(byte[] message) {
        for (int linkType : new int[] { UDP, TCP }) {
            byte[] payload = message;
            if (linkType == TCP) {
                payload = new byte[message.length + 2];
                payload[0] = (byte) (message.length >>> 8);
                payload[1] = (byte) message.length;
                System.arraycopy(message, 0, payload, 2, message.length);
            }
            Frame frame = frame(1, linkType, ports(53, 40000, payload));
            assertSameColumns(registry.dissect(frame, null, true), registry.dissect(frame, null, false));
        }
    }

    /** Random bytes changed and cut off: the dissector must answer with columns and experts, never throw or hang. */
    @Test
    void mutatedVectorsNeverBreakTheDissector() {
        assertNeverBreak(vectors().toList(), 0, (round, bytes, captured, tree) ->
                registry.dissect(frame(1, round % 2 == 0 ? UDP : TCP, ports(53, 40000, bytes), captured + 4), null, tree));
    }
}
