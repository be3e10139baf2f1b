package org.wirebench.proto.ethernet.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * Linux cooked capture v2 (`sll2`, LINKTYPE_LINUX_SLL2, same `sll` fields): 20 bytes, protocol first, then a
 * reserved word, the interface index, address type, packet type, address length and 8 bytes of address.
 */
public final class Sll2Dissector extends LinuxCooked {

    public Sll2Dissector() {
        super(20, "Linux cooked capture v2");
    }

    @Override
    Header read(ByteView data) {
        int protocolType = data.u16(0);
        int addressType = data.u16(8);
        int packetType = data.u8(10);
        int addressLength = data.u8(11);
        data.require(12, ADDRESS_SIZE);
        return new Header(packetType, addressType, addressLength, protocolType);
    }

    @Override
    void show(Item sll, ByteView data, Header header, Packet packet) {
        protocol(sll, data, 0);
        sll.add(interfaceIndex, data, 4, 4);
        sll.add(addressType, data, 8, 2);
        sll.add(packetType, data, 10, 1);
        sll.add(addressLength, data, 11, 1);
        address(sll, data, 12, header, packet);
    }
}
