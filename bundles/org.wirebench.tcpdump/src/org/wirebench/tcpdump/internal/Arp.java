package org.wirebench.tcpdump.internal;

/** print-arp.c: ARP and RARP (RFC 826), Frame Relay ARP and ATM ARP (RFC 2225). */
final class Arp {
    private static final int HDRLEN = 8;
    private static final int REQUEST = 1;
    private static final int REPLY = 2;
    private static final int REVREQUEST = 3;
    private static final int REVREPLY = 4;
    private static final int INVREQUEST = 8;
    private static final int INVREPLY = 9;
    private static final int NAK = 10;
    private static final int HRD_FRELAY = 15;
    private static final int HRD_ATM = 19;

    private Arp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "arp";
        nd.check(off, HDRLEN);
        int hrd = nd.u16(off);
        int pro = nd.u16(off + 2);
        int op = nd.u16(off + 6);
        if (hrd == HRD_ATM) {
            Atm.print(nd, off, length, hrd, pro, op);
            return;
        }
        int hln = nd.u8(off + 4);
        int pln = nd.u8(off + 5);
        int sha = off + HDRLEN;
        int spa = sha + hln;
        int tha = spa + pln;
        int tpa = tha + hln;
        nd.check(tpa, pln);
        if (!nd.eflag) {
            nd.print("ARP, ");
        }
        boolean ip = pro == 0x0800 || pro == 0x1000;
        if (!ip || pln != 4 || hln == 0 || nd.vflag > 0) {
            hardware(nd, hrd);
            nd.print(" (len ").print(hln).print("), ");
            protocol(nd, pro);
            nd.print(" (len ").print(pln).print(')');
            // tcpdump only reads the addresses of IPv4 over a known link with -v
            if (nd.vflag == 0) {
                nd.print(", length ").print(length);
                return;
            }
        }
        nd.print(nd.vflag > 0 ? ", " : "");
        operation(nd, op);
        nd.print(' ');
        boolean frameRelay = hrd == HRD_FRELAY;
        switch (op) {
            case REQUEST -> {
                nd.print("who-has ");
                ipAddress(nd, tpa, pro, pln);
                if (nonzero(nd, tha, hln)) {
                    nd.print(" (");
                    linkAddress(nd, tha, hln, frameRelay);
                    nd.print(')');
                }
                nd.print(" tell ");
                ipAddress(nd, spa, pro, pln);
            }
            case REPLY -> {
                ipAddress(nd, spa, pro, pln);
                nd.print(" is-at ");
                linkAddress(nd, sha, hln, frameRelay);
            }
            case REVREQUEST, INVREQUEST -> {
                nd.print("who-is ");
                linkAddress(nd, tha, hln, frameRelay);
                nd.print(" tell ");
                linkAddress(nd, sha, hln, frameRelay);
            }
            case REVREPLY -> {
                linkAddress(nd, tha, hln, frameRelay);
                nd.print(" at ");
                ipAddress(nd, tpa, pro, pln);
            }
            case INVREPLY -> {
                linkAddress(nd, sha, hln, frameRelay);
                nd.print(" at ");
                ipAddress(nd, spa, pro, pln);
            }
            default -> {
                HexDump.unknown(nd, off, nd.snapend - off);
                return;
            }
        }
        nd.print(", length ").print(length);
    }

    static void hardware(Nd nd, int hrd) {
        String name = switch (hrd) {
            case 1 -> "Ethernet";
            case 6 -> "TokenRing";
            case 7 -> "ArcNet";
            case HRD_FRELAY -> "FrameRelay";
            case 23 -> "Strip";
            case 24 -> "IEEE 1394";
            case HRD_ATM -> "ATM";
            case 32 -> "InfiniBand";
            default -> null;
        };
        if (name == null) {
            nd.print("Unknown Hardware (").print(hrd).print(')');
        } else {
            nd.print(name);
        }
    }

    static void protocol(Nd nd, int pro) {
        String name = Ether.name(pro, null);
        if (name == null) {
            nd.print("Unknown Protocol (0x").hex(pro, 4).print(')');
        } else {
            nd.print(name);
        }
    }

    static void operation(Nd nd, int op) {
        String name = switch (op) {
            case REQUEST -> "Request";
            case REPLY -> "Reply";
            case REVREQUEST -> "Reverse Request";
            case REVREPLY -> "Reverse Reply";
            case INVREQUEST -> "Inverse Request";
            case INVREPLY -> "Inverse Reply";
            case NAK -> "NACK Reply";
            default -> null;
        };
        if (name == null) {
            nd.print("Unknown (").print(op).print(')');
        } else {
            nd.print(name);
        }
    }

    /** A protocol address, which tcpdump shows only for IPv4 (or trailer encapsulation) of 4 bytes. */
    private static void ipAddress(Nd nd, int off, int pro, int pln) {
        if (pro != 0x0800 && pro != 0x1000) {
            nd.print("<wrong proto type>");
        } else if (pln != 4) {
            nd.print("<wrong len>");
        } else {
            nd.ipaddr(off);
        }
    }

    private static boolean nonzero(Nd nd, int off, int length) {
        for (int i = 0; i < length; i++) {
            if (nd.u8(off + i) != 0) {
                return true;
            }
        }
        return false;
    }

    /** linkaddr_string: a MAC address, a Frame Relay DLCI, or any length of colon-separated bytes. */
    static void linkAddress(Nd nd, int off, int length, boolean frameRelay) {
        nd.check(off, length);
        if (length == 0) {
            nd.print("<empty>");
        } else if (frameRelay) {
            // q922_string: only the 2-byte address form carries a DLCI tcpdump reads here
            if (length == 2 && (nd.u8(off) & 1) == 0 && (nd.u8(off + 1) & 1) != 0) {
                nd.print("DLCI ").print((nd.u8(off) & 0xfc) << 2 | (nd.u8(off + 1) & 0xf0) >> 4);
            }
        } else if (length == 6) {
            nd.etheraddr(off);
        } else {
            Addresses.mac(nd.p, off, length, nd.out);
        }
    }

    /** atmarp_print: ATM numbers and subaddresses in place of hardware addresses. */
    private static final class Atm {
        private Atm() {
        }

        static void print(Nd nd, int off, int length, int hrd, int pro, int op) {
            nd.check(off, 12);
            int shl = nd.u8(off + 4) & 0x3f;
            int ssl = nd.u8(off + 5) & 0x3f;
            int spl = nd.u8(off + 8);
            int thl = nd.u8(off + 9) & 0x3f;
            int tsl = nd.u8(off + 10) & 0x3f;
            int tpl = nd.u8(off + 11);
            int sha = off + 12;
            int ssa = sha + shl;
            int spa = ssa + ssl;
            int tha = spa + spl;
            int tsa = tha + thl;
            int tpa = tsa + tsl;
            nd.check(tpa, tpl);
            if (!nd.eflag) {
                nd.print("ARP, ");
            }
            boolean ip = pro == 0x0800 || pro == 0x1000;
            if (!ip || spl != 4 || tpl != 4 || nd.vflag > 0) {
                hardware(nd, hrd);
                nd.print(", ");
                protocol(nd, pro);
                nd.print(" (len ").print(spl).print('/').print(tpl).print(')');
                if (nd.vflag == 0) {
                    nd.print(", length ").print(length);
                    return;
                }
            }
            nd.print(nd.vflag > 0 ? ", " : "");
            operation(nd, op);
            nd.print(' ');
            switch (op) {
                case REQUEST -> {
                    nd.print("who-has ");
                    ipAddress(nd, tpa, pro, tpl, "<wrong tplen>");
                    if (thl != 0) {
                        nd.print(" (");
                        address(nd, tha, thl, tsa, tsl);
                        nd.print(')');
                    }
                    nd.print(" tell ");
                    ipAddress(nd, spa, pro, spl, "<wrong splen>");
                }
                case REPLY -> {
                    ipAddress(nd, spa, pro, spl, "<wrong splen>");
                    nd.print(" is-at ");
                    address(nd, sha, shl, ssa, ssl);
                }
                case INVREQUEST -> {
                    nd.print("who-is ");
                    address(nd, tha, thl, tsa, tsl);
                    nd.print(" tell ");
                    address(nd, sha, shl, ssa, ssl);
                }
                case INVREPLY -> {
                    address(nd, sha, shl, ssa, ssl);
                    nd.print("at ");
                    ipAddress(nd, spa, pro, spl, "<wrong splen>");
                }
                case NAK -> {
                    nd.print("for ");
                    ipAddress(nd, spa, pro, spl, "<wrong splen>");
                }
                default -> {
                    HexDump.unknown(nd, off, nd.snapend - off);
                    return;
                }
            }
            nd.print(", length ").print(length);
        }

        private static void ipAddress(Nd nd, int off, int pro, int pln, String wrongLength) {
            if (pro != 0x0800 && pro != 0x1000) {
                nd.print("<wrong proto type>");
            } else if (pln != 4) {
                nd.print(wrongLength);
            } else {
                nd.ipaddr(off);
            }
        }

        private static void address(Nd nd, int number, int numberLength, int sub, int subLength) {
            if (numberLength == 0) {
                nd.print("<No address>");
                return;
            }
            linkAddress(nd, number, numberLength, false);
            if (subLength != 0) {
                nd.print(',');
                linkAddress(nd, sub, subLength, false);
            }
        }
    }
}
