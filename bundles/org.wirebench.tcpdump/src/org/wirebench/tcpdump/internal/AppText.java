package org.wirebench.tcpdump.internal;

/** Byte runs as the application printers show them. */
final class AppText {
    private AppText() {
    }

    /** `count` bytes with {@link Nd#printChar}, NULs included (nd_printjn); truncated at the first missing one. */
    static void printjn(Nd nd, int off, int count) {
        for (int i = 0; i < count; i++) {
            nd.printChar(nd.u8(off + i));
        }
    }

    /**
     * Up to `count` bytes with {@link Nd#printChar}, stopping after a NUL (nd_printztn); returns false when no NUL
     * came within `count` bytes or the captured data ended first.
     */
    static boolean printztn(Nd nd, int off, int count) {
        for (int i = 0; i < count; i++) {
            if (!nd.has(off + i, 1)) {
                return false;
            }
            int c = nd.p[off + i] & 0xff;
            if (c == 0) {
                return true;
            }
            nd.printChar(c);
        }
        return false;
    }

    /** Each byte as two hex digits, no separator. */
    static void hexBytes(Nd nd, int off, int count) {
        for (int i = 0; i < count; i++) {
            nd.hex(nd.u8(off + i), 2);
        }
    }
}
