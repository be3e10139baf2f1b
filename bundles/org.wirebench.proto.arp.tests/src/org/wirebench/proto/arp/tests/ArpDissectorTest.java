package org.wirebench.proto.arp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Frames.TEST_LINK_TYPE;
import static org.wirebench.testing.Frames.capture;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.proto.arp.internal.ArpDissector;
import org.wirebench.testing.Registries;

/** ARP bound under a made-up link type, so each frame is one ARP message. */
class ArpDissectorTest {
    private final DissectorRegistry registry = registry(
            spec("arp", "Address Resolution Protocol", "arp", ArpDissector::new, "linktype=" + TEST_LINK_TYPE));

    private static final byte[] ETHERNET_IPV4 = bytes(
            0x00, 0x01, // hardware type: Ethernet
            0x08, 0x00, // protocol type: IPv4
            0x06, // hardware size
            0x04); // protocol size

    private static byte[] message(int opcode, int[] senderMac, int[] senderIp, int[] targetMac, int[] targetIp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ETHERNET_IPV4);
        out.writeBytes(bytes(opcode >>> 8, opcode));
        for (int[] address : new int[][] { senderMac, senderIp, targetMac, targetIp }) {
            out.writeBytes(bytes(address));
        }
        return out.toByteArray();
    }

    private static final int[] MAC_1 = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55 };
    private static final int[] MAC_2 = { 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb };
    private static final int[] NO_MAC = { 0, 0, 0, 0, 0, 0 };
    private static final int[] BROADCAST = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
    private static final int[] IP_1 = { 10, 0, 0, 1 };
    private static final int[] IP_2 = { 10, 0, 0, 2 };
    private static final int[] NO_IP = { 0, 0, 0, 0 };

    /** The full pass, after checking the summary pass gives the same columns. */
    private Packet dissect(byte[] bytes) {
        return Registries.dissectBothPasses(registry, TEST_LINK_TYPE, bytes);
    }

    @Test
    void requestFieldsAndInfo() {
        byte[] request = bytes(
                0x00, 0x01, // hardware type: Ethernet
                0x08, 0x00, // protocol type: IPv4
                0x06, // hardware size
                0x04, // protocol size
                0x00, 0x01, // opcode: request
                0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // sender MAC
                0x0a, 0x00, 0x00, 0x01, // sender IP 10.0.0.1
                0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // target MAC: unknown
                0x0a, 0x00, 0x00, 0x02); // target IP 10.0.0.2

        Packet packet = dissect(request);

        assertEquals("ARP", packet.protocolColumn());
        assertEquals("Who has 10.0.0.2? Tell 10.0.0.1", packet.info());
        Item arp = item(packet, "arp");
        assertEquals("Address Resolution Protocol (request)", arp.label());
        assertSpan(arp, 0, 28);
        assertEquals("Hardware type: Ethernet (1)", item(packet, "arp.hw.type").label());
        Item protocolType = item(packet, "arp.proto.type");
        assertEquals("Protocol type: IPv4 (0x0800)", protocolType.label());
        assertSpan(protocolType, 2, 2);
        assertEquals(6, item(packet, "arp.hw.size").number());
        assertEquals(4, item(packet, "arp.proto.size").number());
        Item opcode = item(packet, "arp.opcode");
        assertEquals("Opcode: request (1)", opcode.label());
        assertSpan(opcode, 6, 2);
        Item senderMac = item(packet, "arp.src.hw_mac");
        assertEquals("Sender MAC address: 00:11:22:33:44:55", senderMac.label());
        assertSpan(senderMac, 8, 6);
        Item senderIp = item(packet, "arp.src.proto_ipv4");
        assertEquals(0x0a000001L, senderIp.number());
        assertSpan(senderIp, 14, 4);
        assertSpan(item(packet, "arp.dst.hw_mac"), 18, 6);
        Item targetIp = item(packet, "arp.dst.proto_ipv4");
        assertEquals("Target IP address: 10.0.0.2", targetIp.label());
        assertSpan(targetIp, 24, 4);
        assertAbsent(packet, "arp.isgratuitous");
        assertFalse(packet.malformed());
    }

    @Test
    void reply() {
        Packet packet = dissect(message(2, MAC_2, IP_2, MAC_1, IP_1));

        assertEquals("10.0.0.2 is at 66:77:88:99:aa:bb", packet.info());
        assertEquals("Address Resolution Protocol (reply)", item(packet, "arp").label());
    }

    @Test
    void announcementFromACapture() {
        // the ARP message of frame 1 of arp_gratuitous.pcapng (Practical Packet Analysis)
        byte[] announcement = bytes(
                0x00, 0x01, 0x08, 0x00, 0x06, 0x04, // Ethernet, IPv4, 6, 4
                0x00, 0x01, // request
                0x00, 0x03, 0x47, 0xb7, 0xf2, 0xf5, 0x18, 0x06, 0x7d, 0x13, // sender 00:03:47:b7:f2:f5 24.6.125.19
                0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x18, 0x06, 0x7d, 0x13); // target unknown, 24.6.125.19 again

        Packet packet = dissect(announcement);

        assertEquals("ARP Announcement for 24.6.125.19", packet.info());
        assertEquals("Address Resolution Protocol (ARP Announcement)", item(packet, "arp").label());
        Item gratuitous = item(packet, "arp.isgratuitous");
        assertEquals(1, gratuitous.number());
        assertTrue(gratuitous.isGenerated());
        assertEquals("[Is gratuitous: True]", gratuitous.label());
        assertEquals(1, item(packet, "arp.isannouncement").number());
        assertAbsent(packet, "arp.isprobe");
    }

    @Test
    void gratuitousRequestWithAKnownTarget() {
        Packet packet = dissect(message(1, MAC_1, IP_1, BROADCAST, IP_1));

        assertEquals("Gratuitous ARP for 10.0.0.1 (Request)", packet.info());
        assertEquals("Address Resolution Protocol (request/gratuitous ARP)", item(packet, "arp").label());
        assertAbsent(packet, "arp.isannouncement");
    }

    @Test
    void gratuitousReply() {
        Packet packet = dissect(message(2, MAC_1, IP_1, BROADCAST, IP_1));

        assertEquals("Gratuitous ARP for 10.0.0.1 (Reply)", packet.info());
        assertEquals(1, item(packet, "arp.isgratuitous").number());
    }

    @Test
    void probe() {
        Packet packet = dissect(message(1, MAC_1, NO_IP, NO_MAC, IP_1));

        assertEquals("Who has 10.0.0.1? (ARP Probe)", packet.info());
        assertEquals("Address Resolution Protocol (ARP Probe)", item(packet, "arp").label());
        assertEquals(1, item(packet, "arp.isprobe").number());
    }

    @ParameterizedTest(name = "opcode {0}")
    @CsvSource(delimiter = '|', value = {
            "3  | RARP        | Who is 66:77:88:99:aa:bb? Tell 00:11:22:33:44:55",
            "4  | RARP        | 66:77:88:99:aa:bb is at 10.0.0.2",
            "5  | DRARP       | Who is 66:77:88:99:aa:bb? Tell 00:11:22:33:44:55",
            "7  | DRARP       | DRARP Error",
            "8  | Inverse ARP | Who is 66:77:88:99:aa:bb? Tell 00:11:22:33:44:55",
            "9  | Inverse ARP | 00:11:22:33:44:55 is at 10.0.0.1",
            "10 | ARP         | ARP NAK",
            "99 | ARP         | Unknown ARP opcode 0x0063" })
    void relatives(int opcode, String protocol, String info) {
        Packet packet = dissect(message(opcode, MAC_1, IP_1, MAC_2, IP_2));

        assertEquals(protocol, packet.protocolColumn());
        assertEquals(info, packet.info());
    }

    @Test
    void otherAddressSizesAreShownAsBytes() {
        byte[] message = bytes(
                0x00, 0x06, // hardware type: IEEE 802
                0x86, 0xdd, // protocol type: IPv6
                0x08, // hardware size 8
                0x10, // protocol size 16
                0x00, 0x01, // request
                0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, // sender hardware address
                0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, // sender protocol address fe80::1
                0, 0, 0, 0, 0, 0, 0, 0, // target hardware address
                0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02); // target protocol address fe80::2

        Packet packet = dissect(message);

        assertEquals("Who has fe800000000000000000000000000002? Tell fe800000000000000000000000000001", packet.info());
        Item senderHardware = item(packet, "arp.src.hw");
        assertArrayEquals(bytes(0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77), (byte[]) senderHardware.value());
        assertSpan(senderHardware, 8, 8);
        assertSpan(item(packet, "arp.src.proto"), 16, 16);
        assertSpan(item(packet, "arp.dst.hw"), 32, 8);
        assertSpan(item(packet, "arp.dst.proto"), 40, 16);
        assertAbsent(packet, "arp.src.hw_mac");
        assertSpan(item(packet, "arp"), 0, 56);
    }

    @Test
    void zeroSizedAddressesAreNoAddress() {
        // tcpdump's getname_2_read4_asan.pcap has such a RARP reply
        Packet packet = dissect(bytes(0x00, 0x01, 0x08, 0x00, 0x00 /* hardware size 0 */, 0x00 /* protocol size 0 */, 0x00, 0x04));

        assertFalse(packet.malformed());
        assertEquals("<No address> is at <No address>", packet.info());
        assertSpan(item(packet, "arp"), 0, 8);
    }

    @Test
    void aMessageCutShortIsMalformedAtTheMissingAddress() {
        byte[] whole = message(1, MAC_1, IP_1, NO_MAC, IP_2);
        byte[] cut = java.util.Arrays.copyOf(whole, 26); // half the target IP address

        Packet packet = dissect(cut);

        assertTrue(packet.malformed());
        assertEquals(24, malformedAt(packet));
        assertEquals("ARP", packet.protocolColumn());
        assertEquals("[Malformed Packet]", packet.info(), "no Info without the addresses");
        assertSpan(item(packet, "arp"), 0, 8);
        assertEquals("Opcode: request (1)", item(packet, "arp.opcode").label());
    }

    @Test
    void aMessageCutByTheSnapLengthIsNotMalformed() {
        byte[] cut = java.util.Arrays.copyOf(message(1, MAC_1, IP_1, NO_MAC, IP_2), 20);

        Packet packet = Registries.dissect(registry, capture(TEST_LINK_TYPE), cut, 28, true);

        assertFalse(packet.malformed());
        assertEquals("[Packet size limited during capture]", packet.info());
    }
}
