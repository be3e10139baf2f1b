package org.wirebench.proto.ethernet.internal;

import static java.util.Map.entry;

import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * What the two versions of Linux cooked capture (`sll`, `sll2`) share: their fields, the link-layer source
 * address, and the protocol field, which is an ethertype or, below 0x0600, a Linux protocol number.
 */
final class LinuxCooked {
    static final int ADDRESS_SIZE = 8;
    private static final int ARPHRD_ETHER = 1;
    private static final int ARPHRD_IEEE802 = 6;
    private static final int FIRST_ETHERTYPE = 0x0600;
    private static final int LINUX_SLL_P_802_2 = 0x0004;
    private static final Map<Long, String> PACKET_TYPES = Map.of(0L, "Unicast to us", 1L, "Broadcast", 2L, "Multicast",
            3L, "Unicast to another host", 4L, "Sent by us");
    private static final Map<Long, String> ADDRESS_TYPES = Map.ofEntries(
            entry(1L, "Ethernet"),
            entry(6L, "IEEE 802"),
            entry(24L, "IEEE 1394.1995"),
            entry(32L, "InfiniBand"),
            entry(512L, "PPP"),
            entry(513L, "Cisco HDLC"),
            entry(768L, "IPIP tunnel"),
            entry(769L, "IP6IP6 tunnel"),
            entry(772L, "Loopback"),
            entry(776L, "sit0 device - IPv6-in-IPv4"),
            entry(778L, "GRE tunnel"),
            entry(783L, "IrDA"),
            entry(801L, "IEEE 802.11"),
            entry(803L, "IEEE 802.11 + radiotap header"),
            entry(804L, "IEEE 802.15.4"),
            entry(824L, "Netlink"),
            entry(65534L, "No header"));
    private static final Map<Long, String> LINUX_PROTOCOLS = Map.of(0x0001L, "Raw 802.3", 0x0003L, "Ethernet",
            0x0004L, "802.2 LLC", 0x0007L, "PPP (HDLC)", 0x000cL, "CAN", 0x000dL, "CAN FD", 0x0017L, "IrDA LAP",
            0x00f6L, "IEEE 802.15.4");

    final Field packetType;
    final Field addressType;
    final Field addressLength;
    final Field sourceEthernet;
    final Field sourceOther;
    final Field unused;
    final Field linuxProtocol;
    final Field etherType;
    final Field interfaceIndex;

    LinuxCooked(Fields fields) {
        packetType = fields.add("sll.pkttype", "Packet type", FieldType.UINT16, Base.DEC, PACKET_TYPES, 0);
        addressType = fields.add("sll.hatype", "Link-layer address type", FieldType.UINT16, Base.DEC, ADDRESS_TYPES, 0);
        addressLength = fields.add("sll.halen", "Link-layer address length", FieldType.UINT16, Base.DEC);
        sourceEthernet = fields.add("sll.src.eth", "Source", FieldType.ETHER);
        sourceOther = fields.add("sll.src.other", "Source", FieldType.BYTES);
        unused = fields.add("sll.unused", "Unused", FieldType.BYTES);
        linuxProtocol = fields.add("sll.ltype", "Protocol", FieldType.UINT16, Base.HEX, LINUX_PROTOCOLS, 0);
        etherType = fields.add("sll.etype", "Protocol", FieldType.UINT16, Base.HEX, EtherType.NAMES, 0);
        interfaceIndex = fields.add("sll.ifindex", "Interface index", FieldType.UINT32, Base.DEC);
    }

    /** Info names the packet type, as Wireshark shows it until the payload says more. */
    static void info(Packet packet, int type) {
        String name = PACKET_TYPES.get((long) type);
        packet.setInfo(name == null ? "Unknown (" + type + ")" : name);
    }

    /** The 8-byte address field: the sender's address in its first `length` bytes, the Source column when a MAC. */
    void address(Item sll, ByteView data, int offset, int type, int length, Packet packet) {
        int used = Math.min(length, ADDRESS_SIZE);
        if ((type == ARPHRD_ETHER || type == ARPHRD_IEEE802) && used == 6) {
            sll.add(sourceEthernet, data, offset, 6);
            packet.setColumns(Addresses.ether(data.bytes(offset, 6), 0), "");
        } else if (used > 0) {
            sll.add(sourceOther, data, offset, used);
        }
        if (used < ADDRESS_SIZE) {
            sll.add(unused, data, offset + used, ADDRESS_SIZE - used);
        }
    }

    /** The protocol field at `offset`: an ethertype, or below 0x0600 a Linux protocol number. */
    void protocol(Item sll, ByteView data, int offset) {
        sll.add(data.u16(offset) >= FIRST_ETHERTYPE ? etherType : linuxProtocol, data, offset, 2);
    }

    /** Hands the payload to what the protocol field names; of the Linux protocols only 802.2 LLC is dissected. */
    static void handOn(int protocol, ByteView payload, Packet packet, Item parent) {
        if (protocol >= FIRST_ETHERTYPE) {
            EtherType.handOn(protocol, payload, packet, parent);
        } else if (protocol != LINUX_SLL_P_802_2 || !packet.callProtocol("llc", payload, parent)) {
            packet.callData(payload, parent);
        }
    }
}
