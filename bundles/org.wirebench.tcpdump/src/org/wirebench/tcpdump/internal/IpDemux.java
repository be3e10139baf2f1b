package org.wirebench.tcpdump.internal;

/** ip_demux_print: the next-protocol table shared by IPv4 and IPv6. */
final class IpDemux {
    private IpDemux() {
    }

    /**
     * Prints the payload of protocol `proto` at `off` (`length` bytes by the IP header) of the IP header at `ipOff`
     * (version 4 or 6 by its first nibble); `fragmented` when it is the first of several fragments.
     */
    static void print(Nd nd, int proto, int off, int length, int ipOff, boolean fragmented) {
        switch (proto) {
            case 6 -> Tcp.print(nd, off, length, ipOff, fragmented);
            case 17 -> Udp.print(nd, off, length, ipOff, fragmented);
            case 1 -> Icmp.print(nd, off, length, ipOff, fragmented);
            case 58 -> Icmp6.print(nd, off, length, ipOff, fragmented);
            default -> {
                nd.print(nflagName(nd, proto));
                nd.print(" ").print(length);
            }
        }
    }

    private static String nflagName(Nd nd, int proto) {
        return "ip-proto-" + proto;
    }
}
