package org.wirebench.tcpdump.internal;

/** icmp6_opt_print: the neighbour discovery options of router, neighbour and mobile prefix messages (-v). */
final class Icmp6Nd {
    private static final int SOURCE_LINKADDR = 1;
    private static final int TARGET_LINKADDR = 2;
    private static final int PREFIX_INFORMATION = 3;
    private static final int REDIRECTED_HEADER = 4;
    private static final int MTU = 5;
    private static final int ADVINTERVAL = 7;
    private static final int HOMEAGENT_INFO = 8;
    private static final int ROUTE_INFO = 24;
    private static final int RDNSS = 25;
    private static final int DNSSL = 31;

    private Icmp6Nd() {
    }

    /** The options from `bp` for `resid` bytes; a malformed option ends the line with ` [|icmp6]`. */
    static void options(Nd nd, int bp, int resid) {
        int cp = bp;
        int ep = nd.snapend;
        while (cp < ep) {
            nd.check(cp + 1, 1);
            if (resid <= 0) {
                return;
            }
            int type = nd.u8(cp);
            int len = nd.u8(cp + 1);
            int bytes = len << 3;
            if (len == 0 || cp + bytes > ep) {
                throw Truncated.INSTANCE;
            }
            nd.print("\n\t  ").print(name(type)).print(" option (").print(type).print("), length ").print(bytes)
                    .print(" (").print(len).print("): ");
            switch (type) {
                case SOURCE_LINKADDR, TARGET_LINKADDR -> linkAddress(nd, cp + 2, bytes - 2);
                case PREFIX_INFORMATION -> prefix(nd, cp, len);
                case REDIRECTED_HEADER -> Icmp6.unknownData(nd, bp, "\n\t    ", bytes);
                case MTU -> {
                    nd.print(' ').print(nd.u32(cp + 4));
                    if (len != 1) {
                        nd.print("bad option length");
                    }
                }
                case RDNSS -> {
                    nd.print(" lifetime ").print(nd.u32(cp + 4)).print("s,");
                    int count = (len - 1) / 2;
                    for (int i = 0; i < count; i++) {
                        nd.print(" addr: ").ip6addr(cp + 8 + 16 * i);
                    }
                }
                case DNSSL -> {
                    nd.print(" lifetime ").print(nd.u32(cp + 4)).print("s, domain(s):");
                    int dom = cp + 8;
                    while (dom < cp + bytes && nd.u8(dom) != 0) {
                        nd.print(' ');
                        dom = name(nd, dom, bp);
                        if (dom < 0) {
                            throw Truncated.INSTANCE;
                        }
                    }
                }
                case ADVINTERVAL -> nd.print(' ').print(nd.u32(cp + 4)).print("ms");
                case HOMEAGENT_INFO -> nd.print(" preference ").print(nd.u16(cp + 4)).print(", lifetime ").print(nd.u16(cp + 6));
                case ROUTE_INFO -> routeInfo(nd, cp, len);
                default -> {
                    if (nd.vflag <= 1) {
                        Icmp6.unknownData(nd, cp + 2, "\n\t  ", bytes - 2);
                        return;
                    }
                }
            }
            if (nd.vflag > 1) {
                Icmp6.unknownData(nd, cp + 2, "\n\t    ", bytes - 2);
            }
            cp += bytes;
            resid -= bytes;
        }
    }

    private static String name(int type) {
        return switch (type) {
            case SOURCE_LINKADDR -> "source link-address";
            case TARGET_LINKADDR -> "destination link-address";
            case PREFIX_INFORMATION -> "prefix info";
            case REDIRECTED_HEADER -> "redirected header";
            case MTU -> "mtu";
            case RDNSS -> "rdnss";
            case DNSSL -> "dnssl";
            case ADVINTERVAL -> "advertisement interval";
            case HOMEAGENT_INFO -> "homeagent information";
            case ROUTE_INFO -> "route info";
            default -> "unknown";
        };
    }

    /** print_lladdr: the bytes as colon-separated hex pairs. */
    private static void linkAddress(Nd nd, int p, int length) {
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                nd.print(':');
            }
            nd.hex(nd.u8(p + i), 2);
        }
    }

    private static void prefix(Nd nd, int cp, int len) {
        nd.ip6addr(cp + 16).print('/').print(nd.u8(cp + 2));
        if (len != 4) {
            nd.print("badlen");
        }
        int flags = nd.u8(cp + 3);
        long valid = nd.u32(cp + 4);
        nd.print(", Flags [");
        boolean any = false;
        any = Icmp6.flag(nd, flags, 0x80, "onlink", any);
        any = Icmp6.flag(nd, flags, 0x40, "auto", any);
        any = Icmp6.flag(nd, flags, 0x20, "router", any);
        if (!any) {
            nd.print("none");
        }
        nd.print("], valid time ");
        lifetime(nd, valid);
        nd.print(", pref. time ");
        lifetime(nd, nd.u32(cp + 8));
    }

    /** The route information option (RFC 4191): the prefix is cut to the option's length. */
    private static void routeInfo(Nd nd, int cp, int len) {
        nd.check(cp + 4, 4);
        byte[] prefix = new byte[16];
        switch (len) {
            case 1 -> {
                // no prefix bytes
            }
            case 2 -> copy(nd, cp + 8, prefix, 8);
            case 3 -> copy(nd, cp + 8, prefix, 16);
            default -> throw Truncated.INSTANCE;
        }
        nd.print(' ');
        Addresses.ip6(prefix, 0, nd.out);
        nd.print('/').print(nd.u8(cp + 2));
        nd.print(", pref=").print(Icmp6.routerPreference(nd.u8(cp + 3)));
        nd.print(", lifetime=");
        lifetime(nd, nd.u32(cp + 4));
    }

    private static void copy(Nd nd, int off, byte[] to, int count) {
        nd.check(off, count);
        System.arraycopy(nd.p, off, to, 0, count);
    }

    /** get_lifetime: seconds, or `infinity` for all ones. */
    private static void lifetime(Nd nd, long value) {
        if (value == 0xffffffffL) {
            nd.print("infinity");
        } else {
            nd.print(value).print('s');
        }
    }

    /**
     * fqdn_print: a domain name in DNS wire format, each label followed by a dot, compression pointers
     * counted from `base`; the offset after the name, or -1 when it cannot be read.
     */
    static int name(Nd nd, int cp, int base) {
        if (!nd.has(cp, 1)) {
            return -1;
        }
        int i = nd.u8(cp++);
        if (i == 0) {
            nd.print('.');
            return cp;
        }
        int next = -1;
        int maxOffset = cp - 1 - base;
        while (i != 0 && cp < nd.snapend) {
            if ((i & 0xc0) == 0xc0) {
                if (next < 0) {
                    next = cp + 1;
                }
                if (!nd.has(cp, 1)) {
                    return -1;
                }
                int offset = (i << 8 | nd.u8(cp)) & 0x3fff;
                if (offset >= maxOffset) {
                    nd.print("<BAD PTR>");
                    return -1;
                }
                maxOffset = offset;
                cp = base + offset;
            } else if ((i & 0xc0) != 0) {
                nd.print("<ELT ").print(i & 0x3f).print('>');
                return -1;
            } else {
                nd.check(cp, i);
                for (int k = 0; k < i; k++) {
                    nd.printChar(nd.u8(cp + k));
                }
                cp += i;
                nd.print('.');
            }
            if (!nd.has(cp, 1)) {
                return -1;
            }
            i = nd.u8(cp++);
        }
        return next >= 0 ? next : cp;
    }
}
