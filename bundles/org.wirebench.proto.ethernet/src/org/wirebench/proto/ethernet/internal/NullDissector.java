package org.wirebench.proto.ethernet.internal;

import java.util.Map;

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
 * BSD loopback (`null`): a 4-byte address family before the packet, in the capturing host's byte order for
 * LINKTYPE_NULL and in network byte order for LINKTYPE_LOOP. Families are small numbers, so a value with bits in
 * its upper half was written little-endian; that one test reads both link types. The family is handed on as
 * the ethertype it stands for (IPv6 has three numbers, one per BSD).
 */
public final class NullDissector implements Dissector {
    private static final int HEADER = 4;
    private static final Map<Long, String> FAMILIES = Map.of(2L, "IP", 7L, "OSI", 16L, "Appletalk", 23L, "Netware IPX/SPX",
            24L, "IPv6", 28L, "IPv6", 30L, "IPv6");
    private static final Map<Long, Integer> ETHERTYPES = Map.of(2L, EtherType.IPV4, 16L, EtherType.APPLETALK,
            23L, EtherType.IPX, 24L, EtherType.IPV6, 28L, EtherType.IPV6, 30L, EtherType.IPV6);

    private Field protocol;
    private Field family;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.field();
        family = fields.add("null.family", "Family", FieldType.UINT32, Base.DEC, FAMILIES, 0);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("N/A");
        packet.setInfo("Null/Loopback");
        long value = data.u32(0);
        if ((value & 0xffff_0000L) != 0) {
            value = data.u32le(0);
        }
        Item item = parent.add(protocol, data, 0, HEADER).text("Null/Loopback");
        item.add(family, data, 0, HEADER, value);

        ByteView payload = data.slice(HEADER);
        Integer type = ETHERTYPES.get(value);
        if (type == null || !packet.callTable(EtherType.TABLE, type, payload, parent)) {
            packet.callData(payload, parent);
        }
    }
}
