package org.wirebench.batch.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.wirebench.analysis.ShownValue;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Session;

/**
 * `-T json`: an array with one object per packet, shaped as tshark 4.0 shapes it: `_index` (`packets-` and the
 * local date), `_type`, `_score`, and `_source.layers` holding an object per protocol. Inside, a field is
 * `"name": "value"` (its show form, bytes with colons); a field with items under it is followed by
 * `"name_tree": {...}`; a protocol, a field without value or a text line with items under it is an object
 * under its name (a text line's name is its label). Hidden fields are there; names repeat as tshark repeats them.
 */
public final class JsonOutput implements PacketText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final String[] INDENT = new String[32];

    static {
        INDENT[0] = "";
        for (int i = 1; i < INDENT.length; i++) {
            INDENT[i] = INDENT[i - 1] + "  ";
        }
    }

    private final DissectorRegistry registry;
    private final Session session = new Session();
    private final ShownValue shown;
    private final ZoneId zone;
    private final StringBuilder value = new StringBuilder(64);
    private boolean first = true;

    public JsonOutput(DissectorRegistry registry, ZoneId zone) {
        this.registry = registry;
        this.zone = zone;
        this.shown = new ShownValue(zone);
    }

    @Override
    public void begin(StringBuilder text) {
        text.append("[\n");
    }

    @Override
    public void frame(Frame frame, StringBuilder text) {
        Item root = registry.dissect(frame, session, true).tree();
        text.append(first ? "" : ",\n").append("  {\n");
        first = false;
        text.append("    \"_index\": \"packets-");
        text.append(DAY.format(Instant.ofEpochSecond(Math.floorDiv(frame.timestampNanos(), 1_000_000_000L)).atZone(zone)));
        text.append("\",\n    \"_type\": \"doc\",\n    \"_score\": null,\n    \"_source\": {\n      \"layers\": ");
        members(root, 3, text);
        text.append("\n    }\n  }");
    }

    @Override
    public void end(StringBuilder text) {
        text.append(first ? "" : "\n").append("]\n");
    }

    /** `{ ... }` with the items under `parent`, its closing brace at `depth`. */
    private void members(Item parent, int depth, StringBuilder text) {
        text.append("{\n");
        boolean any = false;
        for (Item item : parent.children()) {
            any |= member(item, depth + 1, any, text);
        }
        text.append(any ? "\n" : "").append(indent(depth)).append('}');
    }

    /** Writes `item` as one or two members; false when it is not written at all. */
    private boolean member(Item item, int depth, boolean comma, StringBuilder text) {
        Field field = item.field();
        Expert expert = item.expert();
        if (field == null && expert == null && item.label().isEmpty()) {
            return false;
        }
        if (comma) {
            text.append(",\n");
        }
        text.append(indent(depth));
        if (expert != null) {
            text.append("\"_ws.expert\": {\n").append(indent(depth + 1)).append("\"_ws.expert.message\": ");
            string(expert.message(), text).append(",\n").append(indent(depth + 1)).append("\"_ws.expert.severity\": ");
            string(expert.severity().name().toLowerCase(java.util.Locale.ROOT), text).append('\n').append(indent(depth)).append('}');
            return true;
        }
        String name = field == null ? item.label() : field.filterName();
        boolean hasValue = field != null && field.type() != FieldType.PROTOCOL && field.type() != FieldType.NONE;
        string(name, text).append(": ");
        if (item.children().isEmpty()) {
            value.setLength(0);
            if (hasValue) {
                shown.append(item, ':', value);
            }
            string(value, text);
        } else if (hasValue) {
            value.setLength(0);
            string(shown.append(item, ':', value), text).append(",\n").append(indent(depth));
            string(name + "_tree", text).append(": ");
            members(item, depth, text);
        } else {
            members(item, depth, text);
        }
        return true;
    }

    private static String indent(int depth) {
        return depth < INDENT.length ? INDENT[depth] : "  ".repeat(depth);
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static StringBuilder string(CharSequence s, StringBuilder text) {
        text.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"');
    }
}
