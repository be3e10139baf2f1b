package org.wirebench.proto.ethernet.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Linux cooked capture v1 (`sll`, LINKTYPE_LINUX_SLL): what `tcpdump -i any` writes. 16 bytes: packet type,
 * address type, address length, 8 bytes of address, protocol.
 */
public final class SllDissector implements Dissector {
    private static final int HEADER = 16;

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
        int packetType = data.u16(0);
        int addressType = data.u16(2);
        int addressLength = data.u16(4);
        int protocolType = data.u16(14);
        LinuxCooked.info(packet, packetType);

        Item sll = parent.add(protocol.field(), data, 0, HEADER).text("Linux cooked capture v1");
        sll.add(fields.packetType, data, 0, 2);
        sll.add(fields.addressType, data, 2, 2);
        sll.add(fields.addressLength, data, 4, 2);
        fields.address(sll, data, 6, addressType, addressLength, packet);
        fields.protocol(sll, data, 14);
        LinuxCooked.handOn(protocolType, data.slice(HEADER), packet, parent);
    }
}
