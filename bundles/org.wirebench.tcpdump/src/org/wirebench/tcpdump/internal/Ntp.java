package org.wirebench.tcpdump.internal;

/** print-ntp.c (to be completed). */
final class Ntp {
    private Ntp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ntp";
    }
}
