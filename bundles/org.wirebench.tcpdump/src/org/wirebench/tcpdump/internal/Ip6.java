package org.wirebench.tcpdump.internal;

/** print-ip6.c: the IPv6 header, the walk over its extension headers, the final destination for checksums. */
final class Ip6 {
    static final int HEADER = 40;

    static final int HOPOPTS = 0;
    static final int TCP = 6;
    static final int UDP = 17;
    static final int DCCP = 33;
    static final int ROUTING = 43;
    static final int FRAGMENT = 44;
    static final int DSTOPTS = 60;
    static final int MOBILITY_OLD = 62;
    static final int SCTP = 132;
    static final int MOBILITY = 135;

    private Ip6() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ip6";
        nd.check(off, HEADER);
        if (length < HEADER) {
            nd.print("truncated-ip6 ").print(length);
            return;
        }
        if (!nd.eflag) {
            nd.print("IP6 ");
        }
        int version = nd.u8(off) >> 4;
        if (version != 6) {
            nd.print("version error: ").print(version).print(" != 6");
            return;
        }
        // unsigned 32-bit arithmetic as tcpdump's: a jumbo payload length may exceed an int
        long payloadLength = nd.u16(off + 4);
        long len;
        if (payloadLength != 0) {
            len = payloadLength + HEADER;
            if (length < len) {
                nd.print("truncated-ip6 - ").print(len - length).print(" bytes missing!");
            }
        } else {
            // 4.99.3 adds the header to the remaining data while it looks for a jumbo payload option
            len = length + HEADER;
        }
        int nh = nd.u8(off + 6);
        if (nd.vflag > 0) {
            header(nd, off, nh, payloadLength);
        }
        int saved = nd.snapend;
        nd.limit(off, (int) Math.min(len, Integer.MAX_VALUE - off));
        try {
            walk(nd, off, length, len, nh, payloadLength, saved);
        } finally {
            nd.restore(saved);
        }
    }

    /** The -v part: `(class 0x.., flowlabel 0x....., hlim N, next-header NAME (N) payload length: N) `. */
    private static void header(Nd nd, int off, int nh, long payloadLength) {
        long flow = nd.u32(off);
        nd.print('(');
        if ((flow & 0x0ff00000L) != 0) {
            nd.print("class 0x").hex((flow & 0x0ff00000L) >> 20, 2).print(", ");
        }
        if ((flow & 0x000fffffL) != 0) {
            nd.print("flowlabel 0x").hex(flow & 0x000fffffL, 5).print(", ");
        }
        nd.print("hlim ").print(nd.u8(off + 7)).print(", next-header ").print(IpProto.name(nh) == null ? "unknown" : IpProto.name(nh)).print(" (").print(nh)
                .print(") payload length: ").print(payloadLength).print(") ");
    }

    private static void walk(Nd nd, int off, int length, long len, int nh, long payloadLength, int saved) {
        int cp = off;
        int advance = HEADER;
        long total = 0;
        boolean fragmented = false;
        boolean extension = false;
        Ip6Opts.Jumbo jumbo = null;
        while (cp < nd.snapend && advance > 0) {
            if (len < advance) {
                nd.trunc();
                return;
            }
            cp += advance;
            len -= advance;
            total += advance;
            if (cp == off + HEADER && nh != TCP && nh != UDP && nh != DCCP && nh != SCTP) {
                nd.ip6addr(off + 8).print(" > ").ip6addr(off + 24).print(": ");
            }
            switch (nh) {
                case HOPOPTS -> {
                    if (jumbo == null) {
                        jumbo = new Ip6Opts.Jumbo(payloadLength);
                    }
                    advance = Ip6Opts.hopByHop(nd, cp, jumbo);
                }
                case DSTOPTS -> advance = Ip6Opts.destination(nd, cp);
                case FRAGMENT -> {
                    advance = fragment(nd, cp, off);
                    if (advance > 0 && nd.snapend <= cp + advance) {
                        return;
                    }
                    fragmented = true;
                }
                case MOBILITY_OLD, MOBILITY -> {
                    Mobility.print(nd, cp);
                    return;
                }
                case ROUTING -> {
                    nd.check(cp, 1);
                    advance = Rt6.print(nd, cp);
                }
                default -> {
                    if (jumbo != null && jumbo.found) {
                        len = jumbo.payloadLength + HEADER;
                        if (len < total) {
                            nd.trunc();
                            return;
                        }
                        if (length < len) {
                            nd.print("truncated-ip6 - ").print(len - length).print(" bytes missing!");
                        }
                        nd.snapend = (int) Math.min(saved, off + len);
                        len -= total;
                    } else if (payloadLength == 0) {
                        // no payload to hold an extension header
                        if (extension) {
                            nd.trunc();
                            return;
                        }
                        len = HEADER;
                        nd.snapend = Math.min(saved, off + HEADER);
                        len -= total;
                    }
                    IpDemux.print(nd, nh, cp, (int) len, off, fragmented);
                    return;
                }
            }
            if (advance < 0) {
                return;
            }
            extension = true;
            nh = nd.u8(cp);
            nd.protocol = "ip6";
        }
    }

    /** frag6_print: `frag (0|1448) ` (-v adds the identification); the walk stops at a later fragment. */
    private static int fragment(Nd nd, int cp, int ipOff) {
        nd.protocol = "frag6";
        long ident = nd.vflag > 0 ? nd.u32(cp + 4) : 0;
        int offset = nd.u16(cp + 2) & 0xfff8;
        // size_t arithmetic: a payload length shorter than the headers wraps around
        long rest = (long) HEADER + nd.u16(ipOff + 4) - (cp - ipOff) - 8;
        nd.print("frag (");
        if (nd.vflag > 0) {
            nd.print("0x").hex(ident, 8).print(':');
        }
        nd.print(offset).print('|');
        if (rest < 0) {
            nd.print(Long.toUnsignedString(rest));
        } else {
            nd.print(rest);
        }
        nd.print(')');
        if (offset != 0) {
            return -1;
        }
        nd.print(' ');
        return 8;
    }

    /**
     * Where the destination address for the pseudo header is: the last address of a type 0 or 2 routing
     * header, the first segment of a segment routing header, else ip6_dst (ip6_finddst).
     */
    static int finalDestination(Nd nd, int ipOff) {
        int dst = ipOff + 24;
        int nh = nd.u8(ipOff + 6);
        if (nh != HOPOPTS && nh != DSTOPTS && nh != MOBILITY_OLD && nh != MOBILITY && nh != FRAGMENT && nh != ROUTING) {
            return dst;
        }
        int cp = ipOff;
        int advance = HEADER;
        while (cp < nd.snapend) {
            cp += advance;
            switch (nh) {
                case HOPOPTS, DSTOPTS, MOBILITY_OLD, MOBILITY -> {
                    advance = (nd.u8(cp + 1) + 1) << 3;
                    nh = nd.u8(cp);
                }
                case FRAGMENT -> {
                    advance = 8;
                    nh = nd.u8(cp);
                }
                case ROUTING -> {
                    return routingDestination(nd, cp, dst);
                }
                default -> {
                    return dst;
                }
            }
        }
        return dst;
    }

    private static int routingDestination(Nd nd, int cp, int dst) {
        if (!nd.has(cp, 8)) {
            return dst;
        }
        int len = nd.u8(cp + 1);
        int type = nd.u8(cp + 2);
        if ((type == 0 || type == 2 || type == 4) && len % 2 == 1) {
            return dst;
        }
        if (type == 0 || type == 2) {
            int p = cp + 8;
            for (int i = 0; i < len / 2; i++, p += 16) {
                if (!nd.has(p, 16)) {
                    return dst;
                }
                dst = p;
            }
        } else if (type == 4 && nd.has(cp + 8, 16)) {
            // segments are listed in reverse: the final destination comes first
            dst = cp + 8;
        }
        return dst;
    }
}
