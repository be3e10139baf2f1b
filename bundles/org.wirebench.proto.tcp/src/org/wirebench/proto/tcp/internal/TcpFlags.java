package org.wirebench.proto.tcp.internal;

/** The twelve flag bits after the data offset (RFC 9293, RFC 3168, RFC 9768 for AE), named as Wireshark names them. */
final class TcpFlags {
    static final int FIN = 0x001;
    static final int SYN = 0x002;
    static final int RST = 0x004;
    static final int PSH = 0x008;
    static final int ACK = 0x010;
    static final int URG = 0x020;
    static final int ECE = 0x040;
    static final int CWR = 0x080;
    static final int AE = 0x100;
    static final int RESERVED = 0xe00;

    /** Info-column names from the lowest bit up: Wireshark's `[SYN, ACK]` order. */
    private static final String[] NAMES = { "FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE" };
    /** `tcp.flags.str` letters from the highest bit down; an unset bit shows as a middle dot. */
    private static final String LETTERS = "RRRACEUAPRSF";

    private TcpFlags() {
    }

    /** {@link #names} of each of the 4096 values, made on first use. */
    private static final String[] NAMED = new String[0x1000];

    /** `SYN, ACK`; `<None>` when no flag is set. */
    static String names(int flags) {
        if ((flags & ~0xfff) != 0) {
            return describe(flags);
        }
        // a race makes the same immutable string twice at worst
        String names = NAMED[flags];
        if (names == null) {
            names = describe(flags);
            NAMED[flags] = names;
        }
        return names;
    }

    private static String describe(int flags) {
        StringBuilder text = new StringBuilder();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & 1 << bit) != 0) {
                text.append(text.isEmpty() ? "" : ", ").append(NAMES[bit]);
            }
        }
        if ((flags & RESERVED) != 0) {
            text.append(text.isEmpty() ? "" : ", ").append("Reserved");
        }
        return text.isEmpty() ? "<None>" : text.toString();
    }

    /** `·······A··S·` */
    static String letters(int flags) {
        StringBuilder text = new StringBuilder(LETTERS.length());
        for (int i = 0; i < LETTERS.length(); i++) {
            text.append((flags & 1 << (LETTERS.length() - 1 - i)) != 0 ? LETTERS.charAt(i) : '\u00b7');
        }
        return text.toString();
    }
}
