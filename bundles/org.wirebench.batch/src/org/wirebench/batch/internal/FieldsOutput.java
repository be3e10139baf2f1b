package org.wirebench.batch.internal;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.wirebench.analysis.ShownValue;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Field;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Session;

/**
 * `-T fields -e FIELD...`: a line per packet with the values of the fields asked for, as tshark prints them.
 * Several occurrences of a field in a packet are joined with `,` (tshark's default aggregator); a field the
 * packet lacks is empty, and never quoted.
 */
public final class FieldsOutput implements PacketText {
    private final DissectorRegistry registry;
    private final Session session = new Session();
    private final List<Field> fields;
    private final String separator;
    private final boolean header;
    private final char quote;
    private final ShownValue shown;
    /** For each field id, the columns that show it (a field may be asked for twice); null when none. */
    private final int[][] columnsOf;
    private final StringBuilder[] values;
    private final int[] occurrences;

    /**
     * Fails for a name no dissector registers. `quote` is the character around each value, or 0 for none.
     */
    public FieldsOutput(DissectorRegistry registry, List<String> names, String separator, boolean header, char quote,
            ZoneId zone) throws UnknownFieldException {
        this.registry = registry;
        this.fields = FieldNames.resolve(registry, names);
        this.separator = separator;
        this.header = header;
        this.quote = quote;
        this.shown = new ShownValue(zone);
        int size = 0;
        for (Field field : fields) {
            size = Math.max(size, field.id() + 1);
        }
        columnsOf = new int[size][];
        values = new StringBuilder[fields.size()];
        occurrences = new int[fields.size()];
        for (int column = 0; column < fields.size(); column++) {
            int id = fields.get(column).id();
            int[] known = columnsOf[id];
            int[] columns = known == null ? new int[1] : Arrays.copyOf(known, known.length + 1);
            columns[columns.length - 1] = column;
            columnsOf[id] = columns;
            values[column] = new StringBuilder(32);
        }
    }

    @Override
    public void begin(StringBuilder text) {
        if (header) {
            for (int column = 0; column < fields.size(); column++) {
                text.append(column == 0 ? "" : separator).append(fields.get(column).filterName());
            }
            text.append('\n');
        }
    }

    @Override
    public void frame(Frame frame, StringBuilder text) {
        for (StringBuilder value : values) {
            value.setLength(0);
        }
        Arrays.fill(occurrences, 0);
        collect(registry.dissect(frame, session, true).tree());
        for (int column = 0; column < values.length; column++) {
            if (column > 0) {
                text.append(separator);
            }
            StringBuilder value = values[column];
            if (quote != 0 && !value.isEmpty()) {
                text.append(quote).append(value).append(quote);
            } else {
                text.append(value);
            }
        }
        text.append('\n');
    }

    /** Every item of the tree, hidden ones too (`ip.addr`, `tcp.port`), in tree order. */
    private void collect(Item item) {
        for (Item child : item.children()) {
            Field field = child.field();
            if (field != null && field.id() < columnsOf.length && columnsOf[field.id()] != null) {
                for (int column : columnsOf[field.id()]) {
                    StringBuilder value = values[column];
                    if (occurrences[column]++ > 0) {
                        value.append(',');
                    }
                    shown.append(child, (char) 0, value);
                }
            }
            collect(child);
        }
    }
}
