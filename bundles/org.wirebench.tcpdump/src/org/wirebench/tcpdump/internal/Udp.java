package org.wirebench.tcpdump.internal;

/** print-udp.c (to be completed). */
final class Udp {
    private Udp() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "udp";
    }
}
