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
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * An IEEE 802.1Q tag (`vlan`), registered for the customer tag 0x8100 and for the service tags of 802.1ad QinQ
 * (0x88a8, and the older 0x9100): priority, drop eligibility, VLAN id, then a type or an 802.3 length.
 */
public final class VlanDissector implements Dissector {
    private static final int TAG = 4;
    private static final int MAXIMUM_LENGTH = 1500;
    // IEEE 802.1Q-2005 and later: priority 1 (background) ranks below 0 (best effort)
    private static final Map<Long, String> PRIORITIES = Map.of(0L, "Best Effort (default)", 1L, "Background",
            2L, "Excellent Effort", 3L, "Critical Applications", 4L, "Video, < 100ms latency and jitter",
            5L, "Voice, < 10ms latency and jitter", 6L, "Internetwork Control", 7L, "Network Control");

    private Field protocol;
    private Field priority;
    private Field dropEligible;
    private Field id;
    private Field etherType;
    private Field length;
    private Field trailer;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.field();
        priority = fields.add("vlan.priority", "Priority", FieldType.UINT16, Base.DEC, PRIORITIES, 0xe000);
        dropEligible = fields.add("vlan.dei", "DEI", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x1000);
        id = fields.add("vlan.id", "ID", FieldType.UINT16, Base.DEC, Map.of(), 0x0fff);
        etherType = fields.add("vlan.etype", "Type", FieldType.UINT16, Base.HEX, EtherType.NAMES, 0);
        length = fields.add("vlan.len", "Length", FieldType.UINT16, Base.DEC);
        trailer = fields.add("vlan.trailer", "Trailer", FieldType.BYTES);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("VLAN");
        int tci = data.u16(0);
        int typeOrLength = data.u16(2);
        int pri = tci >>> 13;
        int dei = tci >>> 12 & 1;
        int vid = tci & 0x0fff;
        packet.setInfo("PRI: " + pri + "  DEI: " + dei + "  ID: " + vid);

        Item vlan = parent.add(protocol, data, 0, TAG).text("802.1Q Virtual LAN, PRI: " + pri + ", DEI: " + dei + ", ID: " + vid);
        vlan.add(priority, data, 0, 2);
        vlan.add(dropEligible, data, 0, 2);
        vlan.add(id, data, 0, 2);
        if (typeOrLength > MAXIMUM_LENGTH) {
            vlan.add(etherType, data, 2, 2);
            EtherType.handOn(typeOrLength, data.slice(TAG), packet, parent);
            return;
        }
        // an 802.3 frame inside the tag: the length counts the LLC payload, the rest is trailer
        Item lengthItem = vlan.add(length, data, 2, 2);
        int available = data.reportedLength() - TAG;
        ByteView payload = data.slice(TAG, typeOrLength);
        if (!packet.callProtocol("llc", payload, parent)) {
            packet.callData(payload, parent);
        }
        if (typeOrLength > available) {
            lengthItem.expert(Severity.ERROR, "Length field value goes past the end of the payload");
            if (!packet.malformed()) {
                throw new TruncatedException(true, data.frameOffset(data.reportedLength()), typeOrLength - available);
            }
        } else if (TAG + typeOrLength < data.length()) {
            vlan.add(trailer, data, TAG + typeOrLength, data.length() - TAG - typeOrLength);
        }
    }
}
