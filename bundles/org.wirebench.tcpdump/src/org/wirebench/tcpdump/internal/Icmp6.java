package org.wirebench.tcpdump.internal;

/** print-icmp6.c (to be completed). */
final class Icmp6 {
    private Icmp6() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "icmp6";
    }
}
