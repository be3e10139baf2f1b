package org.wirebench.proto.ipv4.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Ipv4Packets.ipv4;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.PacketAssertions.malformedAt;
import static org.wirebench.testing.Registries.registry;
import static org.wirebench.testing.Registries.spec;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.proto.ipv4.internal.Ipv4Dissector;
import org.wirebench.testing.Registries;
import org.wirebench.testing.Stub;

/** IPv4 headers with options, each before the same 8-byte UDP datagram. */
class Ipv4OptionsTest {
    private static final int UDP_PROTOCOL = 17;
    private static final byte[] UDP = bytes(0xd4, 0x31, 0x00, 0x35, 0x00, 0x08, 0x00, 0x00);

    private final Stub udp = new Stub("UDP");
    private final DissectorRegistry registry = registry(
            spec("ip", "Internet Protocol Version 4", "ip", Ipv4Dissector::new, "linktype=228"),
            spec("udp", "User Datagram Protocol", "udp", () -> udp, "ip.proto=17"));

    private static final byte[] ROUTE_AND_ALERT = ipv4(UDP_PROTOCOL, bytes(
            0x01, // No-Operation
            0x07, 0x0b, 0x08, // Record Route, length 11, pointer 8: one address recorded
            0x0a, 0x00, 0x00, 0x63, // recorded 10.0.0.99
            0x00, 0x00, 0x00, 0x00, // empty slot, the next to fill
            0x94, 0x04, 0x00, 0x00, // Router Alert, length 4, value 0
            0x00, // End of Options List
            0x00, 0x00, 0x00), UDP); // padding to a multiple of 4

    private Packet dissect(byte[] frame) {
        return Registries.dissectBothPasses(registry, LinkType.IPV4, frame);
    }

    /** The item labelled `label` among the children of the Options item. */
    private Item option(Packet packet, String label) {
        Item options = item(packet, "ip").children().stream().filter(i -> i.label().startsWith("Options:")).findFirst().orElseThrow();
        return options.children().stream().filter(i -> i.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " in "
                + options.children()));
    }

    @Test
    void recordRouteAndRouterAlert() {
        Packet packet = dissect(ROUTE_AND_ALERT);

        Item ip = item(packet, "ip");
        assertSpan(ip, 0, 40);
        Item options = ip.children().stream().filter(i -> i.label().startsWith("Options:")).findFirst().orElseThrow();
        assertEquals("Options: (20 bytes), Record Route, Router Alert", options.label());
        assertSpan(options, 20, 20);
        assertSpan(option(packet, "IP Option - No-Operation (NOP)"), 20, 1);
        Item route = option(packet, "IP Option - Record Route (11 bytes)");
        assertSpan(route, 21, 11);
        Item type = route.children().get(0);
        assertEquals("Type: 7", type.label());
        assertEquals(List.of("Copy on fragmentation: False", "Class: Control (0)", "Number: Record route (7)"),
                type.children().stream().map(Item::label).toList());
        assertSpan(item(packet, "ip.opt.len"), 22, 1);
        Item pointer = item(packet, "ip.opt.ptr");
        assertEquals(8, pointer.number());
        assertSpan(pointer, 23, 1);
        Item recorded = item(packet, "ip.rec_rt");
        assertEquals("Recorded Route: 10.0.0.99", recorded.label());
        assertSpan(recorded, 24, 4);
        Item empty = item(packet, "ip.empty_rt");
        assertEquals("Empty Route: 0.0.0.0 <- (next)", empty.label());
        assertSpan(empty, 28, 4);
        assertSpan(option(packet, "IP Option - Router Alert (4 bytes)"), 32, 4);
        Item alert = item(packet, "ip.opt.ra");
        assertEquals("Router Alert: Router shall examine packet (0)", alert.label());
        assertSpan(alert, 34, 2);
        assertSpan(option(packet, "IP Option - End of Options List (EOL)"), 36, 1);
        assertSpan(item(packet, "ip.opt.padding"), 37, 3);
        assertEquals(40, udp.received().frameOffset(0));
        assertFalse(packet.malformed());
    }

    @Test
    void timeStampsWithAddresses() {
        byte[] frame = ipv4(UDP_PROTOCOL, bytes(
                0x44, 0x0c, 0x0d, // Time Stamp, length 12, pointer 13: the option is full
                0x01, // overflow 0, flag 1: each time stamp after an address
                0x0a, 0x00, 0x00, 0x09, // address 10.0.0.9
                0x00, 0x00, 0x03, 0xe8), UDP); // time stamp 1000 ms since midnight UT

        Packet packet = dissect(frame);

        assertEquals("Flag: Time stamp and address (0x1)", item(packet, "ip.opt.flag").label());
        assertEquals(0, item(packet, "ip.opt.overflow").number());
        assertSpan(item(packet, "ip.opt.time_stamp_addr"), 24, 4);
        Item stamp = item(packet, "ip.opt.time_stamp");
        assertEquals(1000, stamp.number());
        assertSpan(stamp, 28, 4);
    }

    @Test
    void looseSourceRoute() {
        byte[] frame = ipv4(UDP_PROTOCOL, bytes(
                0x83, 0x0b, 0x04, // Loose Source Route, length 11, pointer 4: the first address is next
                0x01, 0x01, 0x01, 0x01, // 1.1.1.1
                0x02, 0x02, 0x02, 0x02, // 2.2.2.2
                0x00), UDP); // End of Options List

        Packet packet = dissect(frame);

        List<Item> route = items(packet, "ip.src_rt");
        assertEquals(List.of("Source Route: 1.1.1.1 <- (next)", "Source Route: 2.2.2.2"), route.stream().map(Item::label).toList());
        assertEquals("Options: (12 bytes), Loose Source Route", item(packet, "ip").children().stream()
                .filter(i -> i.label().startsWith("Options:")).findFirst().orElseThrow().label());
    }

    @Test
    void aPointerIntoTheMiddleOfAnAddressIsAWarning() {
        byte[] frame = ROUTE_AND_ALERT.clone();
        frame[23] = 0x06; // pointer 6
        frame[10] = 0x65;
        frame[11] = 0x12;

        Packet packet = dissect(frame);

        Expert warning = item(packet, "ip.opt.ptr").children().get(0).expert();
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("Pointer points to middle of address", warning.message());
        assertFalse(packet.malformed());
    }

    @Test
    void anOptionLengthOfZeroIsMalformedAtTheLengthByte() {
        byte[] frame = ipv4(UDP_PROTOCOL, bytes(
                0x01, // No-Operation
                0x07, 0x00, // Record Route with length 0: it cannot even cover its type and length
                0x04), UDP);

        Packet packet = dissect(frame);

        Item bad = option(packet, "Record Route (with too-short option length = 0 bytes)");
        assertEquals(Severity.ERROR, bad.children().get(0).expert().severity());
        assertSpan(bad, 21, 3);
        assertEquals(22, malformedAt(packet));
        assertNotNull(udp.received(), "the payload is still handed on");
        assertEquals("10.0.0.1", packet.source());
    }

    @Test
    void anOptionRunningPastTheHeaderIsMalformedAtTheLengthByte() {
        byte[] frame = ipv4(UDP_PROTOCOL, bytes(
                0x01, // No-Operation
                0x07, 0x08, // Record Route with length 8, but only 3 bytes of options are left
                0x04), UDP);

        Packet packet = dissect(frame);

        option(packet, "Record Route (option length = 8 bytes says option goes past end of options)");
        assertEquals(22, malformedAt(packet));
    }

    @Test
    void anOptionWithoutRoomForItsLengthIsMalformed() {
        byte[] frame = ipv4(UDP_PROTOCOL, bytes(
                0x01, 0x01, 0x01, // No-Operation three times
                0x07), UDP); // Record Route in the last byte of the header

        Packet packet = dissect(frame);

        assertEquals(24, malformedAt(packet));
    }

    @Test
    void optionsCutByTheSnapLengthAreNotMalformedAndTheChecksumIsUnverified() {
        byte[] frame = Arrays.copyOf(ROUTE_AND_ALERT, 30);

        Packet packet = Registries.dissect(registry, new CaptureInterface(0, LinkType.IPV4, 30, null, null, -1), frame, 48, true);

        assertFalse(packet.malformed());
        assertEquals("[Packet size limited during capture]", packet.info());
        assertEquals("Header Checksum: 0x6510 [unverified]", item(packet, "ip.checksum").label());
        assertEquals(2, item(packet, "ip.checksum.status").number());
        assertEquals("10.0.0.1", packet.source(), "the addresses come before the options");
    }
}
