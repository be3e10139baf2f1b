package org.wirebench.testing;

import java.util.List;

import org.wirebench.core.Addresses;
import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.IpProtocolNumbers;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ProtocolSpec;

/**
 * Stands in for the IPv4 and IPv6 dissectors, which live in other bundles, under LINKTYPE_RAW: sets the network
 * addresses as they do (text and bytes) and hands the payload their lengths announce to the `ip.proto` table.
 */
public final class IpStandIn implements Dissector {

    public static ProtocolSpec spec() {
        return new ProtocolSpec("ip", "Test IP", "ip", List.of(new Binding("linktype", LinkType.RAW)), List.of(), IpStandIn::new);
    }

    @Override
    public void register(Protocol protocol, Fields fields) {
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        if (data.u8(0) >>> 4 == 4) {
            int headerLength = (data.u8(0) & 0xf) * 4;
            packet.setNetAddresses(Addresses.ipv4(data.u32(12)), Addresses.ipv4(data.u32(16)), data.bytes(12, 4), data.bytes(16, 4));
            packet.callTable(IpProtocolNumbers.TABLE, data.u8(9), data.slice(headerLength, data.u16(2) - headerLength), parent);
        } else {
            byte[] source = data.bytes(8, 16);
            byte[] destination = data.bytes(24, 16);
            packet.setNetAddresses(Addresses.ipv6(source), Addresses.ipv6(destination), source, destination);
            packet.callTable(IpProtocolNumbers.TABLE, data.u8(6), data.slice(40, data.u16(4)), parent);
        }
    }
}
