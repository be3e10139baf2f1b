package org.wirebench.tcpdump.internal;

/** ICMPv6 node information (RFC 4620) and router renumbering (RFC 2894) messages. */
final class Icmp6Info {
    private static final int NI_HEADER = 16;

    private Icmp6Info() {
    }

    /** icmp6_rrenum_print: code, sequence, with -v the flags; a command's match and use prefixes. */
    static void renumbering(Nd nd, int bp) {
        if (!captured(nd, bp + 12, 4)) {
            return;
        }
        int code = nd.u8(bp + 1);
        switch (code) {
            case 0 -> nd.print(", command");
            case 1 -> nd.print(", result");
            case 255 -> nd.print(", sequence number reset");
            default -> nd.print(", code-#").print(code);
        }
        nd.print(", seq=").print(nd.u32(bp + 4));
        if (nd.vflag > 0) {
            int flags = nd.u8(bp + 9);
            nd.print('[');
            if (flags != 0) {
                bit(nd, flags, 0x80, 'T');
                bit(nd, flags, 0x40, 'R');
                bit(nd, flags, 0x20, 'A');
                bit(nd, flags, 0x10, 'S');
                bit(nd, flags, 0x08, 'P');
                nd.print(',');
            }
            nd.print("seg=").print(nd.u8(bp + 8)).print(',');
            nd.print("maxdelay=").print(nd.u16(bp + 10));
            long reserved = nd.u32(bp + 12);
            if (reserved != 0) {
                nd.print("rsvd=").hex(reserved);
            }
            nd.print(']');
        }
        if (code != 0) {
            return;
        }
        int match = bp + 16;
        if (!captured(nd, match + 8, 16)) {
            return;
        }
        nd.print(nd.vflag > 1 ? "\n\t" : " ").print("match(");
        int matchCode = nd.u8(match);
        switch (matchCode) {
            case 1 -> nd.print("add");
            case 2 -> nd.print("change");
            case 3 -> nd.print("setglobal");
            default -> nd.print('#').print(matchCode);
        }
        if (nd.vflag > 0) {
            nd.print(",ord=").print(nd.u8(match + 2));
            nd.print(",min=").print(nd.u8(match + 4));
            nd.print(",max=").print(nd.u8(match + 5));
        }
        nd.print(',').ip6addr(match + 8).print('/').print(nd.u8(match + 3)).print(')');
        int n = nd.u8(match + 1) - 3;
        if (n % 4 != 0) {
            nd.trunc();
            return;
        }
        n /= 4;
        int use = match + 24;
        for (; n > 0; n--, use += 32) {
            if (!captured(nd, use + 16, 16)) {
                return;
            }
            nd.print(nd.vflag > 1 ? "\n\t" : " ").print("use(");
            int useFlags = nd.u8(use + 12);
            if (useFlags != 0) {
                bit(nd, useFlags, 0x80, 'V');
                bit(nd, useFlags, 0x40, 'P');
                nd.print(',');
            }
            if (nd.vflag > 0) {
                nd.print("mask=").hex(nd.u8(use + 2)).print(',');
                nd.print("raflags=").hex(nd.u8(use + 3)).print(',');
                time(nd, "vltime=", nd.u32(use + 4));
                time(nd, "pltime=", nd.u32(use + 8));
            }
            nd.ip6addr(use + 16).print('/').print(nd.u8(use)).print('/').print(nd.u8(use + 1)).print(')');
        }
    }

    /** ND_TCHECK with a local `trunc:` label: the mark, then the message goes on to its length. */
    private static boolean captured(Nd nd, int off, int count) {
        if (nd.has(off, count)) {
            return true;
        }
        nd.trunc();
        return false;
    }

    private static void bit(Nd nd, int flags, int mask, char name) {
        if ((flags & mask) != 0) {
            nd.print(name);
        }
    }

    private static void time(Nd nd, String label, long value) {
        nd.print(label);
        if (value == 0xffffffffL) {
            nd.print("infty,");
        } else {
            nd.print(value).print(',');
        }
    }

    /** icmp6_nodeinfo_print: `siz` is what was captured of the message, as tcpdump measures it. */
    static void nodeInformation(Nd nd, int length, int bp) {
        int ep = nd.snapend;
        if (ep < bp) {
            return;
        }
        int siz = ep - bp;
        if (nd.u8(bp) == 139) {
            query(nd, bp, ep, siz);
        } else {
            reply(nd, length, bp, ep, siz);
        }
    }

    private static void query(Nd nd, int bp, int ep, int siz) {
        if (siz == 8 + 4) {
            // KAME who-are-you
            nd.print(" who-are-you request");
            return;
        }
        nd.print(" node information query");
        if (!captured(nd, bp, NI_HEADER)) {
            return;
        }
        nd.print(" (");
        int qtype = nd.u16(bp + 4);
        int flags = nd.u16(bp + 6);
        switch (qtype) {
            case 0 -> nd.print("noop");
            case 1 -> {
                nd.print("supported qtypes");
                if (flags != 0) {
                    nd.print(" [").print((flags & 0x01) != 0 ? "C" : "").print(']');
                }
            }
            case 2 -> nd.print("DNS name");
            case 3 -> {
                nd.print("node addresses");
                if (flags != 0) {
                    nd.print(" [");
                    addressFlags(nd, flags, false);
                    nd.print(']');
                }
            }
            default -> nd.print("unknown");
        }
        if (qtype == 0 || qtype == 1) {
            if (siz != NI_HEADER && nd.vflag > 0) {
                nd.print(", invalid len");
            }
            nd.print(')');
            return;
        }
        if (siz == NI_HEADER) {
            nd.print(", 03 draft)");
            return;
        }
        int cp = bp + NI_HEADER;
        switch (nd.u8(bp + 1)) {
            case 0 -> {
                if (nd.has(bp, NI_HEADER + 16)) {
                    if (siz != NI_HEADER + 16) {
                        if (nd.vflag > 0) {
                            nd.print(", invalid subject len");
                        }
                    } else {
                        nd.print(", subject=").ip6addr(cp);
                    }
                }
            }
            case 1 -> {
                nd.print(", subject=DNS name");
                dnsName(nd, cp, ep);
            }
            case 2 -> {
                if (nd.has(bp, NI_HEADER + 4)) {
                    if (siz != NI_HEADER + 4) {
                        if (nd.vflag > 0) {
                            nd.print(", invalid subject len");
                        }
                    } else {
                        nd.print(", subject=").ipaddr(cp);
                    }
                }
            }
            default -> nd.print(", unknown subject");
        }
        nd.print(')');
    }

    private static void reply(Nd nd, int length, int bp, int ep, int siz) {
        if (length > siz) {
            nd.trunc();
            return;
        }
        boolean comma = false;
        if (!captured(nd, bp, NI_HEADER)) {
            return;
        }
        nd.print(" node information reply (");
        int code = nd.u8(bp + 1);
        switch (code) {
            case 0 -> {
                if (nd.vflag > 0) {
                    nd.print("success");
                    comma = true;
                }
            }
            case 1, 2 -> {
                nd.print(code == 1 ? "refused" : "unknown");
                comma = true;
                if (siz != NI_HEADER && nd.vflag > 0) {
                    nd.print(", invalid length");
                }
            }
            default -> {
                // no word for other codes
            }
        }
        if (code != 0) {
            nd.print(')');
            return;
        }
        if (comma) {
            nd.print(", ");
        }
        int flags = nd.u16(bp + 6);
        switch (nd.u16(bp + 4)) {
            case 0 -> {
                nd.print("noop");
                if (siz != NI_HEADER && nd.vflag > 0) {
                    nd.print(", invalid length");
                }
            }
            case 1 -> {
                nd.print("supported qtypes");
                if (flags != 0) {
                    nd.print(" [").print((flags & 0x01) != 0 ? "C" : "").print(']');
                }
            }
            case 2 -> {
                nd.print("DNS name");
                dnsName(nd, bp + NI_HEADER + 4, ep);
                if ((flags & 0x01) != 0) {
                    long ttl = nd.u32(bp + NI_HEADER);
                    nd.print(" [TTL=").print(ttl).print(']');
                }
            }
            case 3 -> {
                nd.print("node addresses");
                for (int i = NI_HEADER; i + 20 <= siz; i += 20) {
                    nd.print(' ').ip6addr(bp + i + 4).print('(').print(nd.u32(bp + i)).print(')');
                }
                if (flags != 0) {
                    nd.print(" [");
                    addressFlags(nd, flags, true);
                    nd.print(']');
                }
            }
            default -> nd.print("unknown");
        }
        nd.print(')');
    }

    private static void addressFlags(Nd nd, int flags, boolean truncate) {
        bit(nd, flags, 0x40, 'a');
        bit(nd, flags, 0x20, 'G');
        bit(nd, flags, 0x10, 'S');
        bit(nd, flags, 0x08, 'L');
        bit(nd, flags, 0x04, 'C');
        bit(nd, flags, 0x02, 'A');
        if (truncate) {
            bit(nd, flags, 0x01, 'T');
        }
    }

    /** A name subject or reply: a Pascal string (icmp-name-lookup-03) or DNS labels without compression. */
    private static void dnsName(Nd nd, int cp, int ep) {
        if (nd.u8(cp) == ep - cp - 1) {
            if (nd.vflag > 0) {
                nd.print(", 03 draft");
            }
            cp++;
            nd.print(", \"");
            for (; cp < ep; cp++) {
                nd.printChar(nd.u8(cp));
            }
            nd.print('"');
            return;
        }
        nd.print(", \"");
        while (cp < ep) {
            int i = nd.u8(cp++);
            if (i != 0) {
                if (i > ep - cp) {
                    nd.print("???");
                    break;
                }
                for (; i > 0 && cp < ep; i--, cp++) {
                    nd.printChar(nd.u8(cp));
                }
                if (cp + 1 < ep && nd.u8(cp) != 0) {
                    nd.print('.');
                }
            } else {
                if (cp == ep) {
                    nd.print('.');
                } else if (cp + 1 != ep || nd.u8(cp) != 0) {
                    nd.print("???");
                }
                break;
            }
        }
        nd.print('"');
    }
}
