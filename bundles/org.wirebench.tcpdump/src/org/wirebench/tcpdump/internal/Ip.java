package org.wirebench.tcpdump.internal;

/** print-ip.c: IPv4 (to be completed). */
final class Ip {
    private Ip() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ip";
        nd.print("IP ").ipaddr(off + 12).print(" > ").ipaddr(off + 16);
    }

    /** ipN_print: IPv4 or IPv6 by the version nibble. */
    static void printAny(Nd nd, int off, int length) {
        if (length < 1) {
            nd.trunc();
            return;
        }
        int version = nd.u8(off) & 0xf0;
        switch (version) {
            case 0x40 -> print(nd, off, length);
            case 0x60 -> Ip6.print(nd, off, length);
            default -> nd.print("unknown ip ").print(version >> 4);
        }
    }
}
