package org.wirebench.proto.ethernet.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * Linux cooked capture v1 (`sll`, LINKTYPE_LINUX_SLL): what `tcpdump -i any` writes. 16 bytes: packet type,
 * address type, address length, 8 bytes of address, protocol.
 */
public final class SllDissector extends LinuxCooked {

    public SllDissector() {
        super(16, "Linux cooked capture v1");
    }

    @Override
    Header read(ByteView data) {
        return new Header(data.u16(0), data.u16(2), data.u16(4), data.u16(14));
    }

    @Override
    void show(Item sll, ByteView data, Header header, Packet packet) {
        sll.add(packetType, data, 0, 2);
        sll.add(addressType, data, 2, 2);
        sll.add(addressLength, data, 4, 2);
        address(sll, data, 6, header, packet);
        protocol(sll, data, 14);
    }
}
