package org.wirebench.proto.dhcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.dhcp.internal.DhcpDissector;

class DhcpDissectorTest {
    private static final String ZEROS_16 = "00000000000000000000000000000000";
    private static final String SNAME = ZEROS_16.repeat(4);
    private static final String FILE = ZEROS_16.repeat(8);

    /** chrissanders dhcp_inlease_renewal.pcapng frame 1, the UDP payload: a renewing client's Request. */
    static final byte[] REQUEST = hex(
            "01", // op: Boot Request
            "01", // hardware type: Ethernet
            "06", // hardware address length
            "00", // hops
            "81bcc90f", // transaction ID
            "0000", // seconds elapsed
            "0000", // flags: unicast
            "00000000 00000000 00000000 00000000", // ciaddr, yiaddr, siaddr, giaddr
            "000c2959fd21 00000000000000000000", // chaddr: MAC and padding
            SNAME, FILE, // no server name, no boot file
            "63825363", // magic cookie, at offset 236
            "350103", // option 53, DHCP Message Type: Request
            "3204c0a8010a", // option 50, Requested IP Address 192.168.1.10
            "0c077562756e747532", // option 12, Host Name "ubuntu2"
            "370d011c02030f06770c2c2f1a792a", // option 55, Parameter Request List, 13 items
            "ff", // End, at offset 273
            "0000000000000000000000000000000000000000000000000000"); // padding

    /** Frame 2: the server's ACK. */
    static final byte[] ACK = hex(
            "02 01 06 00 81bcc90f 0000 0000",
            "00000000 c0a8010a c0a80105 00000000", // yiaddr 192.168.1.10, siaddr 192.168.1.5
            "000c2959fd21 00000000000000000000", SNAME, FILE,
            "63825363",
            "350105", // DHCP Message Type: ACK
            "3604c0a80105", // DHCP Server Identifier 192.168.1.5
            "330400000258", // IP Address Lease Time 600 s
            "0104ffffff00", // Subnet Mask 255.255.255.0
            "1c04c0a801ff", // Broadcast Address
            "0304c0a801fe", // Router 192.168.1.254
            "0f106d79646f6d61696e2e6578616d706c65", // Domain Name "mydomain.example"
            "0608c0a80101c0a80102", // Domain Name Server 192.168.1.1, 192.168.1.2
            "ff");

    private final DissectorRegistry registry = registry(
            spec("dhcp", "Dynamic Host Configuration Protocol", "dhcp", DhcpDissector::new, "linktype=" + TEST_LINK_TYPE));

    /** A Discover from 00:11:22:33:44:55, transaction 0x3d1d, broadcast, with these options after the cookie. */
    private static byte[] discover(String options) {
        return hex("01 01 06 00 00003d1d 0000 8000", ZEROS_16, "001122334455 00000000000000000000", SNAME, FILE, "63825363", options);
    }

    private Packet dissect(byte[] bytes, int captured, boolean tree) {
        return registry.dissect(frame(1, TEST_LINK_TYPE, bytes, captured), null, tree);
    }

    private Packet dissect(byte[] bytes) {
        return dissect(bytes, bytes.length, true);
    }

    @Test
    void fixedHeaderFieldsAndTheirBytes() {
        Packet packet = dissect(REQUEST);
        assertFalse(packet.malformed());
        assertEquals("DHCP", packet.protocolColumn());
        assertEquals("DHCP Request  - Transaction ID 0x81bcc90f", packet.info()); // as tshark 4.0 pads the type
        assertEquals("Dynamic Host Configuration Protocol (Request)", item(packet, "dhcp").label());
        assertEquals("Message type: Boot Request (1)", item(packet, "dhcp.type").label());
        assertEquals("Hardware type: Ethernet (0x01)", item(packet, "dhcp.hw.type").label());
        assertEquals(6, item(packet, "dhcp.hw.len").number());
        assertEquals(0, item(packet, "dhcp.hops").number());
        assertEquals(0x81bcc90fL, item(packet, "dhcp.id").number());
        assertSpan(item(packet, "dhcp.id"), 4, 4);
        assertEquals("Bootp flags: 0x0000 (Unicast)", item(packet, "dhcp.flags").label());
        assertEquals(0, item(packet, "dhcp.flags.bc").number());
        assertSpan(item(packet, "dhcp.ip.client"), 12, 4);
        assertSpan(item(packet, "dhcp.ip.relay"), 24, 4);
        assertEquals("Client MAC address: 00:0c:29:59:fd:21", item(packet, "dhcp.hw.mac_addr").label());
        assertSpan(item(packet, "dhcp.hw.mac_addr"), 28, 6);
        assertSpan(item(packet, "dhcp.hw.addr_padding"), 34, 10);
        assertEquals("Server host name not given", item(packet, "dhcp.server").label());
        assertSpan(item(packet, "dhcp.server"), 44, 64);
        assertEquals("Boot file name not given", item(packet, "dhcp.file").label());
        assertSpan(item(packet, "dhcp.file"), 108, 128);
        assertEquals("Magic cookie: DHCP", item(packet, "dhcp.cookie").label());
        assertSpan(item(packet, "dhcp.cookie"), 236, 4);
    }

    @Test
    void requestOptions() {
        Packet packet = dissect(REQUEST);
        List<Item> options = items(packet, "dhcp.option.type");
        assertEquals(List.of(53L, 50L, 12L, 55L, 255L), options.stream().map(Item::number).toList());
        assertEquals("Option: (53) DHCP Message Type (Request)", options.get(0).label());
        assertSpan(options.get(0), 240, 3);
        assertEquals("DHCP: Request (3)", item(packet, "dhcp.option.dhcp").label());
        assertSpan(item(packet, "dhcp.option.dhcp"), 242, 1);
        assertEquals("Option: (50) Requested IP Address (192.168.1.10)", options.get(1).label());
        assertEquals("ubuntu2", item(packet, "dhcp.option.hostname").value());
        List<Item> parameters = items(packet, "dhcp.option.request_list_item");
        assertEquals(13, parameters.size());
        assertEquals("Parameter Request List Item: (1) Subnet Mask", parameters.get(0).label());
        assertEquals("Parameter Request List Item: (121) Classless Static Route", parameters.get(11).label());
        assertEquals("Option: (255) End", options.get(4).label());
        assertSpan(options.get(4), 273, 1);
        assertSpan(item(packet, "dhcp.option.padding"), 274, 26);
        assertEquals(List.of(1L, 4L, 7L, 13L), items(packet, "dhcp.option.length").stream().map(Item::number).toList());
    }

    @Test
    void ackOptions() {
        Packet packet = dissect(ACK);
        assertEquals("DHCP ACK      - Transaction ID 0x81bcc90f", packet.info());
        assertEquals("Your (client) IP address: 192.168.1.10", item(packet, "dhcp.ip.your").label());
        assertEquals("Option: (54) DHCP Server Identifier (192.168.1.5)", items(packet, "dhcp.option.type").get(1).label());
        assertEquals(600, item(packet, "dhcp.option.ip_address_lease_time").number());
        assertEquals("IP Address Lease Time: (600s) 10 minutes", item(packet, "dhcp.option.ip_address_lease_time").label());
        assertEquals("Subnet Mask: 255.255.255.0", item(packet, "dhcp.option.subnet_mask").label());
        assertEquals("Router: 192.168.1.254", item(packet, "dhcp.option.router").label());
        assertEquals("mydomain.example", item(packet, "dhcp.option.domain_name").value());
        assertEquals(List.of("Domain Name Server: 192.168.1.1", "Domain Name Server: 192.168.1.2"),
                items(packet, "dhcp.option.domain_name_server").stream().map(Item::label).toList());
        assertTrue(packet.experts().isEmpty());
    }

    @Test
    void clientIdentifierAndRelayAgentInformation() {
        Packet packet = dissect(discover(String.join("",
                "350101", // Discover
                "3d0701b827ebb853c8", // Client identifier: Ethernet, b8:27:eb:b8:53:c8
                "520d 0105 65746830 31 0204 0a000001", // Agent Information: circuit "eth01", remote id 10.0.0.1
                "ff")));
        assertEquals("DHCP Discover - Transaction ID 0x3d1d", packet.info());
        List<Item> macs = items(packet, "dhcp.hw.mac_addr");
        assertEquals("Client MAC address: b8:27:eb:b8:53:c8", macs.get(1).label());
        assertSpan(macs.get(1), 246, 6);
        assertEquals("Hardware type: Ethernet (0x01)", items(packet, "dhcp.hw.type").get(1).label());
        assertEquals("Option 82 Suboption: (1) Agent Circuit ID", items(packet, "dhcp.option.agent_information_option.suboption").get(0).label());
        assertEquals("6574683031", HexFormat.of().formatHex((byte[]) item(packet, "dhcp.option.agent_information_option.agent_circuit_id").value()));
        assertSpan(item(packet, "dhcp.option.agent_information_option.agent_remote_id"), 263, 4);
    }

    @Test
    void withoutAMessageTypeItIsBootp() {
        byte[] request = hex("01 01 06 00 00003d1d 0000 8000", ZEROS_16, "001122334455 00000000000000000000", SNAME, FILE,
                ZEROS_16.repeat(4)); // a 64-byte vendor area without the magic cookie
        Packet packet = dissect(request);
        assertEquals("BOOTP", packet.protocolColumn());
        assertEquals("Boot Request from 00:11:22:33:44:55", packet.info());
        assertSpan(item(packet, "dhcp.vendor_specific_options"), 236, 64);
        request[0] = 2;
        assertEquals("Boot Reply", dissect(request).info());
        Packet options = dissect(discover("0c03616263 ff"));
        assertEquals("BOOTP", options.protocolColumn()); // options, but no message type
        assertEquals("Boot Request from 00:11:22:33:44:55", options.info());
    }

    @Test
    void optionLengthPastTheEndIsMalformedAtThatOption() {
        Packet packet = dissect(discover("350101 0c28 616263")); // Host Name announcing 40 bytes, 3 present
        assertMalformedAt(packet, 243);
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR,
                "Option (12) Host Name: length 40 goes past the end of the packet", 243, 1)), packet.experts().toString());
        assertEquals("DHCP Discover - Transaction ID 0x3d1d [Malformed Packet]", packet.info());
        assertMalformedAt(dissect(discover("350101 0c")), 243); // no length byte at all
    }

    @Test
    void relaySuboptionPastItsOptionIsMalformed() {
        Packet packet = dissect(discover("5206 0109 6574683031 ff")); // circuit ID of 9 bytes in a 6-byte option
        assertMalformedAt(packet, 244);
    }

    @Test
    void wrongLengthForAnOptionsKindIsAnErrorAndTheBytesAreShown() {
        Packet packet = dissect(discover("350101 3302 0258 ff")); // lease time in two bytes
        assertFalse(packet.malformed());
        assertTrue(packet.experts().contains(new Expert(Severity.ERROR, "Bad length 2 for option IP Address Lease Time", 243, 4)));
        assertEquals("0258", HexFormat.of().formatHex((byte[]) item(packet, "dhcp.option.value").value()));
    }

    @Test
    void truncatedHeaderIsMalformed() {
        Packet packet = dissect(hex("01 01 06 00 00003d1d 0000"));
        assertMalformedAt(packet, 10);
        assertEquals("[Malformed Packet]", packet.info());
    }

    @Test
    void snapLengthCutIsNotMalformed() {
        Packet packet = dissect(ACK, 250, true);
        assertFalse(packet.malformed());
        assertTrue(packet.info().startsWith("DHCP ACK"), packet.info());
    }

    @Test
    void durationsAsWiresharkWritesThem() {
        Packet packet = dissect(discover("3304 00015f90 3a04 ffffffff 3b04 00000000 ff"));
        assertEquals(List.of("IP Address Lease Time: (90000s) 1 day, 1 hour", "Renewal Time Value: (4294967295s) infinity",
                "Rebinding Time Value: (0s) 0 seconds"),
                Stream.of("dhcp.option.ip_address_lease_time", "dhcp.option.renewal_time_value", "dhcp.option.rebinding_time_value")
                        .map(name -> item(packet, name).label()).toList());
    }

    static Stream<byte[]> vectors() {
        return Stream.of(REQUEST, ACK, discover("350101 0c28 616263"), discover("5206 0109 6574683031 ff"), hex("01 01 06 00 00003d1d 0000"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void summaryPassGivesTheColumnsOfTheFullPass(byte[] bytes) {
        assertSameColumns(dissect(bytes, bytes.length, true), dissect(bytes, bytes.length, false));
    }

    /** Random bytes changed and cut off: the dissector must answer with columns and experts, never throw or hang. */
    @Test
    void mutatedVectorsNeverBreakTheDissector() {
        assertNeverBreak(vectors().toList(), 0, (round, bytes, captured, tree) -> dissect(bytes, captured, tree));
    }
}
