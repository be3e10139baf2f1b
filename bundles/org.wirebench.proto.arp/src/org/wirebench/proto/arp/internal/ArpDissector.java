package org.wirebench.proto.arp.internal;

import static java.util.Map.entry;

import java.util.Map;

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
 * ARP and its relatives RARP, DRARP and InARP (`arp`, RFC 826): an 8-byte header that gives the sizes of the
 * hardware and protocol addresses, then sender and target addresses of those sizes. Ethernet/IPv4 addresses
 * are shown as MAC and IPv4 fields; other sizes as bytes.
 */
public final class ArpDissector implements Dissector {
    private static final int HEADER = 8;
    private static final Map<Long, String> HARDWARE_TYPES = Map.ofEntries(
            entry(1L, "Ethernet"), entry(2L, "Experimental Ethernet"), entry(3L, "AX.25"), entry(6L, "IEEE 802"),
            entry(7L, "ARCNET"), entry(15L, "Frame Relay DLCI"), entry(16L, "ATM"), entry(17L, "HDLC"),
            entry(18L, "Fibre Channel"), entry(19L, "ATM (RFC 2225)"), entry(20L, "Serial Line"),
            entry(24L, "IEEE 1394.1995"), entry(27L, "EUI-64"), entry(32L, "InfiniBand"));
    // the protocol type is an ethertype; only these are resolved by ARP in practice
    private static final Map<Long, String> PROTOCOL_TYPES = Map.of(0x0800L, "IPv4", 0x86ddL, "IPv6", 0x0806L, "ARP");

    private Field protocol;
    private Field hardwareType;
    private Field protocolType;
    private Field hardwareSize;
    private Field protocolSize;
    private Field opcode;
    private Field gratuitous;
    private Field probe;
    private Field announcement;
    private Field senderMac;
    private Field senderIpv4;
    private Field targetMac;
    private Field targetIpv4;
    private Field senderHardware;
    private Field senderProtocol;
    private Field targetHardware;
    private Field targetProtocol;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.field();
        hardwareType = fields.add("arp.hw.type", "Hardware type", FieldType.UINT16, Base.DEC, HARDWARE_TYPES, 0);
        protocolType = fields.add("arp.proto.type", "Protocol type", FieldType.UINT16, Base.HEX, PROTOCOL_TYPES, 0);
        hardwareSize = fields.add("arp.hw.size", "Hardware size", FieldType.UINT8);
        protocolSize = fields.add("arp.proto.size", "Protocol size", FieldType.UINT8);
        opcode = fields.add("arp.opcode", "Opcode", FieldType.UINT16, Base.DEC, ArpMessage.OPERATIONS, 0);
        gratuitous = fields.add("arp.isgratuitous", "Is gratuitous", FieldType.BOOLEAN);
        probe = fields.add("arp.isprobe", "Is probe", FieldType.BOOLEAN);
        announcement = fields.add("arp.isannouncement", "Is announcement", FieldType.BOOLEAN);
        senderMac = fields.add("arp.src.hw_mac", "Sender MAC address", FieldType.ETHER);
        senderIpv4 = fields.add("arp.src.proto_ipv4", "Sender IP address", FieldType.IPV4);
        targetMac = fields.add("arp.dst.hw_mac", "Target MAC address", FieldType.ETHER);
        targetIpv4 = fields.add("arp.dst.proto_ipv4", "Target IP address", FieldType.IPV4);
        senderHardware = fields.add("arp.src.hw", "Sender hardware address", FieldType.BYTES);
        senderProtocol = fields.add("arp.src.proto", "Sender protocol address", FieldType.BYTES);
        targetHardware = fields.add("arp.dst.hw", "Target hardware address", FieldType.BYTES);
        targetProtocol = fields.add("arp.dst.proto", "Target protocol address", FieldType.BYTES);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("ARP");
        int hardware = data.u16(0);
        int protocolNumber = data.u16(2);
        int hardwareLength = data.u8(4);
        int protocolLength = data.u8(5);
        int operation = data.u16(6);
        packet.setProtocolColumn(ArpMessage.column(operation));

        Item arp = parent.add(protocol, data, 0, HEADER);
        arp.add(hardwareType, data, 0, 2);
        arp.add(protocolType, data, 2, 2);
        arp.add(hardwareSize, data, 4, 1);
        arp.add(protocolSize, data, 5, 1);
        arp.add(opcode, data, 6, 2);

        boolean ethernet = (hardware == 1 || hardware == 6) && hardwareLength == 6;
        // 0xcc: IP over AX.25 numbers the protocol its own way
        boolean ipv4 = (protocolNumber == 0x0800 || protocolNumber == 0xcc) && protocolLength == 4;
        int senderProtocolOffset = HEADER + hardwareLength;
        int targetHardwareOffset = senderProtocolOffset + protocolLength;
        int targetProtocolOffset = targetHardwareOffset + hardwareLength;
        int end = targetProtocolOffset + protocolLength;

        ArpMessage message = ArpMessage.of(operation, data.bytes(HEADER, hardwareLength), data.bytes(senderProtocolOffset, protocolLength),
                data.bytes(targetHardwareOffset, hardwareLength), data.bytes(targetProtocolOffset, protocolLength), ethernet, ipv4);
        packet.setInfo(message.info());

        arp.length(end).text("Address Resolution Protocol (" + message.kind() + ")");
        if (message.gratuitous()) {
            arp.add(gratuitous, data, 0, 0, 1).generated();
        }
        if (message.probe()) {
            arp.add(probe, data, 0, 0, 1).generated();
        }
        if (message.announcement()) {
            arp.add(announcement, data, 0, 0, 1).generated();
        }
        arp.add(ethernet ? senderMac : senderHardware, data, HEADER, hardwareLength);
        arp.add(ipv4 ? senderIpv4 : senderProtocol, data, senderProtocolOffset, protocolLength);
        arp.add(ethernet ? targetMac : targetHardware, data, targetHardwareOffset, hardwareLength);
        arp.add(ipv4 ? targetIpv4 : targetProtocol, data, targetProtocolOffset, protocolLength);
    }
}
