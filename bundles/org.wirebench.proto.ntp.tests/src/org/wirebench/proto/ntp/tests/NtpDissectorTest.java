package org.wirebench.proto.ntp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.concat;
import static org.wirebench.testing.Bytes.hex;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.Mutations.assertNeverBreak;
import static org.wirebench.testing.PacketAssertions.assertMalformedAt;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.proto.ntp.internal.NtpDissector;

class NtpDissectorTest {
    /** tcpdump tests ntp.pcap frame 1, the UDP payload: an NTPv4 client request with a SHA-1 MAC. */
    static final byte[] CLIENT = hex(
            "23", // LI 0, version 4, mode 3 (client)
            "00", // stratum 0
            "00", // poll 0
            "20", // precision 2^32
            "00000000", // root delay
            "00000000", // root dispersion
            "00000000", // reference ID
            "0000000000000000", // reference timestamp: NULL
            "0000000000000000", // origin timestamp
            "0000000000000000", // receive timestamp
            "a4b39cd101fb24bf", // transmit timestamp: 1987-07-25 21:08:33.007738396 UTC
            "00000008", // key ID
            "57ea530f6d74350cc5286bfec1ab8ca747c73584"); // MAC, 20 bytes

    /** Frame 2: the server's answer, a kiss code as reference, a key ID alone (crypto-NAK). */
    static final byte[] SERVER = hex(
            "e4", // LI 3 (unsynchronized), version 4, mode 4 (server)
            "00", // stratum 0
            "03", // poll 3
            "e9", // precision 2^-23
            "00000000", // root delay
            "0000005a", // root dispersion 90/65536 s
            "53544550", // reference ID "STEP"
            "0000000000000000", // reference timestamp: NULL
            "a4b39cd101fb24bf", // origin: the client's transmit timestamp
            "dcf25a3984199119", // receive: 2017-06-19 14:12:09.516015118 UTC
            "dcf25a39841d6dc5", // transmit: 2017-06-19 14:12:09.516074047 UTC
            "00000000"); // key ID

    /** tcpdump tests ntp-control.pcap frame 2: a read-variables response, its data shortened to two lines. */
    static final byte[] CONTROL = hex(
            "16", // LI 0, version 2, mode 6
            "82", // response, opcode 2 (read variables)
            "0044", // sequence 68
            "0618", // status
            "0000", // association ID
            "0000", // offset
            "0028", // count 40
            "76657273696f6e3d2278222c0d0a", // version="x",\r\n
            "70726f636573736f723d227838365f3634222c206c6561703d30", // processor="x86_64", leap=0
            "00"); // padding

    /** tcpdump tests ntp-mode7.pcap frame 2: an AUTHINFO response, one item of 36 bytes. */
    static final byte[] PRIVATE = hex(
            "97", // response, version 2, mode 7
            "00", // no authentication, sequence 0
            "03", // implementation XNTPD
            "1c", // request code 28, AUTHINFO
            "0001", // no error, 1 item
            "0024", // item size 36
            "0050606a0000000a0000000e0000000000002866000029d300001595000000000000650a");

    private final DissectorRegistry registry = registry(spec("ntp", "Network Time Protocol", "ntp", NtpDissector::new, "linktype=" + TEST_LINK_TYPE));

    private Packet dissect(byte[] bytes, boolean tree) {
        return registry.dissect(frame(1, TEST_LINK_TYPE, bytes), null, tree);
    }

    private Packet dissect(byte[] bytes) {
        return dissect(bytes, true);
    }

    private static long nanos(String instant) {
        Instant at = Instant.parse(instant);
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    @Test
    void clientRequestFieldsAndTheirBytes() {
        Packet packet = dissect(CLIENT);
        assertFalse(packet.malformed());
        assertEquals("NTP", packet.protocolColumn());
        assertEquals("NTP Version 4, client", packet.info());
        assertEquals("Network Time Protocol (NTP Version 4, client)", item(packet, "ntp").label());
        assertEquals("Flags: 0x23, Leap Indicator: no warning, Version number: NTP Version 4, Mode: client", item(packet, "ntp.flags").label());
        assertEquals(0, item(packet, "ntp.flags.li").number());
        assertEquals(4, item(packet, "ntp.flags.vn").number());
        assertEquals(3, item(packet, "ntp.flags.mode").number());
        assertSpan(item(packet, "ntp.flags.mode"), 0, 1);
        assertEquals("Peer Clock Stratum: unspecified or invalid (0)", item(packet, "ntp.stratum").label());
        assertEquals("Peer Polling Interval: invalid (0)", item(packet, "ntp.ppoll").label());
        assertEquals("Peer Clock Precision: 4294967296.000000 seconds", item(packet, "ntp.precision").label());
        assertEquals("Reference ID: NULL", item(packet, "ntp.refid").label());
        assertEquals("Reference Timestamp: NULL", item(packet, "ntp.reftime").label());
        assertEquals(nanos("1987-07-25T21:08:33.007738396Z"), item(packet, "ntp.xmt").number());
        assertSpan(item(packet, "ntp.xmt"), 40, 8);
        assertEquals("00000008", HexFormat.of().formatHex((byte[]) item(packet, "ntp.keyid").value()));
        assertSpan(item(packet, "ntp.keyid"), 48, 4);
        assertSpan(item(packet, "ntp.mac"), 52, 20);
    }

    @Test
    void serverResponseTimestampsAsTsharkShowsThem() {
        Packet packet = dissect(SERVER);
        assertEquals("NTP Version 4, server", packet.info());
        assertEquals(3, item(packet, "ntp.flags.li").number());
        assertEquals("Peer Polling Interval: invalid (3)", item(packet, "ntp.ppoll").label());
        assertEquals("Peer Clock Precision: 0.000000 seconds", item(packet, "ntp.precision").label());
        assertEquals(90, item(packet, "ntp.rootdispersion").number());
        assertEquals("Root Dispersion: 0.001373 seconds", item(packet, "ntp.rootdispersion").label());
        assertEquals("Reference ID: 'STEP'", item(packet, "ntp.refid").label());
        assertEquals(nanos("1987-07-25T21:08:33.007738396Z"), item(packet, "ntp.org").number());
        assertEquals(nanos("2017-06-19T14:12:09.516015118Z"), item(packet, "ntp.rec").number());
        assertEquals("Receive Timestamp: 2017-06-19 14:12:09.516015118 UTC", item(packet, "ntp.rec").label());
        assertEquals(nanos("2017-06-19T14:12:09.516074047Z"), item(packet, "ntp.xmt").number());
        assertSpan(item(packet, "ntp.keyid"), 48, 4);
        assertTrue(items(packet, "ntp.mac").isEmpty());
    }

    @Test
    void secondaryServerReferenceAndEraOne() {
        Packet packet = dissect(hex("23 02 06 ec", "00010000", "00008000", "c0a80101", // stratum 2, poll 6, precision 2^-20, ref 192.168.1.1
                "0000000180000000", // reference: top bit clear, so era 1: 2036-02-07 06:28:17.5
                "0000000000000000", "e8b0c2d500000000", "7fffffff00000000"));
        assertEquals("Peer Clock Stratum: secondary reference (2)", item(packet, "ntp.stratum").label());
        assertEquals("Peer Polling Interval: 6 (64 seconds)", item(packet, "ntp.ppoll").label());
        assertEquals("Peer Clock Precision: 0.000001 seconds", item(packet, "ntp.precision").label());
        assertEquals("Root Delay: 1.000000 seconds", item(packet, "ntp.rootdelay").label());
        assertEquals("Reference ID: 192.168.1.1", item(packet, "ntp.refid").label());
        assertEquals(nanos("2036-02-07T06:28:17.500Z"), item(packet, "ntp.reftime").number());
        assertEquals(nanos("2023-09-17T00:12:05Z"), item(packet, "ntp.rec").number());
        assertEquals(nanos("2104-02-26T09:42:23Z"), item(packet, "ntp.xmt").number());
    }

    @Test
    void extensionFieldsBeforeTheMac() {
        byte[] packet48 = Arrays.copyOf(CLIENT, 48);
        byte[] withExtension = concat(packet48, hex("0104 0010 000102030405060708090a0b", "00000001", "000102030405060708090a0b0c0d0e0f"));
        Packet packet = dissect(withExtension);
        assertFalse(packet.malformed());
        assertEquals(0x0104, item(packet, "ntp.ext.type").number());
        assertEquals(16, item(packet, "ntp.ext.length").number());
        assertSpan(item(packet, "ntp.ext"), 48, 16);
        assertSpan(item(packet, "ntp.ext.value"), 52, 12);
        assertSpan(item(packet, "ntp.keyid"), 64, 4);
        assertSpan(item(packet, "ntp.mac"), 68, 16);
    }

    @Test
    void extensionFieldOfImpossibleLengthIsMalformed() {
        byte[] bad = concat(Arrays.copyOf(CLIENT, 48), hex("0104 0002", "00".repeat(24)));
        Packet packet = dissect(bad);
        assertMalformedAt(packet, 50);
        Packet past = dissect(concat(Arrays.copyOf(CLIENT, 48), hex("0104 0100", "00".repeat(24))));
        assertTrue(past.malformed());
    }

    @Test
    void controlMessageHeaderAndVariables() {
        Packet packet = dissect(CONTROL);
        assertEquals("NTP Version 2, control", packet.info());
        assertEquals("Flags 2: 0x82, Response bit: Response, Opcode: read variables", item(packet, "ntp.ctrl.flags2").label());
        assertEquals(1, item(packet, "ntp.ctrl.flags2.r").number());
        assertEquals(2, item(packet, "ntp.ctrl.flags2.opcode").number());
        assertEquals(68, item(packet, "ntp.ctrl.sequence").number());
        assertEquals(0x0618, item(packet, "ntp.ctrl.status").number());
        assertEquals(40, item(packet, "ntp.ctrl.count").number());
        assertSpan(item(packet, "ntp.ctrl.data"), 12, 40);
        List<String> variables = items(packet, "ntp.ctrl.item").stream().map(Item::label).toList();
        assertEquals(List.of("version=\"x\"", "processor=\"x86_64\"", "leap=0"), variables);
        assertSpan(items(packet, "ntp.ctrl.item").get(1), 12 + 14, 18);
    }

    @Test
    void controlCountBeyondThePacketIsMalformed() {
        byte[] lying = CONTROL.clone();
        lying[11] = (byte) 0xff;
        Packet packet = dissect(lying);
        assertTrue(packet.malformed());
        assertEquals("NTP Version 2, control [Malformed Packet]", packet.info());
    }

    @Test
    void privateMessageHeader() {
        Packet packet = dissect(PRIVATE);
        assertEquals("NTP Version 2, private, Response, AUTHINFO", packet.info());
        assertEquals(1, item(packet, "ntp.priv.flags.r").number());
        assertEquals(7, item(packet, "ntp.flags.mode").number());
        assertEquals(3, item(packet, "ntp.priv.impl").number());
        assertEquals("Request code: AUTHINFO (28)", item(packet, "ntp.priv.reqcode").label());
        assertEquals(1, item(packet, "ntp.priv.numitems").number());
        assertEquals(36, item(packet, "ntp.priv.itemsize").number());
        assertSpan(item(packet, "ntp.priv.itemsize"), 6, 2);
        byte[] request = hex("17 00 03 1c 0000 0000", "00".repeat(184));
        assertEquals("NTP Version 2, private, Request, AUTHINFO", dissect(request).info());
    }

    @Test
    void truncatedHeaderIsMalformed() {
        Packet packet = dissect(Arrays.copyOf(SERVER, 30));
        assertTrue(packet.malformed());
        assertEquals("NTP Version 4, server [Malformed Packet]", packet.info());
    }

    static Stream<byte[]> vectors() {
        return Stream.of(CLIENT, SERVER, CONTROL, PRIVATE, Arrays.copyOf(SERVER, 30));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void summaryPassGivesTheColumnsOfTheFullPass(byte[] bytes) {
        assertSameColumns(dissect(bytes, true), dissect(bytes, false));
    }

    /** Random bytes changed and cut off: the dissector must answer with columns and experts, never throw or hang. */
    @Test
    void mutatedVectorsNeverBreakTheDissector() {
        assertNeverBreak(vectors().toList(), 0, (round, bytes, captured, tree) -> dissect(Arrays.copyOf(bytes, captured), tree));
    }
}
