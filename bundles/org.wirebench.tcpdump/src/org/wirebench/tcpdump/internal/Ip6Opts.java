package org.wirebench.tcpdump.internal;

/** print-ip6opts.c: the hop-by-hop and destination options headers, and the jumbo payload option. */
final class Ip6Opts {
    private static final int PAD1 = 0x00;
    private static final int PADN = 0x01;
    private static final int ROUTER_ALERT = 0x05;
    private static final int JUMBO = 0xc2;
    private static final int HOME_ADDRESS = 0xc9;

    /** What the hop-by-hop header tells the IPv6 walk: a valid jumbo payload length replaces the header's. */
    static final class Jumbo {
        long payloadLength;
        boolean found;

        Jumbo(long payloadLength) {
            this.payloadLength = payloadLength;
        }
    }

    private Ip6Opts() {
    }

    /** hbhopt_process: `HBH ` and, with -v, the options; the header length, or -1 after a bad option. */
    static int hopByHop(Nd nd, int off, Jumbo jumbo) {
        nd.protocol = "hbhopt";
        int hbhlen = (nd.u8(off + 1) + 1) << 3;
        nd.check(off, hbhlen);
        nd.print("HBH ");
        // options are read without -v too: a jumbo payload option changes the length
        if (!options(nd, off + 2, hbhlen - 2, jumbo)) {
            nd.trunc();
            return -1;
        }
        return hbhlen;
    }

    /** dstopt_process: `DSTOPT ` and, with -v, the options. */
    static int destination(Nd nd, int off) {
        nd.protocol = "dstopt";
        int len = (nd.u8(off + 1) + 1) << 3;
        nd.check(off, len);
        nd.print("DSTOPT ");
        if (nd.vflag > 0 && !options(nd, off + 2, len - 2, null)) {
            nd.trunc();
            return -1;
        }
        return len;
    }

    /** ip6_opt_process: false when an option does not fit (tcpdump's `goto trunc`). */
    private static boolean options(Nd nd, int bp, int len, Jumbo jumbo) {
        if (len == 0) {
            return true;
        }
        boolean v = nd.vflag > 0;
        boolean seenJumbo = false;
        int optlen;
        for (int i = 0; i < len; i += optlen) {
            int type = nd.u8(bp + i);
            optlen = optionLength(nd, bp, i, len);
            if (optlen < 0) {
                return false;
            }
            switch (type) {
                case PAD1 -> {
                    if (v) {
                        nd.print("(pad1)");
                    }
                }
                case PADN -> {
                    if (v) {
                        nd.print("(padn)");
                    }
                }
                case ROUTER_ALERT -> {
                    if (len - i < 4) {
                        nd.print("(rtalert: trunc)");
                        return false;
                    }
                    if (optlen - 2 != 2) {
                        nd.print("(rtalert: invalid len ").print(optlen - 2).print(')');
                        return false;
                    }
                    if (v) {
                        nd.print("(rtalert: 0x").hex(nd.u16(bp + i + 2), 4).print(") ");
                    }
                }
                case JUMBO -> {
                    if (len - i < 6) {
                        nd.print("(jumbo: trunc)");
                        return false;
                    }
                    if (optlen - 2 != 4) {
                        nd.print("(jumbo: invalid len ").print(optlen - 2).print(')');
                        return false;
                    }
                    long value = nd.u32(bp + i + 2);
                    String verdict;
                    if (seenJumbo) {
                        verdict = " - already seen";
                    } else {
                        seenJumbo = true;
                        if (jumbo == null) {
                            verdict = " - not a hop-by-hop option";
                        } else if (jumbo.payloadLength != 0) {
                            verdict = " - payload len != 0";
                        } else if (value < 65536) {
                            verdict = " - < 65536";
                        } else {
                            jumbo.found = true;
                            jumbo.payloadLength = value;
                            verdict = "";
                        }
                    }
                    if (v) {
                        nd.print("(jumbo: ").print(value).print(verdict).print(") ");
                    }
                }
                case HOME_ADDRESS -> {
                    if (len - i < 18) {
                        nd.print("(homeaddr: trunc)");
                        return false;
                    }
                    if (optlen - 2 < 16) {
                        nd.print("(homeaddr: invalid len ").print(optlen - 2).print(')');
                        return false;
                    }
                    if (v) {
                        nd.print("(homeaddr: ").ip6addr(bp + i + 2);
                        if (optlen > 18 && !subOptions(nd, bp + i + 18, optlen - 18)) {
                            return false;
                        }
                        nd.print(')');
                    }
                }
                default -> {
                    if (v) {
                        nd.print("(opt_type 0x").hex(type, 2).print(": len=").print(optlen - 2).print(')');
                    }
                }
            }
        }
        if (v) {
            nd.print(' ');
        }
        return true;
    }

    /** The length of the option at `i` of the `len` option bytes at `bp`, or -1 when it does not fit in them. */
    private static int optionLength(Nd nd, int bp, int i, int len) {
        if (nd.u8(bp + i) == PAD1) {
            return 1;
        }
        if (i + 1 >= len) {
            return -1;
        }
        int optlen = nd.u8(bp + i + 1) + 2;
        return i + optlen > len ? -1 : optlen;
    }

    /** ip6_sopt_print: the sub-options of a home address option. */
    private static boolean subOptions(Nd nd, int bp, int len) {
        int optlen;
        for (int i = 0; i < len; i += optlen) {
            int type = nd.u8(bp + i);
            optlen = optionLength(nd, bp, i, len);
            if (optlen < 0) {
                return false;
            }
            switch (type) {
                case PAD1 -> nd.print(", pad1");
                case PADN -> nd.print(", padn");
                default -> nd.print(", sopt_type 0x").hex(type, 2).print(": len=").print(optlen - 2);
            }
        }
        return true;
    }
}
