package org.wirebench.proto.tcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.hex;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.Ipv4Packets.ipv4;
import static org.wirebench.testing.Mutations.assertNeverBreak;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertMalformedAt;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.core.Severity;
import org.wirebench.proto.tcp.internal.TcpDissector;
import org.wirebench.testing.IpStandIn;
import org.wirebench.testing.Stub;

class TcpDissectorTest {

    private static final int TCP = 6;

    private final Stub http = new Stub(null);
    private final DissectorRegistry registry = registry(IpStandIn.spec(),
            spec("tcp", "Transmission Control Protocol", "tcp", TcpDissector::new, "ip.proto=6"),
            spec("http", "http", "http", () -> http, "tcp.port=80"));
    private final Session session = new Session();

    /** Dissects the frames in capture order, numbered from 1, as the first pass over a capture does. */
    private List<Packet> pass(byte[]... frames) {
        List<Packet> packets = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            packets.add(registry.dissect(frame(i + 1, LinkType.RAW, frames[i]), session, true));
        }
        return packets;
    }

    private Packet one(byte[] segment) {
        return pass(ipv4(TCP, segment)).get(0);
    }

    @Test
    void synHeaderFieldsAndTheirBytes() {
        Packet syn = pass(Captures.HANDSHAKE).get(0);
        assertFalse(syn.malformed());
        assertEquals("TCP", syn.protocolColumn());
        assertEquals("2826 → 80 [SYN] Seq=0 Win=8192 Len=0 MSS=1460 WS=4 SACK_PERM", syn.info());
        assertEquals("Transmission Control Protocol, Src Port: 2826, Dst Port: 80, Seq: 0, Len: 0", item(syn, "tcp").label());
        assertSpan(item(syn, "tcp"), 20, 32);
        assertEquals(2826, item(syn, "tcp.srcport").number());
        assertSpan(item(syn, "tcp.srcport"), 20, 2);
        assertEquals(80, item(syn, "tcp.dstport").number());
        assertSpan(item(syn, "tcp.dstport"), 22, 2);
        assertEquals(List.of(2826L, 80L), items(syn, "tcp.port").stream().map(Item::number).toList());
        assertTrue(items(syn, "tcp.port").stream().allMatch(Item::isHidden));
        assertEquals(0, item(syn, "tcp.seq").number());
        assertSpan(item(syn, "tcp.seq"), 24, 4);
        assertEquals(3691127924L, item(syn, "tcp.seq_raw").number());
        assertEquals(1, item(syn, "tcp.nxtseq").number());
        assertEquals(0, item(syn, "tcp.ack").number());
        assertSpan(item(syn, "tcp.ack_raw"), 28, 4);
        assertEquals(32, item(syn, "tcp.hdr_len").number());
        assertSpan(item(syn, "tcp.hdr_len"), 32, 1);
        assertEquals(0x002, item(syn, "tcp.flags").number());
        assertEquals("Flags: 0x002 (SYN)", item(syn, "tcp.flags").label());
        assertSpan(item(syn, "tcp.flags"), 32, 2);
        assertEquals(1, item(syn, "tcp.flags.syn").number());
        assertEquals(0, item(syn, "tcp.flags.ack").number());
        assertEquals("··········S·", item(syn, "tcp.flags.str").value());
        assertEquals(8192, item(syn, "tcp.window_size_value").number());
        assertSpan(item(syn, "tcp.window_size_value"), 34, 2);
        assertAbsent(syn, "tcp.window_size_scalefactor"); // a SYN's window is never scaled
        assertEquals(0xcfeb, item(syn, "tcp.checksum").number());
        assertEquals("Checksum: 0xcfeb [unverified]", item(syn, "tcp.checksum").label());
        assertEquals(2, item(syn, "tcp.checksum.status").number());
        assertSpan(item(syn, "tcp.urgent_pointer"), 38, 2);
        assertEquals(0, item(syn, "tcp.len").number());
        assertEquals(List.of(new Expert(Severity.CHAT, "Connection establish request (SYN): server port 80", 32, 2)), syn.experts());
    }

    @Test
    void synOptionsAndTheirBytes() {
        Packet syn = pass(Captures.HANDSHAKE).get(0);
        Item options = item(syn, "tcp.options");
        assertSpan(options, 40, 12);
        assertEquals("Options: (12 bytes), Maximum segment size, No-Operation (NOP), Window scale, No-Operation (NOP), "
                + "No-Operation (NOP), SACK permitted", options.label());
        assertEquals("TCP Option - Maximum segment size: 1460 bytes", item(syn, "tcp.options.mss").label());
        assertSpan(item(syn, "tcp.options.mss"), 40, 4);
        assertEquals(1460, item(syn, "tcp.options.mss_val").number());
        assertSpan(item(syn, "tcp.options.mss_val"), 42, 2);
        assertEquals(List.of(2L, 1L, 3L, 1L, 1L, 4L), items(syn, "tcp.option_kind").stream().map(Item::number).toList());
        assertEquals(List.of(4L, 3L, 2L), items(syn, "tcp.option_len").stream().map(Item::number).toList());
        assertEquals("TCP Option - Window scale: 2 (multiply by 4)", item(syn, "tcp.options.wscale").label());
        assertSpan(item(syn, "tcp.options.wscale"), 45, 3);
        assertEquals(2, item(syn, "tcp.options.wscale.shift").number());
        assertSpan(item(syn, "tcp.options.wscale.shift"), 47, 1);
        assertEquals(4, item(syn, "tcp.options.wscale.multiplier").number());
        assertEquals(3, items(syn, "tcp.options.nop").size());
        assertSpan(item(syn, "tcp.options.sack_perm"), 50, 2);
    }

    @Test
    void handshakeGivesRelativeNumbersAndScalesTheWindowAfterIt() {
        List<Packet> packets = pass(Captures.HANDSHAKE);
        assertEquals("80 → 2826 [SYN, ACK] Seq=0 Ack=1 Win=5840 Len=0 MSS=1406 SACK_PERM WS=128", packets.get(1).info());
        assertEquals("Acknowledgment Number: 1    (relative ack number)", item(packets.get(1), "tcp.ack").label());
        assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=16872 Len=0", packets.get(2).info());
        assertEquals(4218, item(packets.get(2), "tcp.window_size_value").number());
        assertEquals(16872, item(packets.get(2), "tcp.window_size").number());
        assertEquals(4, item(packets.get(2), "tcp.window_size_scalefactor").number());
        assertEquals("·······A····", item(packets.get(2), "tcp.flags.str").value());
    }

    @Test
    void aWholeConversationMatchesTshark() {
        List<Packet> packets = pass(Captures.HTTP);
        for (int i = 0; i < packets.size(); i++) {
            assertEquals(Captures.HTTP_INFO[i], packets.get(i).info(), "frame " + (i + 1));
            assertFalse(packets.get(i).malformed());
        }
        Packet get = packets.get(3);
        assertEquals(77, item(get, "tcp.len").number());
        assertEquals(78, item(get, "tcp.nxtseq").number());
        assertEquals(417031, item(get, "tcp.options.timestamp.tsval").number());
        assertSpan(item(get, "tcp.options.timestamp.tsval"), 44, 4);
        assertEquals(269260, item(get, "tcp.options.timestamp.tsecr").number());
        assertEquals("TCP Option - Timestamps: TSval 417031, TSecr 269260", item(get, "tcp.options.timestamp").label());
    }

    @Test
    void payloadIsHandedOnOnlyWhenThereIsOne() {
        List<Packet> packets = pass(Captures.HTTP);
        assertEquals(2, http.calls()); // the GET and the response; no empty segment
        assertEquals(52, http.received().frameOffset(0)); // IPv4 20 + TCP 32
        assertEquals(491, http.received().reportedLength());
        assertEquals("ip:tcp:http", packets.get(5).layers().substring(packets.get(5).layers().indexOf("ip")));
        assertEquals(80, packets.get(5).sourcePort());
    }

    @Test
    void withoutSynNumbersCountFromTheFirstSegmentSeen() {
        List<Packet> packets = pass(Captures.TEARDOWN);
        assertEquals("80 → 3363 [FIN, ACK] Seq=1 Ack=1 Win=71 Len=0", packets.get(0).info());
        assertEquals("3363 → 80 [ACK] Seq=1 Ack=2 Win=4218 Len=0", packets.get(1).info());
        assertEquals(-1, item(packets.get(0), "tcp.window_size_scalefactor").number()); // unknown
        assertEquals(List.of(new Expert(Severity.CHAT, "Connection finish (FIN)", 32, 2)), packets.get(0).experts());
    }

    @Test
    void dissectingAgainOrOutOfOrderAfterThePassGivesTheSameNumbers() {
        List<Packet> first = pass(Captures.HTTP);
        for (int i = Captures.HTTP.length - 1; i >= 0; i--) {
            Packet again = registry.dissect(frame(i + 1, LinkType.RAW, Captures.HTTP[i]), session, true);
            assertEquals(first.get(i).info(), again.info());
        }
    }

    @Test
    void eachCapturePassHasItsOwnConnections() {
        pass(Captures.HANDSHAKE);
        Packet otherPass = registry.dissect(frame(3, LinkType.RAW, Captures.HANDSHAKE[2]), new Session(), true);
        assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=4218 Len=0", otherPass.info()); // no SYNs seen in that pass
        assertEquals(-1, item(otherPass, "tcp.window_size_scalefactor").number());
        Packet samePass = registry.dissect(frame(3, LinkType.RAW, Captures.HANDSHAKE[2]), session, true);
        assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=16872 Len=0", samePass.info());
        Packet noSession = registry.dissect(frame(2, LinkType.RAW, Captures.HANDSHAKE[1]), null, true);
        assertEquals("80 → 2826 [SYN, ACK] Seq=0 Ack=1 Win=5840 Len=0 MSS=1406 SACK_PERM WS=128", noSession.info());
    }

    @Test
    void aNewSynOnTheSameAddressesAndPortsStartsANewConnection() {
        pass(Captures.HANDSHAKE);
        byte[] reused = Captures.HANDSHAKE[0].clone();
        reused[27] = 0x00; // another ISN
        Packet packet = registry.dissect(frame(10, LinkType.RAW, reused), session, true);
        assertEquals(0, item(packet, "tcp.seq").number());
        byte[] third = Captures.HANDSHAKE[2].clone();
        Packet old = registry.dissect(frame(3, LinkType.RAW, third), session, true); // the old connection still counts from its ISN
        assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=16872 Len=0", old.info());
    }

    @Test
    void synAckWithoutWindowScaleTurnsScalingOff() {
        byte[] synAck = Captures.HANDSHAKE[1].clone();
        synAck[20 + 20 + 9] = 1; // window scale option → NOP: 0101 0402 01 01 0307 is no longer valid, keep it NOPs
        synAck[20 + 20 + 10] = 1;
        synAck[20 + 20 + 11] = 1;
        List<Packet> packets = pass(Captures.HANDSHAKE[0], synAck, Captures.HANDSHAKE[2]);
        assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=4218 Len=0", packets.get(2).info());
        assertEquals(-2, item(packets.get(2), "tcp.window_size_scalefactor").number());
    }

    @Test
    void everyFlagHasItsBitAndName() {
        Packet packet = one(hex(
                "1388 0050", // ports 5000 → 80
                "00000001 00000002", // sequence 1, acknowledgment 2: the first segment seen counts as 1
                "5fff", // header length 20, all twelve flag bits set
                "0100 0000 0007")); // window 256, checksum 0, urgent pointer 7
        assertEquals("Flags: 0xfff (FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE, Reserved)", item(packet, "tcp.flags").label());
        assertEquals("RRRACEUAPRSF", item(packet, "tcp.flags.str").value());
        for (String bit : List.of("res", "ae", "cwr", "ece", "urg", "ack", "push", "reset", "syn", "fin")) {
            assertTrue(item(packet, "tcp.flags." + bit).label().endsWith(": True"), bit);
        }
        assertTrue(packet.info().startsWith("5000 → 80 [FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE, Reserved] Seq=0 Ack=1 Win=256 Urg=7 Len=0"),
                packet.info());
        Packet none = one(hex("1388 0050 00000001 00000000 5000 0100 0000 0000"));
        assertTrue(none.info().startsWith("5000 → 80 [<None>] Seq="), none.info());
    }

    @Test
    void sackBlocksCountInThePeersSequenceSpace() {
        byte[] synAck = hex(
                "0050 1388", // 80 → 5000
                "00001000", // server ISN 4096
                "00000065", // acknowledges the client's ISN 100 + 1
                "5012 ffff 0000 0000");
        byte[] dupAck = hex(
                "1388 0050", // 5000 → 80
                "00000065 00001001", // sequence 101, acknowledges 4097
                "8010 ffff 0000 0000", // header length 32, ACK
                "0101", // NOP, NOP
                "050a 000011f1 000015d9"); // SACK: one block 4593-5593, relative 497-1497
        List<Packet> packets = pass(ipv4(TCP, hex("1388 0050 00000064 00000000 5002 ffff 0000 0000")), ipv4(TCP, synAck), ipv4(TCP, dupAck));
        Packet packet = packets.get(2);
        assertEquals("5000 → 80 [ACK] Seq=1 Ack=1 Win=65535 Len=0 SLE=497 SRE=1497", packet.info());
        assertEquals(497, item(packet, "tcp.options.sack_le").number());
        assertSpan(item(packet, "tcp.options.sack_le"), 44, 4);
        assertEquals(1497, item(packet, "tcp.options.sack_re").number());
        assertEquals(1, item(packet, "tcp.options.sack.count").number());
        assertEquals("TCP Option - SACK 497-1497", item(packet, "tcp.options.sack").label());
    }

    @Test
    void fastOpenMd5AoMptcpAndUnknownOptions() {
        Packet packet = one(hex(
                "1388 0050 00000001 00000000",
                "f002 ffff 0000 0000", // header length 60, SYN
                "220a 0102030405060708", // TCP Fast Open, cookie 0102030405060708
                "1e06 0001 0203", // MPTCP, subtype 0 (Multipath Capable)
                "1312 000102030405060708090a0b0c0d0e0f", // MD5 signature
                "63 02", // unknown kind 99 without data
                "00 000000")); // End of Option List, padding
        assertFalse(packet.malformed());
        assertEquals("5000 → 80 [SYN] Seq=0 Win=65535 Len=0 TFO=C MD5", packet.info());
        assertEquals("0102030405060708", hexOf(item(packet, "tcp.options.tfo.cookie")));
        assertSpan(item(packet, "tcp.options.tfo.cookie"), 42, 8);
        assertEquals("Multipath Transmission Control Protocol: Multipath Capable", item(packet, "mptcp").label());
        assertEquals(0, item(packet, "tcp.options.mptcp.subtype").number());
        assertSpan(item(packet, "mptcp"), 50, 6);
        assertSpan(item(packet, "tcp.options.md5.digest"), 58, 16);
        assertEquals("TCP Option - Unknown (0x63)", item(packet, "tcp.options.unknown").label());
        assertSpan(item(packet, "tcp.options.unknown"), 74, 2);

        Packet ao = one(hex("1388 0050 00000001 00000000 7010 ffff 0000 0000",
                "1d08 05 06 a1a2a3a4")); // TCP-AO: key id 5, next key id 6, MAC a1a2a3a4
        assertEquals(5, item(ao, "tcp.options.ao.keyid").number());
        assertEquals(6, item(ao, "tcp.options.ao.rnextkeyid").number());
        assertEquals("a1a2a3a4", hexOf(item(ao, "tcp.options.ao.mac")));
        assertTrue(ao.info().endsWith("Len=0 TCP AO"), ao.info());
    }

    @Test
    void fastOpenInTheExperimentalOption() {
        List<Packet> packets = pass(Captures.FAST_OPEN_EXPERIMENT);
        assertEquals("13047 → 13054 [SYN] Seq=0 Win=1400 Len=0 TFO=R", packets.get(0).info());
        assertNotNull(item(packets.get(0), "tcp.options.tfo.request"));
        assertEquals("13054 → 13047 [SYN, ACK] Seq=0 Ack=1 Win=1400 Len=0 TFO=C", packets.get(1).info());
        assertEquals("090909090000", hexOf(item(packets.get(1), "tcp.options.tfo.cookie")));
        assertEquals(0xf989, item(packets.get(1), "tcp.options.experimental.exid").number());
    }

    @Test
    void endOfOptionListThenNonZeroPaddingIsReported() {
        Packet packet = one(hex("1388 0050 00000001 00000000 6002 ffff 0000 0000", "00 01 00 00"));
        assertEquals("Options: (4 bytes), End of Option List (EOL)", item(packet, "tcp.options").label());
        assertFalse(packet.malformed());
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Non-zero header padding", 41, 3)), packet.experts().toString());
    }

    @Test
    void optionLengthZeroIsMalformedAtThatOptionAndThePayloadIsStillHandedOn() {
        Packet packet = one(hex(
                "1388 0050 00000001 00000000",
                "7018 ffff 0000 0000", // header length 28, PSH ACK
                "020405b4", // MSS 1460
                "0800 0000", // timestamps with length 0: the walk cannot go on
                "6869")); // 2 bytes of payload
        assertMalformedAt(packet, 44);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Timestamps (with too-short option length = 0 bytes)", 44, 4)),
                packet.experts().toString());
        assertEquals(1460, item(packet, "tcp.options.mss_val").number());
        assertEquals("5000 → 80 [PSH, ACK] Seq=1 Ack=1 Win=65535 Len=2 MSS=1460 [Malformed Packet]", packet.info());
        assertEquals(1, http.calls());
        assertEquals(48, http.received().frameOffset(0));
    }

    @Test
    void optionLengthOneIsMalformed() {
        Packet packet = one(hex("1388 0050 00000001 00000000 6002 ffff 0000 0000", "0101 0301"));
        assertMalformedAt(packet, 42);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Window scale (with too-short option length = 1 byte)", 42, 2)));
    }

    @Test
    void optionPastTheHeaderIsMalformed() {
        Packet packet = one(hex("1388 0050 00000001 00000000 6002 ffff 0000 0000", "0101 0208"));
        assertMalformedAt(packet, 42);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR,
                "Maximum segment size (option length = 8 bytes says option goes past end of options)", 42, 2)));
        Packet noLength = one(hex("1388 0050 00000001 00000000 6002 ffff 0000 0000", "0101 0102"));
        assertMalformedAt(noLength, 43);
    }

    @Test
    void optionOfTheWrongLengthForItsKindIsMalformed() {
        Packet packet = one(hex("1388 0050 00000001 00000000 6002 ffff 0000 0000", "0304 0700"));
        assertMalformedAt(packet, 40);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Window scale (with option length = 4 bytes; should be 3)", 40, 4)));
        Packet sack = one(hex("1388 0050 00000001 00000000 7010 ffff 0000 0000", "0506 00000001 0000"));
        assertMalformedAt(sack, 40);
    }

    @Test
    void headerLengthBelowTwentyIsBogus() {
        Packet packet = one(hex("1388 0050 00000001 00000002", "4018 ffff 0000 0000", "68656c6c6f"));
        assertMalformedAt(packet, 32);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Bogus TCP header length (16, must be at least 20)", 32, 1)));
        assertEquals("5000 → 80 [PSH, ACK] Seq=1 Ack=1 Win=65535, bogus TCP header length (16, must be at least 20) [Malformed Packet]",
                packet.info());
        assertEquals(0, http.calls());
    }

    @Test
    void headerLengthBeyondTheSegmentIsMalformedAtTheHeaderLength() {
        Packet packet = one(hex("1388 0050 00000001 00000002", "f018 ffff 0000 0000", "01010101"));
        assertMalformedAt(packet, 32);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Bogus TCP header length (60, must be no more than 24)", 32, 1)));
        assertEquals(0, http.calls());
    }

    @Test
    void truncatedHeaderIsMalformedWhereItEnds() {
        byte[] packet = ipv4(TCP, hex("1388 0050 000000"));
        Packet result = pass(packet).get(0);
        assertMalformedAt(result, 24);
        assertEquals("5000 → 80 [Malformed Packet]", result.info());
    }

    @Test
    void snapLengthInsideTheOptionsIsNotMalformed() {
        Packet packet = registry.dissect(frame(1, LinkType.RAW, Captures.HANDSHAKE[0], 46), session, true);
        assertFalse(packet.malformed());
        assertTrue(packet.info().endsWith("[Packet size limited during capture]"), packet.info());
        assertEquals(1460, item(packet, "tcp.options.mss_val").number());
    }

    static Stream<byte[]> vectors() {
        List<byte[]> all = new ArrayList<>(List.of(Captures.HANDSHAKE));
        all.addAll(List.of(Captures.HTTP));
        all.addAll(List.of(Captures.TEARDOWN));
        all.add(ipv4(TCP, hex("1388 0050 00000001 00000000 7018 ffff 0000 0000 020405b4 0800 0000 6869")));
        all.add(ipv4(TCP, hex("1388 0050 00000001 00000002 4018 ffff 0000 0000 68656c6c6f")));
        all.add(ipv4(TCP, hex("1388 0050 00000001 00000002 f018 ffff 0000 0000 01010101")));
        all.add(ipv4(TCP, hex("1388 0050 000000")));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void summaryPassGivesTheColumnsOfTheFullPass(byte[] bytes) {
        Packet summary = registry.dissect(frame(1, LinkType.RAW, bytes), session, false);
        assertSameColumns(registry.dissect(frame(1, LinkType.RAW, bytes), session, true), summary);
    }

    private static String hexOf(Item item) {
        return HexFormat.of().formatHex((byte[]) item.value());
    }

    /** Random bytes changed and cut off: the dissector must answer with columns and experts, never throw or hang. */
    @Test
    void mutatedVectorsNeverBreakTheDissector() {
        assertNeverBreak(vectors().toList(), 20, (round, bytes, captured, tree) ->
                registry.dissect(frame(round + 1, LinkType.RAW, bytes, captured), session, tree));
    }
}
