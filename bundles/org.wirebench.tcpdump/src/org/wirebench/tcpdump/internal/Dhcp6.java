package org.wirebench.tcpdump.internal;

/** print-dhcp6.c (to be completed). */
final class Dhcp6 {
    private Dhcp6() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "dhcp6";
    }
}
