package org.wirebench.proto.ethernet.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Linux cooked capture v2 (`sll2`, LINKTYPE_LINUX_SLL2, same `sll` fields): 20 bytes, protocol first, then a
 * reserved word, the interface index, address type, packet type, address length and 8 bytes of address.
 */
public final class Sll2Dissector implements Dissector {
    private static final int HEADER = 20;

    private Protocol protocol;
    private LinuxCooked fields;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        this.fields = new LinuxCooked(fields);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("SLL");
        int protocolType = data.u16(0);
        int addressType = data.u16(8);
        int packetType = data.u8(10);
        int addressLength = data.u8(11);
        data.require(12, LinuxCooked.ADDRESS_SIZE);
        LinuxCooked.info(packet, packetType);

        Item sll = parent.add(protocol.field(), data, 0, HEADER).text("Linux cooked capture v2");
        fields.protocol(sll, data, 0);
        sll.add(fields.interfaceIndex, data, 4, 4);
        sll.add(fields.addressType, data, 8, 2);
        sll.add(fields.packetType, data, 10, 1);
        sll.add(fields.addressLength, data, 11, 1);
        fields.address(sll, data, 12, addressType, addressLength, packet);
        LinuxCooked.handOn(protocolType, data.slice(HEADER), packet, parent);
    }
}
