package org.wirebench.tcpdump.internal;

import org.wirebench.core.Names;

/** print-icmp6.c: ICMPv6 errors, echo, multicast listener discovery, neighbour discovery and the rarer types. */
final class Icmp6 {
    private static final int DST_UNREACH = 1;
    private static final int PACKET_TOO_BIG = 2;
    private static final int TIME_EXCEEDED = 3;
    private static final int PARAM_PROB = 4;
    private static final int ECHO_REQUEST = 128;
    private static final int ECHO_REPLY = 129;
    private static final int MLD_QUERY = 130;
    private static final int MLD_REPORT = 131;
    private static final int MLD_DONE = 132;
    private static final int ROUTER_SOLICIT = 133;
    private static final int ROUTER_ADVERT = 134;
    private static final int NEIGHBOR_SOLICIT = 135;
    private static final int NEIGHBOR_ADVERT = 136;
    private static final int REDIRECT = 137;
    private static final int ROUTER_RENUMBERING = 138;
    private static final int NI_QUERY = 139;
    private static final int NI_REPLY = 140;
    private static final int IND_SOLICIT = 141;
    private static final int IND_ADVERT = 142;
    private static final int MLDV2_REPORT = 143;
    private static final int HADISCOV_REQUEST = 144;
    private static final int HADISCOV_REPLY = 145;
    private static final int MOBILEPREFIX_SOLICIT = 146;
    private static final int MOBILEPREFIX_ADVERT = 147;
    private static final int RPL = 155;

    private Icmp6() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "icmp6";
        if (length == 0) {
            nd.print("ICMP6, length 0");
            nd.invalid();
            return;
        }
        if (nd.vflag > 0 && !fragmented && nd.has(off, length)) {
            int sent = nd.u16(off + 2);
            int sum = Checksum.upper(nd, ipOff, off, length, 58);
            if (sum != 0) {
                nd.print("[bad icmp6 cksum 0x").hex(sent, 4).print(" -> 0x").hex(shouldBe(sent, sum), 4).print("!] ");
            } else {
                nd.print("[icmp6 sum ok] ");
            }
        }
        int type = nd.u8(off);
        nd.print("ICMP6, ");
        String name = typeName(type);
        if (name != null) {
            nd.print(name);
        } else {
            nd.print("unknown icmp6 type (").print(type).print(')');
        }
        if (nd.vflag > 0 && (type == ROUTER_SOLICIT || type == ROUTER_ADVERT || type == NEIGHBOR_ADVERT
                || type == NEIGHBOR_SOLICIT || type == REDIRECT || type == HADISCOV_REPLY || type == MOBILEPREFIX_ADVERT)) {
            nd.print(", length ").print(length);
        }
        int code = nd.u8(off + 1);
        int oip = off + 8;
        switch (type) {
            case DST_UNREACH -> {
                if (!unreachable(nd, off, length, code, oip)) {
                    return;
                }
            }
            case PACKET_TOO_BIG -> {
                long mtu = nd.u32(off + 4);
                nd.print(", mtu ").print(mtu);
            }
            case TIME_EXCEEDED -> {
                switch (code) {
                    case 0 -> address(nd, " for ", oip + 24);
                    case 1 -> nd.print(" (reassembly)");
                    default -> nd.print(", unknown code (").print(code).print(')');
                }
            }
            case PARAM_PROB -> {
                nd.check(oip + 24, 16);
                String what = switch (code) {
                    case 0 -> ", erroneous - octet ";
                    case 1 -> ", next header - octet ";
                    case 2 -> ", option - octet ";
                    case 3 -> ", incomplete header chain - octet ";
                    default -> null;
                };
                if (what != null) {
                    long pointer = nd.u32(off + 4);
                    nd.print(what).print(pointer);
                } else {
                    nd.print(", code-#").print(code);
                }
            }
            case ECHO_REQUEST, ECHO_REPLY -> {
                int id = nd.u16(off + 4);
                int seq = nd.u16(off + 6);
                nd.print(", id ").print(id).print(", seq ").print(seq);
            }
            case MLD_QUERY -> {
                if (length == 24) {
                    Mld6.v1(nd, off);
                } else if (length >= 28) {
                    nd.print(" v2");
                    Mld6.v2Query(nd, off, length);
                } else {
                    nd.print(" unknown-version (len ").print(length).print(") ");
                }
            }
            case MLD_REPORT, MLD_DONE -> Mld6.v1(nd, off);
            case ROUTER_SOLICIT -> {
                if (nd.vflag > 0) {
                    Icmp6Nd.options(nd, off + 8, length - 8);
                }
            }
            case ROUTER_ADVERT -> {
                if (nd.vflag > 0) {
                    routerAdvert(nd, off);
                    Icmp6Nd.options(nd, off + 16, length - 16);
                }
            }
            case NEIGHBOR_SOLICIT -> {
                address(nd, ", who has ", off + 8);
                if (nd.vflag > 0) {
                    Icmp6Nd.options(nd, off + 24, length - 24);
                }
            }
            case NEIGHBOR_ADVERT -> {
                address(nd, ", tgt is ", off + 8);
                if (nd.vflag > 0) {
                    long flags = nd.u32(off + 4);
                    nd.print(", Flags [");
                    neighborFlags(nd, flags);
                    nd.print(']');
                    Icmp6Nd.options(nd, off + 24, length - 24);
                }
            }
            case REDIRECT -> {
                address(nd, ", ", off + 24);
                address(nd, " to ", off + 8);
                if (nd.vflag > 0) {
                    Icmp6Nd.options(nd, off + 40, length - 40);
                }
            }
            case ROUTER_RENUMBERING -> Icmp6Info.renumbering(nd, off);
            case NI_QUERY, NI_REPLY -> Icmp6Info.nodeInformation(nd, length, off);
            case IND_SOLICIT, IND_ADVERT -> {
                // nothing more is shown
            }
            case MLDV2_REPORT -> Mld6.v2Report(nd, off, length);
            case MOBILEPREFIX_SOLICIT, HADISCOV_REQUEST -> id(nd, off);
            case HADISCOV_REPLY -> {
                if (nd.vflag > 0) {
                    id(nd, off);
                    for (int p = off + 8; p < off + length; p += 16) {
                        address(nd, ", ", p);
                    }
                }
            }
            case MOBILEPREFIX_ADVERT -> {
                if (nd.vflag > 0) {
                    id(nd, off);
                    int flags = nd.u16(off + 6);
                    if ((flags & 0xc000) != 0) {
                        nd.print(' ');
                    }
                    if ((flags & 0x8000) != 0) {
                        nd.print('M');
                    }
                    if ((flags & 0x4000) != 0) {
                        nd.print('O');
                    }
                    Icmp6Nd.options(nd, off + 8, length - 8);
                }
            }
            case RPL -> Rpl.print(nd, code, off + 4, length - 4);
            default -> {
                nd.print(", length ").print(length);
                if (nd.vflag <= 1) {
                    unknownData(nd, off, "\n\t", length);
                }
                return;
            }
        }
        if (nd.vflag == 0) {
            nd.print(", length ").print(length);
        }
    }

    /** The destination unreachable detail; false when tcpdump stops after a dump of the message. */
    private static boolean unreachable(Nd nd, int off, int length, int code, int oip) {
        String name = switch (code) {
            case 0 -> "unreachable route";
            case 1 -> " unreachable prohibited";
            case 2 -> "beyond scope";
            case 3 -> "unreachable address";
            case 4 -> "unreachable port";
            default -> null;
        };
        nd.print(", ");
        if (name != null) {
            nd.print(name);
        } else {
            nd.print("unknown unreach code (").print(code).print(')');
        }
        switch (code) {
            case 0, 1, 3 -> address(nd, " ", oip + 24);
            case 2 -> {
                nd.check(oip + 8, 32);
                nd.print(' ').ip6addr(oip + 24);
                nd.print(", source address ").ip6addr(oip + 8);
            }
            case 4 -> {
                int upper = upperLayer(nd, oip);
                if (upper < 0) {
                    throw Truncated.INSTANCE;
                }
                int prot = upper >>> 24;
                int uh = upper & 0xffffff;
                int dport = nd.u16(uh + 2);
                address(nd, ", ", oip + 24);
                switch (prot) {
                    case Ip6.TCP -> port(nd.print(" tcp port "), "tcp", dport);
                    case Ip6.UDP -> port(nd.print(" udp port "), "udp", dport);
                    default -> nd.print(" protocol ").print(prot).print(" port ").print(dport).print(" unreachable");
                }
            }
            default -> {
                if (nd.vflag <= 1) {
                    unknownData(nd, off, "\n\t", length);
                    return false;
                }
            }
        }
        return true;
    }

    /** `label` and an address, printed only once the address is known to be captured (GET before print). */
    private static void address(Nd nd, String label, int off) {
        nd.check(off, 16);
        nd.print(label).ip6addr(off);
    }

    private static void id(Nd nd, int off) {
        int id = nd.u16(off + 4);
        nd.print(", id 0x").hex(id, 4);
    }

    private static void port(Nd nd, String transport, int port) {
        String name = nd.nflag ? null : Names.service(transport, port);
        if (name != null) {
            nd.print(name);
        } else {
            nd.print(port);
        }
    }

    /**
     * get_upperlayer: the TCP or UDP header inside the quoted packet at `ip6`, as (protocol << 24 | offset), or
     * -1 when it cannot be reached.
     */
    private static int upperLayer(Nd nd, int ip6) {
        if (!nd.has(ip6 + 6, 1)) {
            return -1;
        }
        int nh = nd.u8(ip6 + 6);
        int bp = ip6;
        int hlen = Ip6.HEADER;
        while (bp < nd.snapend) {
            bp += hlen;
            switch (nh) {
                case Ip6.UDP, Ip6.TCP -> {
                    return nd.has(bp + 2, 2) ? nh << 24 | bp : -1;
                }
                case Ip6.HOPOPTS, Ip6.DSTOPTS, Ip6.ROUTING -> {
                    if (!nd.has(bp + 1, 1)) {
                        return -1;
                    }
                    nh = nd.u8(bp);
                    hlen = (nd.u8(bp + 1) + 1) << 3;
                }
                case Ip6.FRAGMENT -> {
                    if (!nd.has(bp + 2, 2) || (nd.u16(bp + 2) & 0xfff8) != 0) {
                        return -1;
                    }
                    nh = nd.u8(bp);
                    hlen = 8;
                }
                case 51 -> {
                    if (!nd.has(bp + 1, 1)) {
                        return -1;
                    }
                    nh = nd.u8(bp);
                    hlen = (nd.u8(bp + 1) + 2) << 2;
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The router advertisement fields after the -v length. */
    private static void routerAdvert(Nd nd, int off) {
        int hopLimit = nd.u8(off + 4);
        int flags = nd.u8(off + 5);
        int lifetime = nd.u16(off + 6);
        long reachable = nd.u32(off + 8);
        long retrans = nd.u32(off + 12);
        nd.print("\n\thop limit ").print(hopLimit).print(", Flags [");
        boolean any = false;
        any = flag(nd, flags, 0x80, "managed", any);
        any = flag(nd, flags, 0x40, "other stateful", any);
        any = flag(nd, flags, 0x20, "home agent", any);
        any = flag(nd, flags, 0x02, "ipv6 only", any);
        if (!any) {
            nd.print("none");
        }
        nd.print("], pref ").print(routerPreference(flags)).print(", router lifetime ").print(lifetime)
                .print("s, reachable time ").print(reachable).print("ms, retrans timer ").print(retrans).print("ms");
    }

    private static void neighborFlags(Nd nd, long flags) {
        boolean any = false;
        any = flag(nd, flags, 0x80000000L, "router", any);
        any = flag(nd, flags, 0x40000000L, "solicited", any);
        any = flag(nd, flags, 0x20000000L, "override", any);
        if (!any) {
            nd.print("none");
        }
    }

    /** One bittok2str name, `, ` between names; whether any name has been printed. */
    static boolean flag(Nd nd, long value, long bit, String name, boolean any) {
        if ((value & bit) == 0) {
            return any;
        }
        if (any) {
            nd.print(", ");
        }
        nd.print(name);
        return true;
    }

    /** get_rtpref: the two router preference bits. */
    static String routerPreference(int flags) {
        return switch ((flags & 0x18) >> 3) {
            case 0 -> "medium";
            case 1 -> "high";
            case 2 -> "rsv";
            default -> "low";
        };
    }

    /** in_cksum_shouldbe: the checksum the sender should have written. */
    static int shouldBe(int sent, int computed) {
        int sum = sent + computed;
        sum = (sum & 0xffff) + (sum >> 16);
        sum = (sum & 0xffff) + (sum >> 16);
        return sum;
    }

    /** print_unknown_data: a hex dump of what was captured of `length` bytes at `off`. */
    static void unknownData(Nd nd, int off, String indent, int length) {
        if (off > nd.snapend) {
            nd.print(indent).print("Dissector error: print_unknown_data called with pointer past end of packet");
            return;
        }
        HexDump.hex(nd, indent, off, Math.min(length, nd.snapend - off));
    }

    private static String typeName(int type) {
        return switch (type) {
            case DST_UNREACH -> "destination unreachable";
            case PACKET_TOO_BIG -> "packet too big";
            case TIME_EXCEEDED -> "time exceeded in-transit";
            case PARAM_PROB -> "parameter problem";
            case ECHO_REQUEST -> "echo request";
            case ECHO_REPLY -> "echo reply";
            case MLD_QUERY -> "multicast listener query";
            case MLD_REPORT -> "multicast listener report";
            case MLD_DONE -> "multicast listener done";
            case ROUTER_SOLICIT -> "router solicitation";
            case ROUTER_ADVERT -> "router advertisement";
            case NEIGHBOR_SOLICIT -> "neighbor solicitation";
            case NEIGHBOR_ADVERT -> "neighbor advertisement";
            case REDIRECT -> "redirect";
            case ROUTER_RENUMBERING -> "router renumbering";
            case IND_SOLICIT -> "inverse neighbor solicitation";
            case IND_ADVERT -> "inverse neighbor advertisement";
            case MLDV2_REPORT -> "multicast listener report v2";
            case HADISCOV_REQUEST -> "ha discovery request";
            case HADISCOV_REPLY -> "ha discovery reply";
            case MOBILEPREFIX_SOLICIT -> "mobile router solicitation";
            case MOBILEPREFIX_ADVERT -> "mobile router advertisement";
            case NI_QUERY -> "who-are-you request";
            case NI_REPLY -> "who-are-you reply";
            case 200 -> "mtrace response";
            case 201 -> "mtrace message";
            case RPL -> "RPL";
            default -> null;
        };
    }
}
