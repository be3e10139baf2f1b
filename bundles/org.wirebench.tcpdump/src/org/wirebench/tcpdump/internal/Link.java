package org.wirebench.tcpdump.internal;

import org.wirebench.core.LinkType;

/** The link-layer printers (tcpdump's `if_printer`s); each returns the length of the link header. */
final class Link {
    private Link() {
    }

    static int print(Nd nd, int linkType, int length, int caplen) {
        return switch (LinkType.base(linkType)) {
            case LinkType.ETHERNET -> Ether.print(nd, 0, length, caplen);
            case LinkType.NULL -> nullLink(nd, length, caplen, false);
            case LinkType.LOOP -> nullLink(nd, length, caplen, true);
            case LinkType.RAW, LinkType.IPV4, LinkType.IPV6, 12, 14 -> raw(nd, length);
            case LinkType.IEEE802_11 -> Ieee80211.print(nd, 0, length, caplen);
            case LinkType.IEEE802_11_RADIOTAP -> Ieee80211.printRadiotap(nd, length, caplen);
            default -> {
                nd.print("[unsupported link type ").print(linkType).print("]");
                yield 0;
            }
        };
    }

    /** raw_if_print: the packet starts with an IPv4 or IPv6 header. */
    private static int raw(Nd nd, int length) {
        if (nd.eflag) {
            nd.print("ip: ");
        }
        Ip.printAny(nd, 0, length);
        return 0;
    }

    /** null_if_print / loop_if_print: a 4-byte address family in host (DLT_NULL) or network order (DLT_LOOP). */
    private static int nullLink(Nd nd, int length, int caplen, boolean networkOrder) {
        if (caplen < 4) {
            nd.trunc();
            return caplen;
        }
        long family = networkOrder ? nd.u32(0) : nd.u32le(0);
        if (!networkOrder && (family & 0xffff0000L) != 0) {
            family = nd.u32(0);
        }
        if (nd.eflag) {
            family(nd, family, length);
        }
        int hdrlen = 4;
        switch ((int) family) {
            case 2 -> Ip.print(nd, hdrlen, length - hdrlen);
            case 24, 28, 30 -> Ip6.print(nd, hdrlen, length - hdrlen);
            default -> {
                if (!nd.eflag) {
                    family(nd, family, length);
                }
                if (!HexDump.defaultPrintSuppressed(nd)) {
                    HexDump.unknown(nd, hdrlen, caplen - hdrlen);
                }
            }
        }
        return hdrlen;
    }

    private static void family(Nd nd, long family, int length) {
        String name = switch ((int) family) {
            case 2 -> "IPv4";
            case 24, 28, 30 -> "IPv6";
            case 7 -> "OSI";
            case 16 -> "Appletalk";
            case 23 -> "IPX";
            default -> null;
        };
        if (!nd.qflag) {
            nd.print("AF ").print(name == null ? "Unknown" : name).print(" (").print(family).print(")");
        } else {
            nd.print(name == null ? "Unknown AF " + family : name);
        }
        nd.print(", length ").print(length).print(": ");
    }
}
