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
        int length = DnsName.labelLength(nd, off);
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
                length = DnsName.labelLength(nd, off);
                if (length < 0) {
                    return -1;
                }
                off++;
                continue;
            }
            if ((i & POINTER) == EXTENDED) {
                // DnsName.labelLength let only the bit-string type (RFC 2673) through
                DnsName.bitLabel(nd, off);
            } else {
                if (DnsName.printn(nd, off, length)) {
                    return -1;
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
            length = DnsName.labelLength(nd, off);
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
}
