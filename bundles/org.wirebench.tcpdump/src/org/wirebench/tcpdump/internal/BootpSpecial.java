package org.wirebench.tcpdump.internal;

/** The DHCP options whose values have a structure of their own (the `$` entries of tcpdump's tag table). */
final class BootpSpecial {
    private static final int NETBIOS_NODE = 46;
    private static final int OPTION_OVERLOAD = 52;
    private static final int CLIENT_ID = 61;
    private static final int USER_CLASS = 77;
    private static final int CLIENT_FQDN = 81;
    private static final int AGENT_INFORMATION = 82;
    private static final int CLASSLESS_STATIC_ROUTE = 121;
    private static final int CLASSLESS_STATIC_ROUTE_MS = 249;

    private BootpSpecial() {
    }

    /** Prints the value of `len` bytes at `bp`; returns how many bytes were left over. */
    static int print(Nd nd, int tag, int bp, int len) {
        return switch (tag) {
            case NETBIOS_NODE, OPTION_OVERLOAD -> code(nd, tag, bp, len);
            case CLIENT_FQDN -> fqdn(nd, bp, len);
            case CLIENT_ID -> clientId(nd, bp, len);
            case AGENT_INFORMATION -> agent(nd, bp, len);
            case CLASSLESS_STATIC_ROUTE, CLASSLESS_STATIC_ROUTE_MS -> routes(nd, bp, len);
            case USER_CLASS -> userClass(nd, bp, len);
            default -> {
                nd.print("[unknown special tag ").print(tag).print(", size ").print(len).print(']');
                yield 0;
            }
        };
    }

    /** A one-byte code: the NetBIOS node type or which fixed fields carry options. */
    private static int code(Nd nd, int tag, int bp, int len) {
        if (len < 1) {
            nd.print("[ERROR: length < 1 bytes]");
            return 0;
        }
        int value = nd.u8(bp);
        String name = tag == NETBIOS_NODE ? switch (value) {
            case 1 -> "b-node";
            case 2 -> "p-node";
            case 4 -> "m-node";
            case 8 -> "h-node";
            default -> null;
        } : switch (value) {
            case 1 -> "file";
            case 2 -> "sname";
            case 3 -> "file+sname";
            default -> null;
        };
        if (name == null) {
            nd.print('#').print(value);
        } else {
            nd.print(name);
        }
        return len - 1;
    }

    /** RFC 4702: flags, the two obsolete RCODEs, the name. */
    private static int fqdn(Nd nd, int bp, int len) {
        if (len < 3) {
            nd.print("[ERROR: length < 3 bytes]");
            return 0;
        }
        int flags = nd.u8(bp);
        if ((flags & 0xf0) != 0) {
            nd.print("[ERROR: MBZ nibble 0x").print(Integer.toHexString(flags >> 4)).print(" != 0] ");
        }
        if ((flags & 0x0f) != 0) {
            nd.print('[');
            if ((flags & 1) != 0) {
                nd.print('S');
            }
            if ((flags & 2) != 0) {
                nd.print('O');
            }
            if ((flags & 4) != 0) {
                nd.print('E');
            }
            if ((flags & 8) != 0) {
                nd.print('N');
            }
            nd.print("] ");
        }
        int rcode1 = nd.u8(bp + 1);
        int rcode2 = nd.u8(bp + 2);
        if (rcode1 != 0 || rcode2 != 0) {
            nd.print(rcode1).print('/').print(rcode2).print(' ');
        }
        nd.print('"');
        AppText.printjn(nd, bp + 3, len - 3);
        nd.print('"');
        return 0;
    }

    /** A hardware type and address, or text for type 0. */
    private static int clientId(Nd nd, int bp, int len) {
        if (len < 1) {
            nd.print("[ERROR: length < 1 bytes]");
            return 0;
        }
        int type = nd.u8(bp);
        if (type == 0) {
            nd.print('"');
            AppText.printjn(nd, bp + 1, len - 1);
            nd.print('"');
            return 0;
        }
        String name = switch (type) {
            case 0x1 -> "ether";
            case 0x6 -> "ieee802";
            case 0x7 -> "arcnet";
            case 0xf -> "frelay";
            case 0x17 -> "strip";
            case 0x18 -> "ieee1394";
            default -> null;
        };
        if (name == null) {
            nd.print("hardware-type ").print(type).print(',');
        } else {
            nd.print(name);
        }
        nd.print(' ');
        for (int i = 1; i < len; i++) {
            if (i > 1) {
                nd.print(':');
            }
            nd.hex(nd.u8(bp + i), 2);
        }
        return 0;
    }

    /** RFC 3046 relay agent information: sub-options, text for the ids. */
    private static int agent(Nd nd, int bp, int len) {
        while (len >= 2) {
            int subopt = nd.u8(bp);
            int sublen = nd.u8(bp + 1);
            bp += 2;
            len -= 2;
            String name = switch (subopt) {
                case 1 -> "Circuit-ID";
                case 2 -> "Remote-ID";
                case 6 -> "Subscriber-ID";
                default -> "Unknown";
            };
            nd.print("\n\t      ").print(name).print(" SubOption ").print(subopt).print(", length ").print(sublen);
            if (sublen > len) {
                nd.print(": length goes past end of option");
                return 0;
            }
            nd.print(": ");
            if (subopt == 1 || subopt == 2 || subopt == 6) {
                AppText.printjn(nd, bp, sublen);
            } else {
                HexDump.hex(nd, "\n\t\t", bp, Math.min(sublen, nd.snapend - bp));
            }
            bp += sublen;
            len -= sublen;
        }
        return len;
    }

    /** RFC 3442: (destination/width:router) for each route, `default` for width 0. */
    private static int routes(Nd nd, int bp, int len) {
        if (len < 5) {
            nd.print("[ERROR: length < 5 bytes]");
            return 0;
        }
        boolean first = true;
        while (len > 0) {
            if (!first) {
                nd.print(',');
            }
            first = false;
            int width = nd.u8(bp++);
            len--;
            if (width > 32) {
                nd.print("[ERROR: Mask width (").print(width).print(") > 32]");
                return 0;
            }
            int significant = (width + 7) / 8;
            if (len < significant + 4) {
                nd.print("[ERROR: Remaining length (").print(len).print(") < ").print(significant + 4).print(" bytes]");
                return 0;
            }
            nd.print('(');
            if (width == 0) {
                nd.print("default");
            } else {
                for (int i = 0; i < 4; i++) {
                    if (i > 0) {
                        nd.print('.');
                    }
                    nd.print(i < significant ? nd.u8(bp + i) : 0);
                }
                nd.print('/').print(width);
            }
            bp += significant;
            nd.print(':').ipaddr(bp).print(')');
            bp += 4;
            len -= significant + 4;
        }
        return 0;
    }

    /** RFC 3004: length-prefixed class names. */
    private static int userClass(Nd nd, int bp, int len) {
        if (len < 2) {
            nd.print("[ERROR: length < 2 bytes]");
            return 0;
        }
        for (int instance = 1; len > 0; instance++) {
            int sublen = nd.u8(bp++);
            len--;
            nd.print("\n\t      instance#").print(instance).print(": ");
            if (sublen == 0) {
                nd.print("[ERROR: suboption length must be non-zero]");
                return 0;
            }
            if (len < sublen) {
                nd.print("[ERROR: invalid option]");
                return 0;
            }
            nd.print('"');
            AppText.printjn(nd, bp, sublen);
            nd.print("\", length ").print(sublen);
            bp += sublen;
            len -= sublen;
        }
        return 0;
    }
}
