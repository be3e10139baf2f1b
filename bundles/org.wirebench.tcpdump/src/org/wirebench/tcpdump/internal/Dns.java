package org.wirebench.tcpdump.internal;

/**
 * print-domain.c: a DNS message as `id flags question (length)` for a query and `id flags an/ns/ar answers
 * (length)` for a response; -v adds owner names, -vv the other sections, -vvv the TTLs.
 */
final class Dns {
    private static final int HEADER = 12;
    private static final int OPCODE_IQUERY = 1;

    private static final String[] OPCODES = { "", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
        " op8", " updateA", " updateD", " updateDA", " updateM", " updateMA", " zoneInit", " zoneRef" };
    /** The rcodes, 16 and up only with an OPT record's extended bits; tcpdump lacks the space before two. */
    private static final String[] RCODES = { "", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused",
        " YXDomain", " YXRRSet", " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14",
        " NoChange", " BadVers", "Resp17", " Resp18", " Resp19", " Resp20", "Resp21", " Resp22", " BadCookie" };

    private Dns() {
    }

    /** A message at `off` of `length` bytes; over TCP it starts with its two-byte length (RFC 1035 4.2.2). */
    static void print(Nd nd, int off, int length, boolean overTcp) {
        print(nd, off, length, overTcp, false);
    }

    /** As {@link #print(Nd, int, int, boolean)}; `mdns` reads the top class bit as mDNS's QU / cache-flush. */
    static void print(Nd nd, int off, int length, boolean overTcp, boolean mdns) {
        nd.protocol = "domain";
        int bp = off;
        if (overTcp) {
            if (length < 2) {
                nd.print(" [DNS over TCP: length ").print(length).print(" < 2]");
                nd.invalid();
                return;
            }
            length -= 2;
            int prefix = nd.u16(bp);
            if (prefix != length) {
                nd.print(" [prefix length(").print(prefix).print(") != length(").print(length).print(")]");
                nd.invalid();
                return;
            }
            bp += 2;
            nd.print(' ');
        }
        if (length < HEADER) {
            nd.print(nd.protocol).print(" [length ").print(length).print(" < 12]");
            nd.invalid();
            return;
        }
        nd.check(bp, HEADER);
        int flags = nd.u16(bp + 2);
        int qdcount = nd.u16(bp + 4);
        int ancount = nd.u16(bp + 6);
        int nscount = nd.u16(bp + 8);
        int arcount = nd.u16(bp + 10);
        boolean complete = (flags & 0x8000) != 0
                ? response(nd, bp, flags, qdcount, ancount, nscount, arcount, mdns)
                : query(nd, bp, flags, qdcount, ancount, nscount, arcount, mdns);
        if (complete) {
            nd.print(" (").print(length).print(')');
        } else {
            nd.trunc();
        }
    }

    private static boolean response(Nd nd, int bp, int flags, int qdcount, int ancount, int nscount, int arcount,
            boolean mdns) {
        nd.print(nd.u16(bp)).print(OPCODES[(flags >> 11) & 0xf]);
        int rcode = extendedRcode(nd, bp, flags & 0xf, qdcount, ancount, nscount, arcount);
        if (rcode < RCODES.length) {
            nd.print(RCODES[rcode]);
        } else {
            nd.print(" Resp").print(rcode & 0xfff);
        }
        if ((flags & 0x0400) != 0) {
            nd.print('*'); // authoritative
        }
        if ((flags & 0x0080) == 0) {
            nd.print('-'); // recursion not available
        }
        if ((flags & 0x0200) != 0) {
            nd.print('|'); // truncated
        }
        if ((flags & 0x0020) != 0) {
            nd.print('$'); // authentic data
        }
        if (qdcount != 1) {
            nd.print(" [").print(qdcount).print("q]");
        }
        int cp = bp + HEADER;
        for (int i = 0; i < qdcount; i++) {
            if (i != 0) {
                nd.print(',');
            }
            if (nd.vflag > 1) {
                nd.print(" q:");
                cp = DnsRecord.question(nd, cp, bp, mdns);
            } else {
                cp = DnsName.skip(nd, cp);
                if (cp != DnsName.NONE) {
                    cp += 4; // type and class
                }
            }
            if (cp == DnsName.NONE) {
                return false;
            }
        }
        nd.print(' ').print(ancount).print('/').print(nscount).print('/').print(arcount);
        if (ancount > 0) {
            cp = section(nd, cp, bp, ancount, null, mdns);
            if (cp == DnsName.NONE) {
                return false;
            }
        }
        return nd.vflag < 2 || otherSections(nd, cp, bp, nscount, arcount, mdns);
    }

    private static boolean query(Nd nd, int bp, int flags, int qdcount, int ancount, int nscount, int arcount,
            boolean mdns) {
        nd.print(nd.u16(bp)).print(OPCODES[(flags >> 11) & 0xf]);
        if ((flags & 0x0100) != 0) {
            nd.print('+'); // recursion desired
        }
        if ((flags & 0x0010) != 0) {
            nd.print('%'); // checking disabled
        }
        // bits a query should not have: AA, TC, RA, Z and the rcode
        if ((flags & 0x6cf) != 0) {
            nd.print(" [b2&3=").hex(flags).print(']');
        }
        if (((flags >> 11) & 0xf) == OPCODE_IQUERY) {
            if (qdcount != 0) {
                nd.print(" [").print(qdcount).print("q]");
            }
            if (ancount != 1) {
                nd.print(" [").print(ancount).print("a]");
            }
        } else {
            if (ancount != 0) {
                nd.print(" [").print(ancount).print("a]");
            }
            if (qdcount != 1) {
                nd.print(" [").print(qdcount).print("q]");
            }
        }
        if (nscount != 0) {
            nd.print(" [").print(nscount).print("n]");
        }
        if (arcount != 0) {
            nd.print(" [").print(arcount).print("au]");
        }
        int cp = bp + HEADER;
        int left = qdcount;
        while (left > 0 && (left == qdcount || cp < nd.snapend)) {
            cp = DnsRecord.question(nd, cp, bp, mdns);
            if (cp == DnsName.NONE) {
                return false;
            }
            left--;
        }
        if (left > 0) {
            return false;
        }
        if (nd.vflag < 2) {
            return true;
        }
        if (ancount > 0) {
            cp = section(nd, cp, bp, ancount, null, mdns);
            if (cp == DnsName.NONE) {
                return false;
            }
        }
        return otherSections(nd, cp, bp, nscount, arcount, mdns);
    }

    /** The authority (` ns:`) and additional (` ar:`) sections, shown from -vv on. */
    private static boolean otherSections(Nd nd, int cp, int bp, int nscount, int arcount, boolean mdns) {
        if (nscount > 0) {
            if (cp >= nd.snapend) {
                return false;
            }
            cp = section(nd, cp, bp, nscount, " ns:", mdns);
            if (cp == DnsName.NONE) {
                return false;
            }
        }
        if (arcount > 0) {
            if (cp >= nd.snapend) {
                return false;
            }
            cp = section(nd, cp, bp, arcount, " ar:", mdns);
        }
        return cp != DnsName.NONE;
    }

    /**
     * `count` records separated by commas after `title`, while captured bytes remain; returns the offset after
     * them or {@link DnsName#NONE} when one failed or some were left unprinted.
     */
    private static int section(Nd nd, int cp, int bp, int count, String title, boolean mdns) {
        if (title != null) {
            nd.print(title);
        }
        cp = DnsRecord.record(nd, cp, bp, mdns);
        if (cp == DnsName.NONE) {
            return DnsName.NONE;
        }
        count--;
        while (cp < nd.snapend && count > 0) {
            nd.print(',');
            cp = DnsRecord.record(nd, cp, bp, mdns);
            if (cp == DnsName.NONE) {
                return DnsName.NONE;
            }
            count--;
        }
        return count > 0 ? DnsName.NONE : cp;
    }

    /**
     * The rcode with the upper eight bits from an OPT record in the additional section, when the message can be
     * walked up to it; else the header's four bits.
     */
    private static int extendedRcode(Nd nd, int bp, int rcode, int qdcount, int ancount, int nscount, int arcount) {
        int end = nd.snapend;
        int cp = bp + HEADER;
        for (int i = 0; i < qdcount; i++) {
            cp = DnsName.skip(nd, cp);
            if (cp == DnsName.NONE) {
                return rcode;
            }
            cp += 4;
            if (cp >= end) {
                return rcode;
            }
        }
        for (int i = 0; i < ancount + nscount; i++) {
            cp = DnsName.skip(nd, cp);
            if (cp == DnsName.NONE) {
                return rcode;
            }
            cp += 8; // type, class and TTL
            if (cp + 2 > end) {
                return rcode;
            }
            cp += 2 + nd.u16(cp);
            if (cp >= end) {
                return rcode;
            }
        }
        for (int i = 0; i < arcount; i++) {
            cp = DnsName.skip(nd, cp);
            if (cp == DnsName.NONE || cp + 2 > end) {
                return rcode;
            }
            int type = nd.u16(cp);
            cp += 4;
            if (cp + 1 > end) {
                return rcode;
            }
            if (type == DnsRecord.T_OPT) {
                return rcode | nd.u8(cp) << 4;
            }
            cp += 4;
            if (cp + 2 > end) {
                return rcode;
            }
            cp += 2 + nd.u16(cp);
            if (cp >= end) {
                return rcode;
            }
        }
        return rcode;
    }
}
