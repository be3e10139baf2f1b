package org.wirebench.tcpdump.internal;

/** print-tcp.c (to be completed). */
final class Tcp {
    private Tcp() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "tcp";
    }
}
