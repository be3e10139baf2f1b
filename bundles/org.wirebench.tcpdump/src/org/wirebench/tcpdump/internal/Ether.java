package org.wirebench.tcpdump.internal;

/** print-ether.c: Ethernet II, 802.3 with LLC, VLAN tags; the ethertype table (ethertype_print). */
final class Ether {
    private static final int HDRLEN = 14;

    private Ether() {
    }

    /** ether_common_print; returns the length of the link header. */
    static int print(Nd nd, int off, int length, int caplen) {
        nd.protocol = "ether";
        if (length < caplen) {
            nd.print("[length ").print(length).print(" < caplen ").print(caplen).print("]");
            nd.invalid();
            return length;
        }
        if (caplen < HDRLEN) {
            nd.trunc();
            return caplen;
        }
        int origLength = length;
        int src = off + 6;
        int dst = off;
        if (nd.eflag) {
            addresses(nd, src, dst);
        }
        int p = off + 12;
        int hdrlen = 12;
        length -= 12;
        caplen -= 12;
        int type = nd.u16(p);
        p += 2;
        hdrlen += 2;
        length -= 2;
        caplen -= 2;
        boolean printedLength = false;
        while (type == 0x8100 || type == 0x9100 || type == 0x9200 || type == 0x88a8) {
            if (caplen < 4) {
                if (nd.eflag) {
                    nd.print("length ").print(origLength).print(": ");
                }
                nd.trunc();
                return hdrlen + caplen;
            }
            if (nd.eflag) {
                nd.print("ethertype ").print(name(type, "Unknown")).print(" (0x").hex(type, 4).print("), ");
                if (!printedLength) {
                    nd.print("length ").print(origLength).print(": ");
                    printedLength = true;
                } else {
                    nd.print(", ");
                }
            }
            if (nd.eflag) {
                int tci = nd.u16(p);
                nd.print("vlan ").print(tci & 0xfff).print(", p ").print(tci >> 13);
                if ((tci & 0x1000) != 0) {
                    nd.print(", DEI");
                }
                nd.print(", ");
            }
            type = nd.u16(p + 2);
            p += 4;
            hdrlen += 4;
            length -= 4;
            caplen -= 4;
        }
        if (type <= 1500) {
            // an 802.3 length: LLC follows, and the frame ends where the length says
            int payload = Math.min(type, length);
            if (nd.eflag) {
                nd.print("802.3");
                if (!printedLength) {
                    nd.print(", length ").print(type).print(": ");
                }
            }
            int previous = nd.limit(p, payload);
            int llc = Llc.print(nd, p, payload, src, dst);
            if (llc < 0) {
                if (!HexDump.defaultPrintSuppressed(nd)) {
                    HexDump.unknown(nd, p, nd.snapend - p);
                }
                llc = -llc;
            }
            nd.restore(previous);
            return hdrlen + llc;
        }
        if (nd.eflag) {
            type(nd, type);
            if (!printedLength) {
                nd.print(", length ").print(origLength).print(": ");
            } else {
                nd.print(", ");
            }
        }
        if (!etherType(nd, type, p, length)) {
            if (!nd.eflag) {
                addresses(nd, src, dst);
                type(nd, type);
                nd.print(", length ").print(origLength).print(": ");
            }
            if (!HexDump.defaultPrintSuppressed(nd)) {
                HexDump.unknown(nd, p, caplen);
            }
        }
        return hdrlen;
    }

    static void addresses(Nd nd, int src, int dst) {
        nd.etheraddr(src).print(" > ").etheraddr(dst).print(", ");
    }

    /** ether_type_print. */
    static void type(Nd nd, int type) {
        if (!nd.qflag) {
            nd.print("ethertype ").print(name(type, "Unknown")).print(" (0x").hex(type, 4).print(")");
        } else {
            String name = name(type, null);
            if (name == null) {
                nd.print("Unknown Ethertype (0x").hex(type, 4).print(")");
            } else {
                nd.print(name);
            }
        }
    }

    /** ethertype_print: prints the payload of a known ethertype; false when tcpdump has no printer for it. */
    static boolean etherType(Nd nd, int type, int off, int length) {
        switch (type) {
            case 0x0800 -> Ip.print(nd, off, length);
            case 0x86dd -> Ip6.print(nd, off, length);
            case 0x0806, 0x8035 -> Arp.print(nd, off, length);
            case 0x888e -> Eap.print(nd, off, length);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** tcpdump's ethertype_values. */
    static String name(int type, String unknown) {
        return switch (type) {
            case 0x0800 -> "IPv4";
            case 0x0806 -> "ARP";
            case 0x86dd -> "IPv6";
            case 0x8035 -> "Reverse ARP";
            case 0x8100 -> "802.1Q";
            case 0x88a8 -> "802.1Q-QinQ";
            case 0x9100 -> "802.1Q-9100";
            case 0x9200 -> "802.1Q-9200";
            case 0x8847 -> "MPLS unicast";
            case 0x8848 -> "MPLS multicast";
            case 0x8863 -> "PPPoE D";
            case 0x8864 -> "PPPoE S";
            case 0x888e -> "EAPOL";
            case 0x88cc -> "LLDP";
            case 0x8137 -> "IPX";
            case 0x809b -> "Appletalk";
            case 0x80f3 -> "Appletalk ARP";
            case 0x9000 -> "Loopback";
            case 0x6002 -> "MOP RC";
            case 0x6001 -> "MOP DL";
            case 0x6003 -> "DN";
            case 0x6004 -> "LAT";
            case 0x8809 -> "Slow Protocols";
            case 0x88e5 -> "802.1AE MACsec";
            case 0x88f7 -> "PTP";
            case 0x8902 -> "CFM";
            default -> unknown;
        };
    }
}
