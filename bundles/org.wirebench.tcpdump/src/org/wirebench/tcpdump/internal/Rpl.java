package org.wirebench.tcpdump.internal;

/** RPL control messages carried in ICMPv6 type 155 (RFC 6550). */
final class Rpl {
    private static final int DIO_LENGTH = 24;
    private static final int DAGID_LENGTH = 16;

    private Rpl() {
    }

    /** `bp` is the message body after type, code and checksum; `length` counts from there. */
    static void print(Nd nd, int code, int bp, int length) {
        if ((code & 0x80) != 0) {
            nd.print(", (SEC) [worktodo]");
            return;
        }
        nd.print(", (CLR)");
        switch (code & 0x7f) {
            case 0 -> nd.print("DODAG Information Solicitation");
            case 1 -> {
                nd.print("DODAG Information Object");
                if (nd.vflag > 0) {
                    dio(nd, bp, length);
                }
            }
            case 2 -> {
                nd.print("Destination Advertisement Object");
                if (nd.vflag > 0) {
                    dao(nd, bp, length);
                }
            }
            case 3 -> {
                nd.print("Destination Advertisement Object Ack");
                if (nd.vflag > 0) {
                    daoAck(nd, bp, length);
                }
            }
            default -> nd.print("RPL message, unknown code ").print(code);
        }
    }

    private static void dio(Nd nd, int bp, int length) {
        if (length < DIO_LENGTH) {
            nd.print(" [length ").print(length).print(" < ").print(DIO_LENGTH).print(']');
            nd.invalid();
            return;
        }
        nd.check(bp, DIO_LENGTH);
        int mopprf = nd.u8(bp + 4);
        nd.print(" [dagid:").ip6addr(bp + 8);
        nd.print(",seq:").print(nd.u8(bp + 5));
        nd.print(",instance:").print(nd.u8(bp));
        nd.print(",rank:").print(nd.u16(bp + 2)).print(',');
        if ((mopprf & 0x80) != 0) {
            nd.print("grounded,");
        }
        nd.print("mop:");
        int mop = (mopprf & 0x38) >> 3;
        switch (mop) {
            case 0 -> nd.print("nonstoring");
            case 1 -> nd.print("storing");
            case 2 -> nd.print("nonstoring-multicast");
            case 3 -> nd.print("storing-multicast");
            default -> nd.print("mop").print(mop);
        }
        nd.print(",prf:").print(mopprf & 0x07).print(']');
        if (nd.vflag > 1) {
            options(nd, bp + DIO_LENGTH, length - DIO_LENGTH);
        }
    }

    /** The DAO header is checked whole, DODAG id included, before its flags say whether there is one. */
    private static void dao(Nd nd, int bp, int length) {
        nd.check(bp, 4 + DAGID_LENGTH);
        if (length < 4) {
            tooShort(nd);
            return;
        }
        int flags = nd.u8(bp + 1);
        boolean dagid = (flags & 0x40) != 0;
        int body = body(nd, bp, length, dagid);
        if (body < 0) {
            return;
        }
        dagid(nd, bp, dagid);
        nd.print(",seq:").print(nd.u8(bp + 3)).print(",instance:").print(nd.u8(bp));
        if ((flags & 0x80) != 0) {
            nd.print(",acK");
        }
        if (dagid) {
            nd.print(",Dagid");
        }
        nd.print(',').hex(flags, 2).print(']');
        if (nd.vflag > 1) {
            options(nd, body, length - (body - bp));
        }
    }

    private static void daoAck(Nd nd, int bp, int length) {
        nd.check(bp, 4);
        if (length < 4) {
            tooShort(nd);
            return;
        }
        boolean dagid = (nd.u8(bp + 1) & 0x80) != 0;
        int body = body(nd, bp, length, dagid);
        if (body < 0) {
            return;
        }
        dagid(nd, bp, dagid);
        nd.print(",seq:").print(nd.u8(bp + 2)).print(",instance:").print(nd.u8(bp)).print(",status:")
                .print(nd.u8(bp + 3)).print(']');
        if (nd.vflag > 1) {
            options(nd, body, length - (body - bp));
        }
    }

    /** Where the options start after the 4 fixed bytes and the optional DODAG id; -1 when it is too short. */
    private static int body(Nd nd, int bp, int length, boolean dagid) {
        if (!dagid) {
            return bp + 4;
        }
        nd.check(bp + 4, DAGID_LENGTH);
        if (length - 4 < DAGID_LENGTH) {
            tooShort(nd);
            return -1;
        }
        return bp + 4 + DAGID_LENGTH;
    }

    private static void dagid(Nd nd, int bp, boolean present) {
        nd.print(" [dagid:");
        if (present) {
            nd.ip6addr(bp + 4);
        } else {
            nd.print("<elided>");
        }
    }

    private static void tooShort(Nd nd) {
        nd.print(" [|length too short]");
    }

    private static void options(Nd nd, int opts, int length) {
        while (length > 0) {
            int type = nd.u8(opts);
            int optlen;
            if (type == 0) {
                optlen = 1;
                nd.print(" opt:pad1");
            } else {
                if (length < 2) {
                    nd.trunc();
                    return;
                }
                optlen = nd.u8(opts + 1) + 2;
                nd.print(" opt:").print(optionName(type)).print(" len:").print(optlen).print(' ');
                nd.check(opts, optlen);
                if (length < optlen) {
                    nd.trunc();
                    return;
                }
                if (nd.vflag > 2) {
                    HexDump.hex(nd, " ", opts + 2, optlen - 2);
                }
            }
            opts += optlen;
            length -= optlen;
        }
    }

    private static String optionName(int type) {
        return switch (type) {
            case 1 -> "padN";
            case 2 -> "metrics";
            case 3 -> "routinginfo";
            case 4 -> "config";
            case 5 -> "rpltarget";
            case 6 -> "transitinfo";
            case 8 -> "destprefix";
            case 9 -> "rpltargetdesc";
            default -> "subopt:" + type;
        };
    }
}
