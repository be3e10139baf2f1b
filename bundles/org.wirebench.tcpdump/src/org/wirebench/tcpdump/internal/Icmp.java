package org.wirebench.tcpdump.internal;

/** print-icmp.c (to be completed). */
final class Icmp {
    private Icmp() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "icmp";
    }
}
