package org.wirebench.tcpdump.internal;

/** print-ascii.c: the `-x`, `-X` and `-A` dumps and the default dump of data no printer knows. */
public final class HexDump {
    private static final int BYTES_PER_LINE = 16;
    private static final int HEX_COLUMNS = 40;

    private HexDump() {
    }

    /** hex_and_ascii_print: lines of `0x0000:  4500 003c ...  E..<` after `indent`. */
    public static void hexAndAscii(Nd nd, String indent, int off, int length) {
        hexAndAscii(nd, indent, off, length, 0);
    }

    public static void hexAndAscii(Nd nd, String indent, int off, int length, int offset) {
        boolean truncated = false;
        int available = Math.max(0, nd.snapend - off);
        if (length > available) {
            length = available;
            truncated = true;
        }
        StringBuilder out = nd.out;
        StringBuilder ascii = new StringBuilder(BYTES_PER_LINE);
        int lineStart = 0;
        for (int i = 0; i < length; i += BYTES_PER_LINE) {
            int n = Math.min(BYTES_PER_LINE, length - i);
            out.append(indent);
            out.append("0x");
            nd.hex(offset + i, 4);
            out.append(": ");
            lineStart = out.length();
            ascii.setLength(0);
            for (int k = 0; k < n; k++) {
                int b = nd.p[off + i + k] & 0xff;
                if ((k & 1) == 0) {
                    out.append(' ');
                }
                nd.hex(b, 2);
                ascii.append(b >= 0x21 && b <= 0x7e ? (char) b : '.');
            }
            for (int pad = out.length() - lineStart; pad < HEX_COLUMNS; pad++) {
                out.append(' ');
            }
            out.append("  ").append(ascii);
        }
        if (truncated) {
            throw Truncated.INSTANCE;
        }
    }

    /** hex_print: as {@link #hexAndAscii} without the text column. */
    public static void hex(Nd nd, String indent, int off, int length) {
        boolean truncated = false;
        int available = Math.max(0, nd.snapend - off);
        if (length > available) {
            length = available;
            truncated = true;
        }
        for (int i = 0; i < length; i++) {
            if (i % BYTES_PER_LINE == 0) {
                nd.out.append(indent).append("0x");
                nd.hex(i, 4);
                nd.out.append(": ");
            }
            if ((i & 1) == 0) {
                nd.out.append(' ');
            }
            nd.hex(nd.p[off + i] & 0xff, 2);
        }
        if (truncated) {
            throw Truncated.INSTANCE;
        }
    }

    /** ascii_print: printable text, tabs, spaces and newlines as they are; a CR before LF dropped; else `.`. */
    public static void ascii(Nd nd, int off, int length) {
        int available = Math.max(0, nd.snapend - off);
        boolean truncated = length > available;
        length = Math.min(length, available);
        StringBuilder out = nd.out;
        out.append('\n');
        for (int i = 0; i < length; i++) {
            int b = nd.p[off + i] & 0xff;
            if (b == '\r') {
                // a CR is shown (as '.') only with two or more bytes after it and no LF next: line ends stay clean
                if (length - i - 1 > 1 && (nd.p[off + i + 1] & 0xff) != '\n') {
                    out.append('.');
                }
            } else if (b >= 0x21 && b <= 0x7e || b == '\t' || b == ' ' || b == '\n') {
                out.append((char) b);
            } else {
                out.append('.');
            }
        }
        if (truncated) {
            throw Truncated.INSTANCE;
        }
    }

    /** tcpdump's -x, -X and -A turn off the dump of data it has no printer for (ndo_suppress_default_print). */
    static boolean defaultPrintSuppressed(Nd nd) {
        return nd.options.hex() > 0 || nd.options.hexAscii() > 0 || nd.options.ascii() > 0;
    }

    /** ND_DEFAULTPRINT: what tcpdump shows of data it has no printer for. */
    public static void unknown(Nd nd, int off, int length) {
        hexAndAscii(nd, "\n\t", off, length);
    }
}
