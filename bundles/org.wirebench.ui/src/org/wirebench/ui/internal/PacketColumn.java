package org.wirebench.ui.internal;

import java.util.List;

import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Values;

/** A column of the packet list: one of Wireshark's defaults, or the values of a registered field. */
record PacketColumn(String title, Kind kind, Field field) {
    enum Kind {
        NUMBER, TIME, SOURCE, DESTINATION, PROTOCOL, LENGTH, INFO, FIELD
    }

    static final List<PacketColumn> DEFAULTS = List.of(new PacketColumn("No.", Kind.NUMBER, null),
            new PacketColumn("Time", Kind.TIME, null), new PacketColumn("Source", Kind.SOURCE, null),
            new PacketColumn("Destination", Kind.DESTINATION, null), new PacketColumn("Protocol", Kind.PROTOCOL, null),
            new PacketColumn("Length", Kind.LENGTH, null), new PacketColumn("Info", Kind.INFO, null));

    static PacketColumn of(Field field) {
        return new PacketColumn(field.name(), Kind.FIELD, field);
    }

    /** The text of a dissected column; a field that occurs several times shows each value, comma separated. */
    String text(Packet packet) {
        return switch (kind) {
            case SOURCE -> packet.source();
            case DESTINATION -> packet.destination();
            case PROTOCOL -> packet.protocolColumn();
            case INFO -> packet.info();
            case FIELD -> fieldText(packet);
            default -> throw new IllegalStateException(kind + " is not dissected");
        };
    }

    private String fieldText(Packet packet) {
        StringBuilder text = new StringBuilder();
        for (Item item : packet.tree().findAll(field)) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(Values.format(item));
        }
        return text.toString();
    }
}
