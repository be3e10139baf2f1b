package org.wirebench.filter.internal;

/** A token of the display-filter language and where it starts in the text. */
record Token(Kind kind, String text, int position) {
    enum Kind {
        /** A field name or an unquoted value: `tcp.port`, `80`, `00:0c:29`, `10.0.0.0/8`. */
        WORD,
        /** A double-quoted string, unescaped. */
        STRING,
        /** The inside of `[...]` after a field: `0:3`, `-4:`, `1,3-5`. */
        SLICE,
        /** An operator or punctuation; keywords (`and`, `eq`, `contains`...) come as their symbol form. */
        OP,
        END
    }

    boolean is(String op) {
        return kind == Kind.OP && text.equals(op);
    }
}
