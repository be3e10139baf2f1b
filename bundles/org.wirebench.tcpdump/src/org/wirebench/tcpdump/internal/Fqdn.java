package org.wirebench.tcpdump.internal;

/**
 * A domain name in DNS wire form, as tcpdump's fqdn_print writes it (`www.example.com.`), for the DHCPv6 options
 * that carry names. Compression pointers count from `base` and must point backwards, as BIND requires.
 */
final class Fqdn {
    private static final int POINTER = 0xc0;
    private static final int EXTENDED = 0x40;
    private static final int MAX_NAME = 1025;

    private Fqdn() {
    }

    /**
     * Prints the name at `off`; returns the offset after it (after the first pointer when compressed), or -1 when
     * it ran past the captured data or was malformed (after printing what it could).
     */
    static int print(Nd nd, int off, int base) {
        int length = labelLength(nd, off);
        if (length < 0 || !nd.has(off, 1)) {
            return -1;
        }
        int maxOffset = off - base;
        int i = nd.u8(off++);
        boolean compressed = false;
        int rest = -1;
        if ((i & POINTER) != POINTER) {
            rest = off + length;
        }
        if (i == 0) {
            nd.print('.');
            return rest;
        }
        int chars = 0;
        while (i != 0 && off < nd.snapend) {
            if ((i & POINTER) == POINTER) {
                if (!compressed) {
                    rest = off + 1;
                    compressed = true;
                }
                if (!nd.has(off, 1)) {
                    return -1;
                }
                int target = (i << 8 | nd.u8(off)) & 0x3fff;
                // a pointer must go backwards, which also stops loops
                if (Integer.compareUnsigned(target, maxOffset) >= 0) {
                    nd.print("<BAD PTR>");
                    return -1;
                }
                maxOffset = target;
                off = base + target;
                if (!nd.has(off, 1)) {
                    return -1;
                }
                i = nd.u8(off);
                length = labelLength(nd, off);
                if (length < 0) {
                    return -1;
                }
                off++;
                continue;
            }
            if ((i & POINTER) == EXTENDED) {
                // labelLength let only the bit-string type (RFC 2673) through
                bitLabel(nd, off);
            } else {
                for (int k = 0; k < length; k++) {
                    if (!nd.has(off + k, 1)) {
                        return -1;
                    }
                    nd.printChar(nd.p[off + k] & 0xff);
                }
            }
            off += length;
            chars += length;
            nd.print('.');
            if (chars > MAX_NAME) {
                nd.print("<TOO LONG>");
                return -1;
            }
            if (!nd.has(off, 1)) {
                return -1;
            }
            i = nd.u8(off);
            length = labelLength(nd, off);
            if (length < 0) {
                return -1;
            }
            off++;
            if (!compressed) {
                rest += length + 1;
            }
        }
        return rest;
    }

    /** An RFC 2673 bit-string label from its bit count at `off`: `\\[x<hex digits>/<bits>]`. */
    private static void bitLabel(Nd nd, int off) {
        int bits = nd.u8(off);
        if (bits == 0) {
            bits = 256;
        }
        nd.print("\\[x");
        int p = off + 1;
        int left = bits;
        for (; left > 7; left -= 8) {
            nd.hex(nd.u8(p++), 2);
        }
        if (left > 4) {
            nd.hex(nd.u8(p) & (0xff << (8 - left)) & 0xff, 2);
        } else if (left > 0) {
            nd.hex((nd.u8(p) >> 4) & (0x0f << (4 - left)) & 0x0f, 1);
        }
        nd.print('/').print(bits).print(']');
    }

    /** The length of the label at `off`, or -1 when not captured or of a reserved type. */
    private static int labelLength(Nd nd, int off) {
        if (!nd.has(off, 1)) {
            return -1;
        }
        int i = nd.u8(off);
        switch (i & POINTER) {
            case EXTENDED -> {
                if ((i & ~POINTER) != 1) {
                    nd.print("<ELT ").print(i & ~POINTER).print('>');
                    return -1;
                }
                if (!nd.has(off + 1, 1)) {
                    return -1;
                }
                int bits = nd.u8(off + 1);
                return ((bits == 0 ? 256 : bits) + 7) / 8 + 1;
            }
            case POINTER, 0 -> {
                return i;
            }
            default -> {
                nd.print("<BAD LABEL TYPE>");
                return -1;
            }
        }
    }
}
