package org.wirebench.tcpdump.internal;

/** print-bootp.c (to be completed). */
final class Bootp {
    private Bootp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "bootp";
    }
}
