package org.wirebench.proto.data.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * Shows bytes no protocol claimed, as Wireshark's `data`: the captured bytes and their count. It leaves the
 * columns alone, so the layer that gave up on the bytes keeps its Protocol and Info.
 */
public final class DataDissector implements Dissector {
    private Field protocol;
    private Field data;
    private Field length;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.field();
        data = fields.add("data.data", "Data", FieldType.BYTES);
        length = fields.add("data.len", "Length", FieldType.INT32);
    }

    @Override
    public void dissect(ByteView bytes, Packet packet, Item parent) {
        // only what was captured: bytes the snap length cut are not there to show
        int count = bytes.length();
        if (count == 0) {
            return;
        }
        Item item = parent.add(protocol, bytes, 0, count);
        if (!item.isNone()) {
            item.text("Data (" + count + (count == 1 ? " byte)" : " bytes)"));
        }
        item.add(data, bytes, 0, count);
        item.add(length, bytes, 0, 0, count).generated();
    }
}
