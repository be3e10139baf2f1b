package org.wirebench.tcpdump.internal;

/** IPv4 options as print-ip.c shows them inside `options (...)`, and the source-routed final destination. */
final class IpOptions {
    private static final int EOL = 0;
    private static final int NOP = 1;
    private static final int RR = 7;
    private static final int TS = 68;
    private static final int TRACEROUTE = 82;
    private static final int SECURITY = 130;
    private static final int LSRR = 131;
    private static final int SSRR = 137;
    private static final int RA = 148;

    private IpOptions() {
    }

    /**
     * ip_optprint over `length` bytes at `off`; false when an option runs past the captured data (tcpdump then
     * adds ` [truncated-option]`). Reading an option's type or length past the capture throws {@link Truncated}.
     */
    static boolean print(Nd nd, int off, int length) {
        String sep = "";
        int optionLength;
        for (; length > 0; off += optionLength, length -= optionLength) {
            nd.print(sep);
            sep = ",";
            int code = nd.u8(off);
            printName(nd, code);
            if (code == NOP || code == EOL) {
                optionLength = 1;
            } else {
                optionLength = nd.u8(off + 1);
                if (optionLength < 2) {
                    nd.print(" [bad length ").print(optionLength).print(']');
                    return true;
                }
            }
            if (optionLength > length) {
                nd.print(" [bad length ").print(optionLength).print(']');
                return true;
            }
            if (!nd.has(off, optionLength)) {
                return false;
            }
            switch (code) {
                case EOL -> {
                    return true;
                }
                case TS -> {
                    if (!timestamps(nd, off, optionLength)) {
                        return false;
                    }
                }
                case RR, SSRR, LSRR -> {
                    if (!route(nd, off, optionLength)) {
                        return false;
                    }
                }
                case RA -> {
                    if (optionLength < 4) {
                        nd.print(" [bad length ").print(optionLength).print(']');
                    } else if (nd.u16(off + 2) != 0) {
                        nd.print(" value ").print(nd.u16(off + 2));
                    }
                }
                default -> {
                    // NOP, security and the rest: the name says it all
                }
            }
        }
        return true;
    }

    private static void printName(Nd nd, int code) {
        String name = switch (code) {
            case EOL -> "EOL";
            case NOP -> "NOP";
            case TS -> "timestamp";
            case SECURITY -> "security";
            case RR -> "RR";
            case SSRR -> "SSRR";
            case LSRR -> "LSRR";
            case RA -> "RA";
            case TRACEROUTE -> "traceroute";
            default -> null;
        };
        if (name == null) {
            nd.print("unknown ").print(code);
        } else {
            nd.print(name);
        }
    }

    /** ip_printroute: the addresses of a record-route or source-route option; a comma after those already visited. */
    private static boolean route(Nd nd, int off, int length) {
        if (length < 3) {
            nd.print(" [bad length ").print(length).print(']');
            return true;
        }
        if (((length + 1) & 3) != 0) {
            nd.print(" [bad length ").print(length).print(']');
        }
        // the pointer is unsigned in tcpdump: a zero byte makes it huge, never small
        long ptr = (nd.u8(off + 2) - 1) & 0xffffffffL;
        if (ptr < 3 || ((ptr + 1) & 3) != 0 || ptr > length + 1) {
            nd.print(" [bad ptr ").print(nd.u8(off + 2)).print(']');
        }
        for (int len = 3; len < length; len += 4) {
            if (!nd.has(off + len, 4)) {
                return false;
            }
            nd.print(' ').ipaddr(off + len);
            if (ptr > len) {
                nd.print(',');
            }
        }
        return true;
    }

    /** ip_printts: ` TS{TS+ADDR 1229070338@10.0.0.1 ^ ...}` with `^` where the pointer is. */
    private static boolean timestamps(Nd nd, int off, int length) {
        if (length < 4) {
            nd.print("[bad length ").print(length).print(']');
            return true;
        }
        nd.print(" TS{");
        int flags = nd.u8(off + 3);
        int hoplen = (flags & 0xf) != 0 ? 8 : 4;
        if (((length - 4) & (hoplen - 1)) != 0) {
            nd.print("[bad length ").print(length).print(']');
        }
        long ptr = (nd.u8(off + 2) - 1) & 0xffffffffL;
        int len = 0;
        if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) != 0 || ptr > length + 1) {
            nd.print("[bad ptr ").print(nd.u8(off + 2)).print(']');
        }
        boolean known = true;
        switch (flags & 0xf) {
            case 0 -> nd.print("TSONLY");
            case 1 -> nd.print("TS+ADDR");
            case 3 -> nd.print("PRESPEC");
            default -> {
                nd.print("[bad ts type ").print(flags & 0xf).print(']');
                known = false;
            }
        }
        if (known) {
            String type = " ";
            for (len = 4; len < length; len += hoplen) {
                if (ptr == len) {
                    type = " ^ ";
                }
                if (!nd.has(off + len, hoplen)) {
                    return false;
                }
                nd.print(type).print(nd.u32(off + len + hoplen - 4)).print('@');
                if (hoplen == 8) {
                    nd.ipaddr(off + len);
                }
                type = " ";
            }
        }
        if (ptr == len) {
            nd.print(" ^ ");
        }
        if (flags >> 4 != 0) {
            nd.print(" [").print(flags >> 4).print(" hops not recorded]} ");
        } else {
            nd.print('}');
        }
        return true;
    }

    /**
     * ip_finddst: the last address of a loose or strict source route, which the TCP and UDP pseudo headers use;
     * else the destination address. Returns the offset of the 4 address bytes.
     */
    static int finalDestination(Nd nd, int ipOff) {
        int dst = ipOff + 16;
        int length = (nd.u8(ipOff) & 0xf) * 4;
        if (length < 20) {
            return dst;
        }
        length -= 20;
        int off = ipOff + 20;
        int len;
        for (; length != 0; off += len, length -= len) {
            int type = nd.u8(off);
            if (type == EOL) {
                break;
            } else if (type == NOP) {
                len = 1;
            } else {
                len = nd.u8(off + 1);
                if (len < 2) {
                    break;
                }
            }
            if (length < len || !nd.has(off, len)) {
                return dst;
            }
            if ((type == SSRR || type == LSRR) && len >= 7) {
                return off + len - 4;
            }
        }
        return dst;
    }
}
