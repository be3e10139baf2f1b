package org.wirebench.tcpdump.internal;

/** print-beep.c: the BEEP (RFC 3080) frame keyword of a segment to or from port 10288. */
final class Beep {
    private static final String[] KEYWORDS = {"MSG", "RPY ", "ERR ", "ANS ", "NUL ", "SEQ ", "END"};

    private Beep() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "beep";
        for (String keyword : KEYWORDS) {
            if (startsWith(nd, off, length, keyword)) {
                nd.print(" BEEP ").print(keyword.trim());
                return;
            }
        }
        nd.print(" BEEP (payload or undecoded)");
    }

    /**
     * tcpdump compares four bytes with strncmp, so the three-letter keywords match only when a NUL follows them;
     * nothing matches unless the four bytes were captured and are within the payload.
     */
    private static boolean startsWith(Nd nd, int off, int length, String keyword) {
        if (!nd.has(off, 4) || length < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            int expected = i < keyword.length() ? keyword.charAt(i) : 0;
            int c = nd.p[off + i] & 0xff;
            if (c != expected) {
                return false;
            }
            if (c == 0) {
                return true;
            }
        }
        return true;
    }
}
