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
        boolean v4 = (nd.p[ipOff] & 0xf0) == 0x40;
        switch (proto) {
            case 6 -> Tcp.print(nd, off, length, ipOff, fragmented);
            case 17 -> Udp.print(nd, off, length, ipOff, fragmented);
            case 1 -> {
                if (v4) {
                    Icmp.print(nd, off, length, ipOff, fragmented);
                } else {
                    requires(nd, proto, "IPv4");
                }
            }
            case 58 -> {
                if (!v4) {
                    Icmp6.print(nd, off, length, ipOff, fragmented);
                } else {
                    requires(nd, proto, "IPv6");
                }
            }
            case 2 -> {
                if (v4) {
                    Igmp.print(nd, off, length);
                } else {
                    requires(nd, proto, "IPv4");
                }
            }
            case 4 -> Ip.print(nd, off, length);
            case 41 -> Ip6.print(nd, off, length);
            case 77 -> nd.print(" nd ").print(length);
            case 59 -> nd.print("no next header");
            case 143 -> {
                if (!v4) {
                    Ether.print(nd, off, length, nd.snapend - off);
                } else {
                    requires(nd, proto, "IPv6");
                }
            }
            default -> {
                IpProto.printUnknown(nd, proto);
                // an unsigned count in tcpdump, however a broken extension header left it
                nd.print(' ').print(length & 0xffffffffL);
            }
        }
    }

    /** `[ICMP requires IPv4] (invalid)`: a protocol carried by the wrong IP version. */
    private static void requires(Nd nd, int proto, String version) {
        nd.print('[').print(IpProto.name(proto)).print(" requires ").print(version).print(']');
        nd.invalid();
    }
}
