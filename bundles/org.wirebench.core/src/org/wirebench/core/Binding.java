package org.wirebench.core;

/** A key in a dissector table: `ethertype=0x0800`, `ip.proto=6`, `udp.port=4660`, `linktype=1`. */
public record Binding(String table, long key) {

    /** Parses `table=key`; the key is decimal or 0x-hexadecimal. */
    public static Binding parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("not a table binding (table=key): " + text);
        }
        try {
            return new Binding(text.substring(0, eq).trim(), Long.decode(text.substring(eq + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in table binding: " + text, e);
        }
    }

    @Override
    public String toString() {
        return table + "=" + key;
    }
}
