package org.wirebench.proto.ethernet.internal;

import static java.util.Map.entry;

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
 * What the two versions of Linux cooked capture (`sll`, `sll2`) share: their fields, the columns, the link-layer
 * source address, and the protocol field, which is an ethertype or, below 0x0600, a Linux protocol number. Each
 * version reads and shows the header in its own layout.
 */
abstract class LinuxCooked implements Dissector {
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

    private final int headerLength;
    private final String label;
    private Protocol protocol;
    Field packetType;
    Field addressType;
    Field addressLength;
    Field interfaceIndex;
    private Field sourceEthernet;
    private Field sourceOther;
    private Field unused;
    private Field linuxProtocol;
    private Field etherType;

    LinuxCooked(int headerLength, String label) {
        this.headerLength = headerLength;
        this.label = label;
    }

    /** The values of a header, whose version reads them in the order of its layout: a short one breaks where it ends. */
    record Header(int packetType, int addressType, int addressLength, int protocol) {
    }

    @Override
    public final void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
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

    @Override
    public final void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("SLL");
        Header header = read(data);
        info(packet, header.packetType());
        Item sll = parent.add(protocol.field(), data, 0, headerLength).text(label);
        show(sll, data, header, packet);
        handOn(header.protocol(), data.slice(headerLength), packet, parent);
    }

    abstract Header read(ByteView data);

    /** Adds the header's fields under `sll`, in the order of the version's layout. */
    abstract void show(Item sll, ByteView data, Header header, Packet packet);

    /** Info names the packet type, as Wireshark shows it until the payload says more. */
    private static void info(Packet packet, int type) {
        String name = PACKET_TYPES.get((long) type);
        packet.setInfo(name == null ? "Unknown (" + type + ")" : name);
    }

    /** The 8-byte address field: the sender's address in as many bytes as the header says, the Source column when a MAC. */
    void address(Item sll, ByteView data, int offset, Header header, Packet packet) {
        int type = header.addressType();
        int length = header.addressLength();
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
    private static void handOn(int protocol, ByteView payload, Packet packet, Item parent) {
        if (protocol >= FIRST_ETHERTYPE) {
            EtherType.handOn(protocol, payload, packet, parent);
        } else if (protocol != LINUX_SLL_P_802_2 || !packet.callProtocol("llc", payload, parent)) {
            packet.callData(payload, parent);
        }
    }
}
