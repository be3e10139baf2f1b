package org.wirebench.tcpdump.internal;

/** print-llc.c: 802.2 LLC and SNAP (to be completed). */
final class Llc {
    private Llc() {
    }

    /** Returns the LLC header length, negated when tcpdump has no printer for the payload. */
    static int print(Nd nd, int off, int length, int src, int dst) {
        nd.protocol = "llc";
        return -3;
    }
}
