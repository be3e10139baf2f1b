package org.wirebench.tcpdump.internal;

/** print-ssh.c: the version line (`SSH-2.0-...`) that opens an SSH connection; other SSH data prints nothing. */
final class Ssh {
    private Ssh() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ssh";
        if (nd.u8(off) != 'S' || nd.u8(off + 1) != 'S' || nd.u8(off + 2) != 'H' || nd.u8(off + 3) != '-') {
            return;
        }
        for (int idx = 4; idx < length; idx++) {
            int c = nd.u8(off + idx);
            if (c == '\n') {
                line(nd, off, idx);
                return;
            }
            if (c == '\r') {
                // only a CR-LF within the payload ends the line
                if (idx + 1 < length && nd.u8(off + idx + 1) == '\n') {
                    line(nd, off, idx);
                }
                return;
            }
            if (c < 0x20 || c >= 0x7f) {
                return;
            }
        }
    }

    private static void line(Nd nd, int off, int count) {
        StringBuilder out = nd.out;
        out.append(": SSH: ");
        for (int i = 0; i < count; i++) {
            out.append((char) (nd.p[off + i] & 0xff));
        }
    }
}
