package org.wirebench.batch.internal;

import org.wirebench.core.Packet;
import org.wirebench.core.Values;

/**
 * tshark's one-line summary of a packet, its default columns laid out as tshark lays them out: number right
 * aligned in 5, seconds since the first packet, source right aligned in 12, ` → `, destination left aligned
 * in 12, protocol, length, info.
 */
final class SummaryPrinter {
    private SummaryPrinter() {
    }

    static StringBuilder append(Packet packet, StringBuilder line) {
        padLeft(line, Integer.toString(packet.frame().number()), 5).append(' ');
        padRight(line, Values.seconds(packet.relativeNanos()), 10).append(' ');
        padLeft(line, packet.source(), 12).append(" \u2192 ");
        padRight(line, packet.destination(), 12).append(' ');
        return line.append(packet.protocolColumn()).append(' ').append(packet.frame().originalLength()).append(' ')
                .append(packet.info()).append('\n');
    }

    private static StringBuilder padLeft(StringBuilder line, String text, int width) {
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        return line.append(text);
    }

    private static StringBuilder padRight(StringBuilder line, String text, int width) {
        line.append(text);
        for (int i = text.length(); i < width; i++) {
            line.append(' ');
        }
        return line;
    }
}
