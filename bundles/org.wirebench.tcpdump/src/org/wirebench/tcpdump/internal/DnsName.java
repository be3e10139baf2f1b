package org.wirebench.tcpdump.internal;

/**
 * Domain names in DNS messages as print-domain.c walks them: labels, compression pointers (which must point
 * backwards, so a loop cannot form), RFC 2673 bit-string labels and the reserved label type. Offsets are
 * absolute in `nd.p`; -1 stands for tcpdump's NULL (the name could not be read or was malformed).
 */
final class DnsName {
    static final int NONE = -1;

    private static final int TYPE_MASK = 0xc0;
    private static final int TYPE_INDIR = 0xc0;
    private static final int TYPE_EDNS0 = 0x40;
    private static final int TYPE_RESERVED = 0x80;
    private static final int ELT_BITLABEL = 0x01;
    /** MAXCDNAME: the longest name RFC 1035 allows; tcpdump stops printing past it. */
    private static final int MAX_NAME = 255;

    private DnsName() {
    }

    /** ns_nskip: the offset just after the name at `cp` (after the first pointer, if any), or {@link #NONE}. */
    static int skip(Nd nd, int cp) {
        if (!nd.has(cp, 1)) {
            return NONE;
        }
        int i = nd.u8(cp++);
        while (i != 0) {
            switch (i & TYPE_MASK) {
                case TYPE_INDIR -> {
                    return cp + 1;
                }
                case TYPE_EDNS0 -> {
                    if ((i & ~TYPE_MASK) != ELT_BITLABEL || !nd.has(cp, 1)) {
                        return NONE;
                    }
                    int bitlen = bitLength(nd.u8(cp++));
                    cp += (bitlen + 7) / 8;
                }
                case TYPE_RESERVED -> {
                    return NONE;
                }
                default -> cp += i;
            }
            if (!nd.has(cp, 1)) {
                return NONE;
            }
            i = nd.u8(cp++);
        }
        return cp;
    }

    /**
     * fqdn_print: prints the name at `cp` whose pointers count from the message start `bp`; returns the offset
     * after the name as it sits at `cp`, or {@link #NONE} after printing what could be printed.
     */
    static int print(Nd nd, int cp, int bp) {
        int l = labelLength(nd, cp);
        if (l == NONE) {
            return NONE;
        }
        // unsigned as in tcpdump: a name before `bp` (the EDNS CHAIN option) admits every pointer
        long maxOffset = (cp - bp) & 0xffffffffL;
        int i = nd.u8(cp++);
        int rp = NONE;
        boolean compressed = false;
        if ((i & TYPE_MASK) != TYPE_INDIR) {
            rp = cp + l;
        }
        if (i == 0) {
            nd.print('.');
            return rp;
        }
        int nameChars = 0;
        while (i != 0 && cp < nd.snapend) {
            switch (i & TYPE_MASK) {
                case TYPE_INDIR -> {
                    if (!compressed) {
                        rp = cp + 1;
                        compressed = true;
                    }
                    if (!nd.has(cp, 1)) {
                        return NONE;
                    }
                    int offset = ((i << 8) | nd.u8(cp)) & 0x3fff;
                    if (offset >= maxOffset) {
                        nd.print("<BAD PTR>");
                        return NONE;
                    }
                    maxOffset = offset;
                    cp = bp + offset;
                    if (!nd.has(cp, 1)) {
                        return NONE;
                    }
                    i = nd.u8(cp);
                    l = labelLength(nd, cp);
                    if (l == NONE) {
                        return NONE;
                    }
                    cp++;
                    continue;
                }
                case TYPE_EDNS0 -> {
                    int elt = i & ~TYPE_MASK;
                    if (elt != ELT_BITLABEL) {
                        nd.print("<ELT ").print(elt).print('>');
                        return NONE;
                    }
                    bitLabel(nd, cp);
                }
                case TYPE_RESERVED -> {
                    nd.print("<BAD LABEL TYPE>");
                    return NONE;
                }
                default -> {
                    if (nameChars + l <= MAX_NAME) {
                        if (printn(nd, cp, l)) {
                            return NONE;
                        }
                    } else if (nameChars < MAX_NAME && printn(nd, cp, MAX_NAME - nameChars)) {
                        return NONE;
                    }
                    nameChars += l;
                }
            }
            cp += l;
            if (nameChars <= MAX_NAME) {
                nd.print('.');
            }
            nameChars++;
            if (!nd.has(cp, 1)) {
                return NONE;
            }
            i = nd.u8(cp);
            l = labelLength(nd, cp);
            if (l == NONE) {
                return NONE;
            }
            cp++;
            if (!compressed) {
                rp += l + 1;
            }
        }
        if (nameChars > MAX_NAME) {
            nd.print("<DOMAIN NAME TOO LONG>");
        }
        return rp;
    }

    /**
     * nd_printn: up to `count` bytes at `cp` as fn_print_char shows them, stopping at the captured end;
     * true when it stopped there first.
     */
    static boolean printn(Nd nd, int cp, long count) {
        int end = nd.snapend;
        while (count > 0 && cp < end) {
            count--;
            nd.printChar(nd.p[cp++] & 0xff);
        }
        return count != 0;
    }

    /** labellen: the bytes a label's content takes, or {@link #NONE} (and a mark) for an unknown type. */
    static int labelLength(Nd nd, int cp) {
        if (!nd.has(cp, 1)) {
            return NONE;
        }
        int i = nd.u8(cp);
        switch (i & TYPE_MASK) {
            case TYPE_EDNS0 -> {
                int elt = i & ~TYPE_MASK;
                if (elt != ELT_BITLABEL) {
                    nd.print("<ELT ").print(elt).print('>');
                    return NONE;
                }
                if (!nd.has(cp + 1, 1)) {
                    return NONE;
                }
                return (bitLength(nd.u8(cp + 1)) + 7) / 8 + 1;
            }
            case TYPE_RESERVED -> {
                nd.print("<BAD LABEL TYPE>");
                return NONE;
            }
            default -> {
                return i;
            }
        }
    }

    private static int bitLength(int count) {
        return count == 0 ? 256 : count;
    }

    /** blabel_print: a bit-string label as `\[x<hex>/<bits>]`. */
    static void bitLabel(Nd nd, int cp) {
        int bitlen = bitLength(nd.u8(cp));
        // tcpdump bounds the loop by the number of hex digits, not bytes; the bit count ends it first
        int lim = cp + 1 + (bitlen + 3) / 4;
        nd.print("\\[x");
        int bitp = cp + 1;
        int b = bitlen;
        for (; bitp < lim && b > 7; b -= 8, bitp++) {
            nd.hex(nd.u8(bitp), 2);
        }
        if (b > 4) {
            nd.hex(nd.u8(bitp) & (0xff << (8 - b)) & 0xff, 2);
        } else if (b > 0) {
            nd.hex(((nd.u8(bitp) >> 4) & 0x0f) & (0x0f << (4 - b)), 1);
        }
        nd.print('/').print(bitlen).print(']');
    }
}
