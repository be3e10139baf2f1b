package org.wirebench.tcpdump.internal;

/** print-dns.c (to be completed). */
final class Dns {
    private Dns() {
    }

    static void print(Nd nd, int off, int length, boolean overTcp) {
        nd.protocol = "dns";
    }
}
