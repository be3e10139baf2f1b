package org.wirebench.proto.ethernet.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Raw IP (`raw`, LINKTYPE_RAW): no link header at all; the version nibble of the first byte says whether an
 * IPv4 or an IPv6 packet follows. (LINKTYPE_IPV4 and LINKTYPE_IPV6 need no guess: the IP protocols register
 * there themselves.)
 */
public final class RawIpDissector implements Dissector {
    private Protocol protocol;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("N/A");
        packet.setInfo("Raw packet data");
        parent.add(protocol.field(), data, 0, 0).text("Raw packet data");
        int version = data.u8(0) >>> 4;
        int type = version == 4 ? EtherType.IPV4 : version == 6 ? EtherType.IPV6 : -1;
        if (type < 0 || !packet.callTable(EtherType.TABLE, type, data, parent)) {
            packet.callData(data, parent);
        }
    }
}
