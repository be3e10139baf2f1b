package org.wirebench.tcpdump.internal;

/** print-ip6.c: IPv6 (to be completed). */
final class Ip6 {
    private Ip6() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ip6";
        nd.print("IP6 ").ip6addr(off + 8).print(" > ").ip6addr(off + 24);
    }

    /** Where the destination address for the pseudo header is: the last hop of a routing header, else ip6_dst. */
    static int finalDestination(Nd nd, int ipOff) {
        return ipOff + 24;
    }
}
