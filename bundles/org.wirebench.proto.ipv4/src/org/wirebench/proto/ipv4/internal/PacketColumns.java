package org.wirebench.proto.ipv4.internal;

import org.wirebench.core.Packet;

/**
 * What a packet shows in its columns and tells upper layers about addresses and ports, saved before the datagram
 * an ICMP error quotes is dissected and put back after: Wireshark keeps the columns read-only meanwhile, so the
 * quoted header cannot pass for the packet's own.
 */
record PacketColumns(String protocol, String info, String source, String destination, String netSource, String netDestination,
        int sourcePort, int destinationPort) {

    static PacketColumns of(Packet packet) {
        return new PacketColumns(packet.protocolColumn(), packet.info(), packet.source(), packet.destination(), packet.netSource(),
                packet.netDestination(), packet.sourcePort(), packet.destinationPort());
    }

    void restore(Packet packet) {
        packet.setNetAddresses(netSource, netDestination);
        packet.setColumns(source, destination);
        packet.setProtocolColumn(protocol);
        packet.setInfo(info);
        if (packet.sourcePort() != sourcePort || packet.destinationPort() != destinationPort) {
            // the Packet API has no getter for the transport name; under ICMP, directly on IP, there is none
            packet.setPorts("", sourcePort, destinationPort);
        }
    }
}
