package org.wirebench.tcpdump.internal;

/** Questions and resource records of a DNS message (ns_qprint, ns_rprint); offsets as in {@link DnsName}. */
final class DnsRecord {
    static final int T_OPT = 41;

    private static final int T_A = 1;
    private static final int T_NS = 2;
    private static final int T_CNAME = 5;
    private static final int T_SOA = 6;
    private static final int T_PTR = 12;
    private static final int T_MX = 15;
    private static final int T_TXT = 16;
    private static final int T_AAAA = 28;
    private static final int T_SRV = 33;
    private static final int T_A6 = 38;
    private static final int T_DNAME = 39;
    private static final int T_UNSPECA = 104;
    private static final int T_TSIG = 250;
    private static final int T_URI = 256;
    private static final int C_IN = 1;
    /** The top class bit in mDNS: unicast response wanted (questions), cache flush (records). */
    private static final int C_MDNS_BIT = 0x8000;
    private static final String[] TSIG_TAIL = { " origid=", " error=", " otherlen=" };
    private static final long[] UNIT_SECONDS = { 31536000, 604800, 86400, 3600, 60, 1 };
    private static final char[] UNIT_NAMES = { 'y', 'w', 'd', 'h', 'm', 's' };
    /** Types 1 to 48 by number (none is unnamed). */
    private static final String[] LOW_TYPES = { null, "A", "NS", "MD", "MF", "CNAME", "SOA", "MB", "MG", "MR", "NULL",
        "WKS", "PTR", "HINFO", "MINFO", "MX", "TXT", "RP", "AFSDB", "X25", "ISDN", "RT", "NSAP", "NSAP_PTR", "SIG",
        "KEY", "PX", "GPOS", "AAAA", "LOC", "NXT", "EID", "NIMLOC", "SRV", "ATMA", "NAPTR", "KX", "CERT", "A6",
        "DNAME", "SINK", "OPT", "APL", "DS", "SSHFP", "IPSECKEY", "RRSIG", "NSEC", "DNSKEY" };

    private DnsRecord() {
    }

    /** A question: ` A? name.`; returns the offset after it or {@link DnsName#NONE}. */
    static int question(Nd nd, int cp, int bp, boolean mdns) {
        int name = cp;
        cp = DnsName.skip(nd, cp);
        if (cp == DnsName.NONE || !nd.has(cp, 4)) {
            return DnsName.NONE;
        }
        nd.print(' ');
        type(nd, nd.u16(cp));
        int qclass = nd.u16(cp + 2);
        int bare = mdns ? qclass & ~C_MDNS_BIT : qclass;
        if (bare != C_IN) {
            nd.print(' ');
            dnsClass(nd, bare);
        }
        if (mdns) {
            nd.print((qclass & C_MDNS_BIT) != 0 ? " (QU)" : " (QM)");
        }
        nd.print("? ");
        int end = DnsName.print(nd, name, bp);
        return end == DnsName.NONE ? DnsName.NONE : end + 4;
    }

    /**
     * A resource record: its owner name with -v, its TTL with -vvv, its type and the data of the types
     * tcpdump decodes. Returns the offset after it by its length field, `nd.snapend` when its fixed part was
     * not captured, or {@link DnsName#NONE}.
     */
    static int record(Nd nd, int cp, int bp, boolean mdns) {
        if (nd.vflag > 0) {
            nd.print(' ');
            cp = DnsName.print(nd, cp, bp);
            if (cp == DnsName.NONE) {
                return DnsName.NONE;
            }
        } else {
            cp = DnsName.skip(nd, cp);
        }
        if (cp == DnsName.NONE || !nd.has(cp, 10)) {
            return nd.snapend;
        }
        int type = nd.u16(cp);
        int rclass = nd.u16(cp + 2);
        int bare = mdns ? rclass & ~C_MDNS_BIT : rclass;
        cp += 4;
        if (bare != C_IN && type != T_OPT) {
            nd.print(' ');
            dnsClass(nd, bare);
        }
        if (mdns && (rclass & C_MDNS_BIT) != 0) {
            nd.print(" (Cache flush)");
        }
        int optFlags = 0;
        if (type == T_OPT) {
            // the TTL of OPT holds the extended rcode, the version and the flags
            optFlags = nd.u16(cp + 2);
        } else if (nd.vflag > 2) {
            nd.print(" [");
            relativeTime(nd, nd.u32(cp));
            nd.print(']');
        }
        cp += 4;
        int len = nd.u16(cp);
        cp += 2;
        int rp = cp + len;
        nd.print(' ');
        type(nd, type);
        if (rp > nd.snapend) {
            return DnsName.NONE;
        }
        boolean ok = switch (type) {
            case T_A -> address(nd, cp, 4);
            case T_NS, T_CNAME, T_PTR, T_DNAME -> DnsName.print(nd.print(' '), cp, bp) != DnsName.NONE;
            case T_SOA -> soa(nd, cp, bp);
            case T_MX -> mx(nd, cp, bp);
            case T_TXT -> text(nd, cp, rp);
            case T_SRV -> srv(nd, cp, bp);
            case T_AAAA -> address(nd, cp, 16);
            case T_A6 -> a6(nd, cp, bp);
            case T_URI -> uri(nd, cp, len);
            case T_OPT -> opt(nd, cp, rp, bare, optFlags);
            case T_UNSPECA -> nd.has(cp, len) && !DnsName.printn(nd, cp, len);
            case T_TSIG -> tsig(nd, cp, bp, len);
            default -> true;
        };
        return ok ? rp : DnsName.NONE;
    }

    /** An IPv4 (4 bytes) or IPv6 (16 bytes) address. */
    private static boolean address(Nd nd, int cp, int size) {
        if (!nd.has(cp, size)) {
            return false;
        }
        nd.print(' ');
        if (size == 4) {
            nd.ipaddr(cp);
        } else {
            nd.ip6addr(cp);
        }
        return true;
    }

    /** ` exchange preference`. */
    private static boolean mx(Nd nd, int cp, int bp) {
        nd.print(' ');
        if (!nd.has(cp, 2) || DnsName.print(nd, cp + 2, bp) == DnsName.NONE) {
            return false;
        }
        nd.print(' ').print(nd.u16(cp));
        return true;
    }

    private static boolean soa(Nd nd, int cp, int bp) {
        if (nd.vflag == 0) {
            return true;
        }
        nd.print(' ');
        cp = DnsName.print(nd, cp, bp);
        if (cp == DnsName.NONE) {
            return false;
        }
        nd.print(' ');
        cp = DnsName.print(nd, cp, bp);
        if (cp == DnsName.NONE || !nd.has(cp, 20)) {
            return false;
        }
        // serial, refresh, retry, expire, minimum
        for (int i = 0; i < 5; i++) {
            nd.print(' ').print(nd.u32(cp + 4 * i));
        }
        return true;
    }

    /** Each character-string in double quotes. */
    private static boolean text(Nd nd, int cp, int rp) {
        while (cp < rp) {
            nd.print(" \"");
            if (!nd.has(cp, 1)) {
                return false;
            }
            int count = nd.u8(cp);
            if (DnsName.printn(nd, cp + 1, count)) {
                return false;
            }
            cp += 1 + count;
            nd.print('"');
        }
        return true;
    }

    /** ` target:port priority weight`. */
    private static boolean srv(Nd nd, int cp, int bp) {
        nd.print(' ');
        if (!nd.has(cp, 6) || DnsName.print(nd, cp + 6, bp) == DnsName.NONE) {
            return false;
        }
        nd.print(':').print(nd.u16(cp + 4)).print(' ').print(nd.u16(cp)).print(' ').print(nd.u16(cp + 2));
        return true;
    }

    /** RFC 2874: a prefix length, the address suffix and the prefix name. */
    private static boolean a6(Nd nd, int cp, int bp) {
        if (!nd.has(cp, 1)) {
            return false;
        }
        int pbit = nd.u8(cp);
        int pbyte = (pbit & ~7) / 8;
        if (pbit > 128) {
            nd.print(' ').print(pbit).print("(bad plen)");
            return true;
        }
        if (pbit < 128) {
            nd.check(cp + 1, 16 - pbyte);
            byte[] address = new byte[16];
            System.arraycopy(nd.p, cp + 1, address, pbyte, 16 - pbyte);
            nd.print(' ').print(pbit).print(' ');
            Addresses.ip6(address, 0, nd.out);
        }
        if (pbit > 0) {
            nd.print(' ');
            return DnsName.print(nd, cp + 1 + 16 - pbyte, bp) != DnsName.NONE;
        }
        return true;
    }

    /** RFC 7553: priority, weight and the target text. */
    private static boolean uri(Nd nd, int cp, int len) {
        if (!nd.has(cp, len)) {
            return false;
        }
        nd.print(' ').print(nd.u16(cp)).print(' ').print(nd.u16(cp + 2)).print(' ');
        // a length under 4 wraps round in tcpdump's unsigned arithmetic: everything captured is printed
        return !DnsName.printn(nd, cp + 4, (len - 4) & 0xffffffffL);
    }

    /** The EDNS pseudo-record: the UDP payload size its class holds, DO, and its options in brackets. */
    private static boolean opt(Nd nd, int cp, int rp, int udpSize, int flags) {
        nd.print(" UDPsize=").print(udpSize);
        if ((flags & 0x8000) != 0) {
            nd.print(" DO");
        }
        if (cp < rp) {
            nd.print(" [");
            while (cp < rp) {
                cp = Edns.option(nd, cp);
                if (cp == DnsName.NONE) {
                    return false;
                }
                if (cp < rp) {
                    nd.print(',');
                }
            }
            nd.print(']');
        }
        return true;
    }

    /** RFC 8945, with -v: algorithm name, fudge, MAC length, original id, error and other length. */
    private static boolean tsig(Nd nd, int cp, int bp, int len) {
        if (cp + len > nd.snapend) {
            return false;
        }
        if (nd.vflag == 0) {
            return true;
        }
        nd.print(' ');
        cp = DnsName.print(nd, cp, bp);
        if (cp == DnsName.NONE) {
            return false;
        }
        cp += 6; // time signed
        if (!nd.has(cp, 2)) {
            return false;
        }
        nd.print(" fudge=").print(nd.u16(cp));
        cp += 2;
        if (!nd.has(cp, 2)) {
            return false;
        }
        nd.print(" maclen=").print(nd.u16(cp));
        cp += 2 + nd.u16(cp);
        for (String label : TSIG_TAIL) {
            if (!nd.has(cp, 2)) {
                return false;
            }
            nd.print(label).print(nd.u16(cp));
            cp += 2;
        }
        return true;
    }

    /** unsigned_relts_print: `1d2h3m4s` style, `0s` for zero. */
    static void relativeTime(Nd nd, long secs) {
        if (secs == 0) {
            nd.print("0s");
            return;
        }
        for (int i = 0; i < UNIT_SECONDS.length && secs > 0; i++) {
            long unit = UNIT_SECONDS[i];
            if (secs >= unit) {
                nd.print(secs / unit).print(UNIT_NAMES[i]);
                secs %= unit;
            }
        }
    }

    /** ns_type2str, `Type%u` for the rest. */
    static void type(Nd nd, int type) {
        String name = typeName(type);
        if (name != null) {
            nd.print(name);
        } else {
            nd.print("Type").print(type);
        }
    }

    private static String typeName(int type) {
        if (type >= 1 && type < LOW_TYPES.length) {
            return LOW_TYPES[type];
        }
        return switch (type) {
            case 99 -> "SPF";
            case 100 -> "UINFO";
            case 101 -> "UID";
            case 102 -> "GID";
            case 103 -> "UNSPEC";
            case 104 -> "UNSPECA";
            case 249 -> "TKEY";
            case 250 -> "TSIG";
            case 251 -> "IXFR";
            case 252 -> "AXFR";
            case 253 -> "MAILB";
            case 254 -> "MAILA";
            case 255 -> "ANY";
            case 256 -> "URI";
            default -> null;
        };
    }

    /** ns_class2str, `(Class %u)` for the rest. */
    private static void dnsClass(Nd nd, int dnsClass) {
        switch (dnsClass) {
            case 1 -> nd.print("IN");
            case 3 -> nd.print("CHAOS");
            case 4 -> nd.print("HS");
            case 255 -> nd.print("ANY");
            default -> nd.print("(Class ").print(dnsClass).print(')');
        }
    }
}
