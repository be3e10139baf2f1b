package org.wirebench.tcpdump.internal;

/** print-mptcp.c: the Multipath TCP option (RFC 6824, RFC 8684) by subtype. */
final class Mptcp {
    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final String[] NAMES = {"capable", "join", "dss", "add-addr", "rem-addr", "prio", "fail", "fast-close",
        "unknown"};

    private Mptcp() {
    }

    /**
     * Prints the option of `len` bytes at `cp` (its kind byte) of a segment with TCP `flags`; false when its length
     * does not suit its subtype (tcpdump then prints `[bad opt]`).
     */
    static boolean print(Nd nd, int cp, int len, int flags) {
        nd.protocol = "mptcp";
        if (len < 3) {
            return false;
        }
        int subtype = Math.min(nd.u8(cp + 2) >> 4, NAMES.length - 1);
        nd.print(' ').print(len).print(' ').print(NAMES[subtype]);
        return switch (subtype) {
            case 0 -> capable(nd, cp, len, flags);
            case 1 -> join(nd, cp, len, flags);
            case 2 -> dss(nd, cp, len, flags);
            case 3 -> addAddress(nd, cp, len);
            case 4 -> removeAddress(nd, cp, len);
            case 5 -> priority(nd, cp, len);
            case 6 -> eight(nd, cp, len, " seq ", false);
            case 7 -> eight(nd, cp, len, " key 0x", true);
            default -> true;
        };
    }

    private static boolean capable(Nd nd, int cp, int len, int flags) {
        if (!((len == 12 || len == 4) && (flags & SYN) != 0) && !((len == 20 || len == 22) && (flags & (SYN | ACK)) == ACK)) {
            return false;
        }
        int version = nd.u8(cp + 2) & 0xf;
        if (version > 1) {
            nd.print(" Unknown Version (").print(version).print(')');
            return true;
        }
        nd.print(" v").print(version);
        if ((nd.u8(cp + 3) & 0x80) != 0) {
            nd.print(" csum");
        }
        if (len == 12 || len >= 20) {
            nd.print(" {0x").print(Long.toHexString(nd.u64(cp + 4)));
            if (len >= 20) {
                nd.print(",0x").print(Long.toHexString(nd.u64(cp + 12)));
            }
            nd.print('}');
        }
        return true;
    }

    private static boolean join(Nd nd, int cp, int len, int flags) {
        if (!(len == 12 && (flags & SYN) != 0) && !(len == 16 && (flags & (SYN | ACK)) == (SYN | ACK))
                && !(len == 24 && (flags & ACK) != 0)) {
            return false;
        }
        if (len != 24) {
            if ((nd.u8(cp + 2) & 1) != 0) {
                nd.print(" backup");
            }
            nd.print(" id ").print(nd.u8(cp + 3));
        }
        switch (len) {
            case 12 -> nd.print(" token ").hex(nd.u32(cp + 4)).print(" nonce ").hex(nd.u32(cp + 8));
            case 16 -> nd.print(" hmac 0x").print(Long.toHexString(nd.u64(cp + 4))).print(" nonce ").hex(nd.u32(cp + 12));
            default -> {
                nd.print(" hmac 0x");
                for (int i = 0; i < 20; i++) {
                    nd.hex(nd.u8(cp + 4 + i), 2);
                }
            }
        }
        return true;
    }

    /** Data sequence signal: flags F, m, M, a, A say which fields follow. */
    private static boolean dss(Nd nd, int cp, int len, int flags) {
        if (len < 4 || (flags & SYN) != 0) {
            return false;
        }
        int dssFlags = nd.u8(cp + 3);
        if ((dssFlags & 0x10) != 0) {
            nd.print(" fin");
        }
        int at = cp + 4;
        int left = len - 4;
        if ((dssFlags & 0x01) != 0) {
            nd.print(" ack ");
            int size = (dssFlags & 0x02) != 0 ? 8 : 4;
            if (left < size) {
                return false;
            }
            number(nd, at, size);
            at += size;
            left -= size;
        }
        if ((dssFlags & 0x04) != 0) {
            nd.print(" seq ");
            int size = (dssFlags & 0x08) != 0 ? 8 : 4;
            if (left < size) {
                return false;
            }
            number(nd, at, size);
            at += size;
            left -= size;
            if (left < 4) {
                return false;
            }
            nd.print(" subseq ").print(nd.u32(at));
            at += 4;
            left -= 4;
            if (left < 2) {
                return false;
            }
            nd.print(" len ").print(nd.u16(at));
            at += 2;
            left -= 2;
            if (left >= 2) {
                nd.print(" csum ").hex(nd.u16(at));
                left -= 2;
            }
        }
        return left == 0;
    }

    private static void number(Nd nd, int at, int size) {
        if (size == 8) {
            nd.print(Long.toUnsignedString(nd.u64(at)));
        } else {
            nd.print(nd.u32(at));
        }
    }

    private static boolean addAddress(Nd nd, int cp, int len) {
        boolean v4 = len == 8 || len == 10 || len == 16 || len == 18;
        boolean v6 = len == 20 || len == 22 || len == 28 || len == 30;
        if (!v4 && !v6) {
            return false;
        }
        nd.print(' ').print(switch (nd.u8(cp + 2) & 0xf) {
            case 6 -> "v0-ip6";
            case 4 -> "v0-ip4";
            case 1 -> "v1-echo";
            case 0 -> "v1";
            default -> "[bad version/echo]";
        });
        nd.print(" id ").print(nd.u8(cp + 3));
        int address = cp + 4;
        int size = v4 ? 4 : 16;
        nd.print(' ');
        if (v4) {
            nd.ipaddr(address);
        } else {
            nd.ip6addr(address);
        }
        boolean port = len == 10 || len == 18 || len == 22 || len == 30;
        boolean mac = len == 16 || len == 18 || len == 28 || len == 30;
        if (port) {
            nd.print(':').print(nd.u16(address + size));
        }
        if (mac) {
            nd.print(" hmac 0x").print(Long.toHexString(nd.u64(address + size + (port ? 2 : 0))));
        }
        return true;
    }

    private static boolean removeAddress(Nd nd, int cp, int len) {
        if (len < 4) {
            return false;
        }
        nd.print(" id");
        for (int i = 3; i < len; i++) {
            nd.print(' ').print(nd.u8(cp + i));
        }
        return true;
    }

    private static boolean priority(Nd nd, int cp, int len) {
        if (len != 3 && len != 4) {
            return false;
        }
        nd.print((nd.u8(cp + 2) & 1) != 0 ? " backup" : " non-backup");
        if (len == 4) {
            nd.print(" id ").print(nd.u8(cp + 3));
        }
        return true;
    }

    /** MP_FAIL (the data sequence number) and MP_FASTCLOSE (the key): 8 bytes after 4. */
    private static boolean eight(Nd nd, int cp, int len, String label, boolean hex) {
        if (len != 12) {
            return false;
        }
        long v = nd.u64(cp + 4);
        nd.print(label).print(hex ? Long.toHexString(v) : Long.toUnsignedString(v));
        return true;
    }
}
