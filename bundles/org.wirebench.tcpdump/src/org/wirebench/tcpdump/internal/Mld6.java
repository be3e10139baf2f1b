package org.wirebench.tcpdump.internal;

/** Multicast listener discovery in ICMPv6: version 1 messages, version 2 queries and reports. */
final class Mld6 {
    private Mld6() {
    }

    /** mld6_print: nothing unless the 24-byte message was captured; note tcpdump's missing space. */
    static void v1(Nd nd, int bp) {
        if (!nd.has(bp, 24)) {
            return;
        }
        nd.print("max resp delay: ").print(nd.u16(bp + 4)).print(' ');
        nd.print("addr: ").ip6addr(bp + 8);
    }

    static void v2Report(Nd nd, int bp, int len) {
        if (len < 8) {
            nd.print(" [invalid len ").print(len).print(']');
            return;
        }
        int groups = nd.u16(bp + 6);
        nd.print(", ").print(groups).print(" group record(s)");
        if (nd.vflag == 0) {
            return;
        }
        long group = 8;
        for (int i = 0; i < groups; i++) {
            if (len < group + 20) {
                nd.print(" [invalid number of groups]");
                return;
            }
            int g = (int) group;
            nd.check(bp + g + 4, 16);
            nd.print(" [gaddr ").ip6addr(bp + g + 4);
            int type = nd.u8(bp + g);
            nd.print(' ').print(recordType(type));
            int sources = nd.u16(bp + g + 2);
            if (len < group + 20 + sources * 16L) {
                nd.print(" [invalid number of sources ").print(sources).print(']');
                return;
            }
            if (nd.vflag == 1) {
                nd.print(", ").print(sources).print(" source(s)");
            } else {
                nd.print(" {");
                for (int j = 0; j < sources; j++) {
                    nd.check(bp + g + 20 + 16 * j, 16);
                    nd.print(' ').ip6addr(bp + g + 20 + 16 * j);
                }
                nd.print(" }");
            }
            group += 20 + sources * 16L;
            nd.print(']');
        }
    }

    private static String recordType(int type) {
        return switch (type) {
            case 1 -> "is_in";
            case 2 -> "is_ex";
            case 3 -> "to_in";
            case 4 -> "to_ex";
            case 5 -> "allow";
            case 6 -> "block";
            default -> " [v2-report-#" + type + "]";
        };
    }

    static void v2Query(Nd nd, int bp, int len) {
        if (len < 28) {
            nd.print(" [invalid len ").print(len).print(']');
            return;
        }
        int mrc = nd.u16(bp + 4);
        long mrt = mrc < 32768 ? mrc : (long) ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
        if (nd.vflag > 0) {
            nd.print(" [max resp delay=").print(mrt).print(']');
        }
        nd.check(bp + 8, 16);
        nd.print(" [gaddr ").ip6addr(bp + 8);
        if (nd.vflag > 0) {
            int flags = nd.u8(bp + 24);
            if ((flags & 0x08) != 0) {
                nd.print(" sflag");
            }
            if ((flags & 0x07) != 0) {
                nd.print(" robustness=").print(flags & 0x07);
            }
            int code = nd.u8(bp + 25);
            int qqi = code < 128 ? code : ((code & 0x0f) | 0x10) << (((code & 0x70) >> 4) + 3);
            nd.print(" qqi=").print(qqi);
        }
        int sources = nd.u16(bp + 26);
        if (sources > 0) {
            if (len < 28 + sources * 16L) {
                nd.print(" [invalid number of sources]");
            } else if (nd.vflag > 1) {
                nd.print(" {");
                for (int i = 0; i < sources; i++) {
                    nd.check(bp + 28 + 16 * i, 16);
                    nd.print(' ').ip6addr(bp + 28 + 16 * i);
                }
                nd.print(" }");
            } else {
                nd.print(", ").print(sources).print(" source(s)");
            }
        }
        nd.print(']');
    }
}
