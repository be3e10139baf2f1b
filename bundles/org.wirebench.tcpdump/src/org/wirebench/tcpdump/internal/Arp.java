package org.wirebench.tcpdump.internal;

/** print-arp.c (to be completed). */
final class Arp {
    private Arp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "arp";
        nd.print("ARP");
    }
}
