package org.wirebench.proto.dhcp.internal;

import java.util.Locale;
import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * BOOTP (RFC 951) and DHCP (RFC 2131): the fixed header, the magic cookie, the options. The Protocol column says
 * BOOTP until a DHCP Message Type option makes it DHCP. Options overloaded into `sname` and `file` (option 52)
 * are not parsed: those fields show as text.
 */
public final class DhcpDissector implements Dissector {
    private static final int OPTIONS = 240;
    private static final long MAGIC_COOKIE = 0x6382_5363L;
    private static final int ETHERNET = 1;

    private static final Map<Long, String> HARDWARE_TYPES = Map.of(0L, "NET/ROM pseudo", 1L, "Ethernet",
            2L, "Experimental Ethernet", 6L, "IEEE 802", 7L, "ARCNET", 15L, "Frame Relay DLCI", 16L, "ATM", 32L, "InfiniBand");

    private final DhcpOptions options = new DhcpOptions();
    private Protocol protocol;
    private Field type;
    private Field hardwareType;
    private Field hardwareLength;
    private Field hops;
    private Field id;
    private Field seconds;
    private Field flags;
    private Field broadcast;
    private Field reservedFlags;
    private Field clientAddress;
    private Field yourAddress;
    private Field serverAddress;
    private Field relayAddress;
    private Field macAddress;
    private Field hardwareAddress;
    private Field hardwarePadding;
    private Field serverName;
    private Field file;
    private Field cookie;
    private Field vendor;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        type = fields.add("dhcp.type", "Message type", FieldType.UINT8, Base.DEC, Map.of(1L, "Boot Request", 2L, "Boot Reply"), 0);
        hardwareType = fields.add("dhcp.hw.type", "Hardware type", FieldType.UINT8, Base.HEX, HARDWARE_TYPES, 0);
        hardwareLength = fields.add("dhcp.hw.len", "Hardware address length", FieldType.UINT8);
        hops = fields.add("dhcp.hops", "Hops", FieldType.UINT8);
        id = fields.add("dhcp.id", "Transaction ID", FieldType.UINT32, Base.HEX);
        seconds = fields.add("dhcp.secs", "Seconds elapsed", FieldType.UINT16);
        flags = fields.add("dhcp.flags", "Bootp flags", FieldType.UINT16, Base.HEX);
        broadcast = fields.add("dhcp.flags.bc", "Broadcast flag", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x8000);
        reservedFlags = fields.add("dhcp.flags.reserved", "Reserved flags", FieldType.UINT16, Base.HEX, Map.of(), 0x7fff);
        clientAddress = fields.add("dhcp.ip.client", "Client IP address", FieldType.IPV4);
        yourAddress = fields.add("dhcp.ip.your", "Your (client) IP address", FieldType.IPV4);
        serverAddress = fields.add("dhcp.ip.server", "Next server IP address", FieldType.IPV4);
        relayAddress = fields.add("dhcp.ip.relay", "Relay agent IP address", FieldType.IPV4);
        macAddress = fields.add("dhcp.hw.mac_addr", "Client MAC address", FieldType.ETHER);
        hardwareAddress = fields.add("dhcp.hw.addr", "Client hardware address", FieldType.BYTES);
        hardwarePadding = fields.add("dhcp.hw.addr_padding", "Client hardware address padding", FieldType.BYTES);
        serverName = fields.add("dhcp.server", "Server host name", FieldType.STRING);
        file = fields.add("dhcp.file", "Boot file name", FieldType.STRING);
        cookie = fields.add("dhcp.cookie", "Magic cookie", FieldType.IPV4);
        vendor = fields.add("dhcp.vendor_specific_options", "Bootp vendor specific options", FieldType.BYTES);
        options.register(fields, hardwareType, macAddress);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("BOOTP");
        Item dhcp = parent.add(protocol.field(), data, 0, data.length(), (Object) null).text("Dynamic Host Configuration Protocol");
        int op = data.u8(0);
        dhcp.add(type, data, 0, 1);
        int htype = data.u8(1);
        int hlen = data.u8(2);
        dhcp.add(hardwareType, data, 1, 1);
        dhcp.add(hardwareLength, data, 2, 1);
        dhcp.add(hops, data, 3, 1);
        long transaction = data.u32(4);
        dhcp.add(id, data, 4, 4);
        dhcp.add(seconds, data, 8, 2);
        int flagBits = data.u16(10);
        Item flagsItem = dhcp.add(flags, data, 10, 2).text("Bootp flags: 0x%04x%s", flagBits,
                (flagBits & 0x8000) != 0 ? ", Broadcast flag (Broadcast)" : " (Unicast)");
        flagsItem.add(broadcast, data, 10, 2);
        flagsItem.add(reservedFlags, data, 10, 2);
        dhcp.add(clientAddress, data, 12, 4);
        dhcp.add(yourAddress, data, 16, 4);
        dhcp.add(serverAddress, data, 20, 4);
        dhcp.add(relayAddress, data, 24, 4);
        String client = hardwareAddress(data, htype, hlen, dhcp);
        packet.setInfo(op == 1 ? "Boot Request from " + client : op == 2 ? "Boot Reply" : "Unknown BOOTP message type (" + op + ")");
        text(data, 44, 64, serverName, "Server host name", dhcp);
        text(data, 108, 128, file, "Boot file name", dhcp);

        if (data.u32(236) != MAGIC_COOKIE) {
            dhcp.add(vendor, data, 236, data.length() - 236);
            return;
        }
        dhcp.add(cookie, data, 236, 4).text("Magic cookie: DHCP");
        options.dissect(data, OPTIONS, dhcp, message -> {
            String name = DhcpOptions.messageTypeName(message);
            packet.setProtocolColumn("DHCP");
            packet.setInfo(String.format(Locale.ROOT, "DHCP %-8s - Transaction ID 0x%x", name, transaction));
            dhcp.text("Dynamic Host Configuration Protocol (" + name + ")");
        });
    }

    /** `chaddr` (16 bytes): an Ethernet address and its padding, or `hlen` bytes of another kind. Returns it as text. */
    private String hardwareAddress(ByteView data, int htype, int hlen, Item dhcp) {
        if (htype == ETHERNET && hlen == 6) {
            dhcp.add(macAddress, data, 28, 6);
            dhcp.add(hardwarePadding, data, 34, 10);
            return Addresses.ether(data.bytes(28, 6), 0);
        }
        int length = Math.min(hlen, 16);
        if (length > 0) {
            dhcp.add(hardwareAddress, data, 28, length);
        }
        if (length < 16) {
            dhcp.add(hardwarePadding, data, 28 + length, 16 - length);
        }
        return Addresses.hex(data.bytes(28, length), 0, length, ':');
    }

    /** A NUL-terminated text field of fixed size; an empty one is "not given". */
    private static void text(ByteView data, int offset, int size, Field field, String name, Item dhcp) {
        String raw = data.ascii(offset, size);
        int nul = raw.indexOf('\0');
        String value = nul < 0 ? raw : raw.substring(0, nul);
        Item item = dhcp.add(field, data, offset, size, (Object) value);
        if (value.isEmpty()) {
            item.text(name + " not given");
        }
    }
}
