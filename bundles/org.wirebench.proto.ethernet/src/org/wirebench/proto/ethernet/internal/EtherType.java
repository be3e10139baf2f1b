package org.wirebench.proto.ethernet.internal;

import static java.util.Map.entry;

import java.util.Map;

import org.wirebench.core.ByteView;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/** The `ethertype` table this bundle owns, and the names of its keys as Wireshark shows them. */
final class EtherType {
    static final String TABLE = "ethertype";
    static final int IPV4 = 0x0800;
    static final int IPV6 = 0x86dd;
    static final int IPX = 0x8137;
    static final int APPLETALK = 0x809b;

    static final Map<Long, String> NAMES = Map.ofEntries(
            entry(0x0800L, "IPv4"),
            entry(0x0806L, "ARP"),
            entry(0x0842L, "Wake on LAN"),
            entry(0x22f0L, "IEEE 1722 Audio Video Transport Protocol"),
            entry(0x22f3L, "Transparent Interconnection of Lots of Links"),
            entry(0x6558L, "Transparent Ethernet bridging"),
            entry(0x8035L, "RARP"),
            entry(0x809bL, "AppleTalk LLAP bridging"),
            entry(0x80f3L, "AARP"),
            entry(0x8100L, "802.1Q Virtual LAN"),
            entry(0x8137L, "Netware IPX/SPX"),
            entry(0x86ddL, "IPv6"),
            entry(0x8808L, "MAC Control"),
            entry(0x8809L, "Slow Protocols"),
            entry(0x8847L, "MPLS label switched packet"),
            entry(0x8848L, "MPLS multicast label switched packet"),
            entry(0x8863L, "PPPoE Discovery"),
            entry(0x8864L, "PPPoE Session"),
            entry(0x888eL, "802.1X Authentication"),
            entry(0x8892L, "PROFINET"),
            entry(0x88a4L, "EtherCAT frame"),
            entry(0x88a8L, "802.1ad Provider Bridge (Q-in-Q)"),
            entry(0x88b5L, "Local Experimental Ethertype 1"),
            entry(0x88b6L, "Local Experimental Ethertype 2"),
            entry(0x88b8L, "IEC 61850/GOOSE"),
            entry(0x88baL, "IEC 61850/SV (Sampled Value Transmission"),
            entry(0x88ccL, "802.1 Link Layer Discovery Protocol (LLDP)"),
            entry(0x88e1L, "Homeplug AV"),
            entry(0x88e3L, "MRP"),
            entry(0x88e5L, "802.1AE (MACsec)"),
            entry(0x88e7L, "802.1ah Provider Backbone Bridge (mac-in-mac)"),
            entry(0x88f7L, "PTPv2 over Ethernet (IEEE1588)"),
            entry(0x88fbL, "Parallel Redundancy Protocol (PRP) and HSR Supervision (IEC62439 Part 3)"),
            entry(0x8902L, "IEEE 802.1ag Connectivity Fault Management (CFM) protocol"),
            entry(0x8906L, "Fibre Channel over Ethernet"),
            entry(0x8914L, "FCoE Initialization Protocol"),
            entry(0x8915L, "RDMA over Converged Ethernet"),
            entry(0x892fL, "High-availability Seamless Redundancy (IEC62439 Part 3)"),
            entry(0x9000L, "Loopback"),
            entry(0x9100L, "QinQ: old non-standard 802.1ad"));

    private EtherType() {
    }

    /**
     * Hands `payload` to the protocol registered for `type`. When none is, the Protocol column shows the type in
     * hex and Info its name, as Wireshark does, and the bytes go to `data`.
     */
    static void handOn(int type, ByteView payload, Packet packet, Item parent) {
        if (!packet.callTable(TABLE, type, payload, parent)) {
            packet.setProtocolColumn(String.format("0x%04x", type));
            String name = NAMES.get((long) type);
            if (name != null) {
                packet.setInfo(name);
            }
            packet.callData(payload, parent);
        }
    }
}
