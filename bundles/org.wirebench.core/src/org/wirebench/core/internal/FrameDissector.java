package org.wirebench.core.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/** The `frame` pseudo-protocol: capture metadata, then the link layer from the `linktype` table. */
public final class FrameDissector implements Dissector {
    private Protocol protocol;
    private Field number;
    private Field timeEpoch;
    private Field timeRelative;
    private Field timeDelta;
    private Field length;
    private Field capturedLength;
    private Field interfaceId;
    private Field linkType;
    private Field comment;
    private Field protocols;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        number = fields.add("frame.number", "Frame Number", FieldType.FRAMENUM);
        timeEpoch = fields.add("frame.time_epoch", "Epoch Arrival Time", FieldType.ABSOLUTE_TIME);
        timeRelative = fields.add("frame.time_relative", "Time since reference or first frame", FieldType.RELATIVE_TIME);
        timeDelta = fields.add("frame.time_delta", "Time delta from previous captured frame", FieldType.RELATIVE_TIME);
        length = fields.add("frame.len", "Frame Length", FieldType.UINT32);
        capturedLength = fields.add("frame.cap_len", "Capture Length", FieldType.UINT32);
        interfaceId = fields.add("frame.interface_id", "Interface id", FieldType.UINT32);
        linkType = fields.add("frame.encap_type", "Encapsulation type", FieldType.INT32);
        comment = fields.add("frame.comment", "Comment", FieldType.STRING);
        protocols = fields.add("frame.protocols", "Protocols in frame", FieldType.STRING);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        Frame frame = packet.frame();
        Item item = parent.add(protocol.field(), data, 0, data.length());
        if (!item.isNone()) {
            item.text("Frame " + frame.number() + ": " + frame.originalLength() + " bytes on wire, " + frame.capturedLength() + " bytes captured");
        }
        item.add(interfaceId, null, 0, 0, frame.captureInterface().id());
        item.add(linkType, null, 0, 0, frame.linkType());
        item.add(timeEpoch, null, 0, 0, frame.timestampNanos());
        item.add(timeDelta, null, 0, 0, packet.deltaNanos()).generated();
        item.add(timeRelative, null, 0, 0, packet.relativeNanos()).generated();
        item.add(number, null, 0, 0, frame.number());
        item.add(length, null, 0, 0, frame.originalLength());
        item.add(capturedLength, null, 0, 0, frame.capturedLength());
        if (frame.comment() != null) {
            item.add(comment, null, 0, 0, (Object) frame.comment());
        }
        Item stack = item.add(protocols, null, 0, 0, (Object) "");
        if (!packet.callTable("linktype", frame.linkType(), data, parent)) {
            packet.setProtocolColumn(LinkType.name(frame.linkType()));
            packet.callData(data, parent);
        }
        if (!stack.isNone()) {
            stack.setValue(packet.layers());
        }
    }
}
