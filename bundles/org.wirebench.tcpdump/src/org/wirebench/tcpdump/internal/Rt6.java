package org.wirebench.tcpdump.internal;

/** print-rt6.c: the IPv6 routing header, types 0 and 2 (addresses) and 4 (segment routing). */
final class Rt6 {
    private Rt6() {
    }

    /** `RT6 (len=2, type=0 [Deprecated], segleft=1, rsv=0x0, [0]addr) `; the header length or -1. */
    static int print(Nd nd, int off) {
        nd.protocol = "rt6";
        nd.print("RT6");
        int len = nd.u8(off + 1);
        nd.print(" (len=").print(len);
        int type = nd.u8(off + 2);
        nd.print(", type=").print(type);
        if (type == 0) {
            nd.print(" [Deprecated]");
        }
        int segleft = nd.u8(off + 3);
        nd.print(", segleft=").print(segleft);
        switch (type) {
            case 0, 2 -> {
                long reserved = nd.u32(off + 4);
                if (reserved != 0 || nd.vflag > 0) {
                    nd.print(", rsv=").hex(reserved);
                }
                if (len % 2 == 1) {
                    nd.print(" [invalid length ").print(len).print(']');
                    nd.invalid();
                    return -1;
                }
                addresses(nd, off + 8, len >> 1);
            }
            case 4 -> {
                int last = nd.u8(off + 4);
                nd.print(", last-entry=").print(last);
                int flags = nd.u8(off + 5);
                if (flags != 0 || nd.vflag > 0) {
                    nd.print(", flags=").hex(flags);
                }
                int tag = nd.u16(off + 6);
                nd.print(", tag=").print(Integer.toHexString(tag));
                addresses(nd, off + 8, last + 1);
            }
            default -> {
                nd.print(" (unknown type)");
                nd.invalid();
                return -1;
            }
        }
        nd.print(") ");
        return (len + 1) << 3;
    }

    private static void addresses(Nd nd, int p, int count) {
        for (int i = 0; i < count; i++, p += 16) {
            nd.check(p, 16);
            nd.print(", [").print(i).print(']').ip6addr(p);
        }
    }
}
