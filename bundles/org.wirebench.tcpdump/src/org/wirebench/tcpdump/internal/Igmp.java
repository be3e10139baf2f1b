package org.wirebench.tcpdump.internal;

/** print-igmp.c: IGMP queries, reports and leaves (v1 to v3); DVMRP, PIMv1 and mtrace only by name. */
final class Igmp {
    private static final int[] UNITS = {31_536_000, 604_800, 86_400, 3_600, 60, 1};
    private static final String UNIT_NAMES = "ywdhms";

    private Igmp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "igmp";
        if (nd.qflag) {
            nd.print("igmp");
            return;
        }
        int type = nd.u8(off);
        switch (type) {
            case 0x11 -> {
                nd.print("igmp query");
                if (length >= 12) {
                    v3Query(nd, off, length);
                } else {
                    int maxResponse = nd.u8(off + 1);
                    if (maxResponse != 0) {
                        nd.print(" v2");
                        if (maxResponse != 100) {
                            nd.print(" [max resp time ").print(maxResponse).print(']');
                        }
                    } else {
                        nd.print(" v1");
                    }
                    if (nd.u32(off + 4) != 0) {
                        nd.print(" [gaddr ").ipaddr(off + 4).print(']');
                    }
                    if (length != 8) {
                        nd.print(" [len ").print(length).print(']');
                    }
                }
            }
            case 0x12 -> {
                nd.check(off + 4, 4);
                nd.print("igmp v1 report ").ipaddr(off + 4);
                if (length != 8) {
                    nd.print(" [len ").print(length).print(']');
                }
            }
            case 0x16 -> {
                nd.check(off + 4, 4);
                nd.print("igmp v2 report ").ipaddr(off + 4);
            }
            case 0x22 -> {
                nd.print("igmp v3 report");
                v3Report(nd, off, length);
            }
            case 0x17 -> {
                nd.check(off + 4, 4);
                nd.print("igmp leave ").ipaddr(off + 4);
            }
            case 0x13 -> nd.print("igmp dvmrp");
            case 0x14 -> nd.print("igmp pimv1");
            default -> nd.print("igmp-").print(type);
        }
        if (nd.vflag > 0 && nd.has(off, length) && Checksum.finish(Checksum.sum(nd, off, length, 0)) != 0) {
            nd.print(" bad igmp cksum ").print(Integer.toHexString(nd.u16(off + 2))).print('!');
        }
    }

    private static void v3Query(Nd nd, int off, int length) {
        nd.print(" v3");
        if (length < 12 || (length & 3) != 0) {
            nd.print(" [invalid len ").print(length).print(']');
            return;
        }
        int code = nd.u8(off + 1);
        // codes from 128 on are a floating-point mantissa and exponent (RFC 3376 4.1.1)
        int tenths = code < 128 ? code : ((code & 0x0f) | 0x10) << (((code & 0x70) >> 4) + 3);
        if (code != 100) {
            nd.print(" [max resp time ");
            if (tenths < 600) {
                nd.print(tenths / 10).print('.').print(tenths % 10).print('s');
            } else {
                seconds(nd, tenths / 10);
            }
            nd.print(']');
        }
        if (nd.u32(off + 4) == 0) {
            return;
        }
        nd.print(" [gaddr ").ipaddr(off + 4);
        int sources = nd.u16(off + 10);
        if (sources > 0) {
            if (length < 12 + (sources << 2)) {
                nd.print(" [invalid number of sources]");
            } else if (nd.vflag > 1) {
                nd.print(" {");
                for (int i = 0; i < sources; i++) {
                    nd.print(' ').ipaddr(off + 12 + (i << 2));
                }
                nd.print(" }");
            } else {
                nd.print(", ").print(sources).print(" source(s)");
            }
        }
        nd.print(']');
    }

    private static void v3Report(Nd nd, int off, int length) {
        if (length < 16 || (length & 3) != 0) {
            nd.print(" [invalid len ").print(length).print(']');
            return;
        }
        int groups = nd.u16(off + 6);
        nd.print(", ").print(groups).print(" group record(s)");
        if (nd.vflag == 0) {
            return;
        }
        int group = 8;
        for (int i = 0; i < groups; i++) {
            if (length < group + 8) {
                nd.print(" [invalid number of groups]");
                return;
            }
            nd.check(off + group + 4, 4);
            nd.print(" [gaddr ").ipaddr(off + group + 4).print(' ');
            recordType(nd, nd.u8(off + group));
            int sources = nd.u16(off + group + 2);
            if (length < group + 8 + (sources << 2)) {
                nd.print(" [invalid number of sources ").print(sources).print(']');
                return;
            }
            if (nd.vflag == 1) {
                nd.print(", ").print(sources).print(" source(s)");
            } else {
                nd.print(" {");
                for (int j = 0; j < sources; j++) {
                    nd.print(' ').ipaddr(off + group + 8 + (j << 2));
                }
                nd.print(" }");
            }
            group += 8 + (sources << 2);
            nd.print(']');
        }
    }

    private static void recordType(Nd nd, int type) {
        String name = switch (type) {
            case 1 -> "is_in";
            case 2 -> "is_ex";
            case 3 -> "to_in";
            case 4 -> "to_ex";
            case 5 -> "allow";
            case 6 -> "block";
            default -> null;
        };
        if (name == null) {
            nd.print(" [v3-report-#").print(type).print(']');
        } else {
            nd.print(name);
        }
    }

    /** unsigned_relts_print: `1h2m3s`, largest unit first, zero units left out. */
    private static void seconds(Nd nd, int value) {
        if (value == 0) {
            nd.print("0s");
            return;
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (value >= UNITS[i]) {
                nd.print(value / UNITS[i]).print(UNIT_NAMES.charAt(i));
                value %= UNITS[i];
            }
        }
    }
}
