package org.wirebench.tcpdump.internal;

/** print-mobility.c: the Mobile IPv6 mobility header (RFC 3775). */
final class Mobility {
    private static final int MINLEN = 8;
    private static final String[] TYPES = {"BRR", "HoTI", "CoTI", "HoT", "CoT", "BU", "BA", "BE"};
    /** The smallest header each message type fits in. */
    private static final int[] HEADER_LENGTH = {8, 16, 16, 24, 24, 12, 12, 24};
    private static final char[] BU_BITS = {'K', 'L', 'H', 'A'};

    private Mobility() {
    }

    /** mobility_print: the IPv6 walk ends here whatever follows. */
    static void print(Nd nd, int bp) {
        nd.protocol = "mobility";
        int mhlen = (nd.u8(bp + 1) + 1) << 3;
        int type = nd.u8(bp + 2);
        if (type < TYPES.length && mhlen < HEADER_LENGTH[type]) {
            nd.print("(header length ").print(mhlen).print(" is too small for type ").print(type).print(')');
            nd.trunc();
            return;
        }
        nd.print("mobility: ");
        if (type < TYPES.length) {
            nd.print(TYPES[type]);
        } else {
            nd.print("type-#").print(type);
        }
        int hlen = MINLEN;
        switch (type) {
            case 0 -> {
                // binding refresh request: no fields
            }
            case 1, 2 -> {
                if (nd.vflag > 0) {
                    cookie(nd, type == 1 ? " Home" : " Care-of", " Init Cookie=", bp + hlen);
                }
                hlen += 8;
            }
            case 3, 4 -> {
                int nonce = nd.u16(bp + 6);
                nd.print(" nonce id=").hex(nonce);
                String who = type == 3 ? " Home" : " Care-of";
                if (nd.vflag > 0) {
                    cookie(nd, who, " Init Cookie=", bp + hlen);
                }
                hlen += 8;
                if (nd.vflag > 0) {
                    cookie(nd, who, " Keygen Token=", bp + hlen);
                }
                hlen += 8;
            }
            case 5 -> {
                int seq = nd.u16(bp + 6);
                nd.print(" seq#=").print(seq);
                nd.check(bp + hlen, 2);
                int bits = (nd.u8(bp + hlen) & 0xf0) >> 4;
                if (bits != 0) {
                    nd.print(' ');
                    bindingUpdateBits(nd, bits);
                }
                hlen += 2;
                lifetime(nd, bp + hlen);
                hlen += 2;
            }
            case 6 -> {
                status(nd, bp);
                if ((nd.u8(bp + 7) & 0x80) != 0) {
                    nd.print(" K");
                }
                int seq = nd.u16(bp + hlen);
                nd.print(" seq#=").print(seq);
                hlen += 2;
                lifetime(nd, bp + hlen);
                hlen += 2;
            }
            case 7 -> {
                status(nd, bp);
                nd.check(bp + hlen, 16);
                nd.print(" homeaddr ").ip6addr(bp + hlen);
                hlen += 16;
            }
            default -> {
                nd.print(" len=").print(nd.u8(bp + 1));
                return;
            }
        }
        if (nd.vflag > 0 && !options(nd, bp + hlen, mhlen - hlen)) {
            nd.trunc();
        }
    }

    private static void status(Nd nd, int bp) {
        int status = nd.u8(bp + 6);
        nd.print(" status=").print(status);
    }

    /** In units of 4 seconds. */
    private static void lifetime(Nd nd, int off) {
        int units = nd.u16(off);
        nd.print(" lifetime=").print(units << 2);
    }

    private static void cookie(Nd nd, String who, String what, int off) {
        long high = nd.u32(off);
        long low = nd.u32(off + 4);
        nd.print(who).print(what).hex(high, 8).print(':').hex(low, 8);
    }

    /** bittok2str_nosep over the four flag bits, A H L K from the highest. */
    private static void bindingUpdateBits(Nd nd, int bits) {
        for (int bit = 3; bit >= 0; bit--) {
            if ((bits & 1 << bit) != 0) {
                nd.print(BU_BITS[bit]);
            }
        }
    }

    /** mobility_opt_print: false when an option does not fit. */
    private static boolean options(Nd nd, int bp, int len) {
        int optlen;
        for (int i = 0; i < len; i += optlen) {
            int type = nd.u8(bp + i);
            if (type == 0) {
                optlen = 1;
            } else if (i + 1 < len) {
                optlen = nd.u8(bp + i + 1) + 2;
            } else {
                return false;
            }
            if (i + optlen > len) {
                return false;
            }
            nd.check(bp + i + optlen, 1);
            switch (type) {
                case 0 -> nd.print("(pad1)");
                case 1 -> nd.print("(padn)");
                case 2 -> {
                    if (len - i < 4) {
                        nd.print("(refresh: trunc)");
                        return false;
                    }
                    int refresh = nd.u16(bp + i + 2);
                    nd.print("(refresh: ").print(refresh << 2).print(')');
                }
                case 3 -> {
                    if (len - i < 18) {
                        nd.print("(altcoa: trunc)");
                        return false;
                    }
                    nd.check(bp + i + 2, 16);
                    nd.print("(alt-CoA: ").ip6addr(bp + i + 2).print(')');
                }
                case 4 -> {
                    if (len - i < 6) {
                        nd.print("(ni: trunc)");
                        return false;
                    }
                    int home = nd.u16(bp + i + 2);
                    int careOf = nd.u16(bp + i + 4);
                    nd.print("(ni: ho=0x").hex(home, 4).print(" co=0x").hex(careOf, 4).print(')');
                }
                case 5 -> {
                    if (len - i < 12) {
                        nd.print("(auth: trunc)");
                        return false;
                    }
                    nd.print("(auth)");
                }
                default -> nd.print("(type-0x").hex(type, 2).print(": len=").print(optlen - 2).print(')');
            }
        }
        return true;
    }
}
