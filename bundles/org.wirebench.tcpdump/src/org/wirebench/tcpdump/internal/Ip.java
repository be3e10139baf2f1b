package org.wirebench.tcpdump.internal;

/** print-ip.c: IPv4. */
final class Ip {
    private static final int HDRLEN = 20;
    private static final int MF = 0x2000;
    private static final int DF = 0x4000;
    private static final int RSVD = 0x8000;
    private static final int OFFMASK = 0x1fff;

    private Ip() {
    }

    /** ip_print: the IPv4 packet of `length` bytes (by the enclosing layer) at `off`. */
    static void print(Nd nd, int off, int length) {
        nd.protocol = "ip";
        int version = nd.u8(off) >> 4;
        if (version != 4) {
            if (version == 6) {
                nd.print("IP6, wrong link-layer encapsulation");
            } else {
                nd.print("IP").print(version);
            }
            nd.invalid();
            return;
        }
        if (!nd.eflag) {
            nd.print("IP ");
        }
        if (!nd.has(off, HDRLEN)) {
            nd.trunc();
            return;
        }
        if (length < HDRLEN) {
            nd.print("truncated-ip ").print(length);
            return;
        }
        int hlen = (nd.u8(off) & 0xf) * 4;
        if (hlen < HDRLEN) {
            nd.print("bad-hlen ").print(hlen);
            return;
        }
        int len = nd.u16(off + 2);
        if (length < len) {
            nd.print("truncated-ip - ").print(len - length).print(" bytes missing! ");
        }
        if (len < hlen) {
            nd.print("bad-len ").print(len);
            return;
        }
        // the IP total length ends what the payload printers may read
        int previous = nd.limit(off, len);
        try {
            body(nd, off, hlen, len - hlen);
        } finally {
            nd.restore(previous);
        }
    }

    private static void body(Nd nd, int off, int hlen, int len) {
        int fragment = nd.u16(off + 6);
        int proto = nd.u8(off + 9);
        if (nd.vflag > 0 && !details(nd, off, hlen, fragment, proto)) {
            addresses(nd, off);
            nd.print(": ");
            nd.trunc();
            return;
        }
        if ((fragment & OFFMASK) == 0) {
            // TCP, UDP, SCTP and DCCP print the addresses with their ports
            if (proto != 6 && proto != 17 && proto != 132 && proto != 33) {
                addresses(nd, off);
                nd.print(": ");
            }
            if (!nd.has(off, hlen)) {
                nd.print(" [remaining caplen(").print(Math.max(0, nd.snapend - off)).print(") < header length(")
                        .print(hlen).print(")]");
                throw Truncated.INSTANCE;
            }
            IpDemux.print(nd, proto, off + hlen, len, off, (fragment & MF) != 0);
        } else {
            // a later fragment: the next protocol's header is in the first one
            addresses(nd, off);
            nd.print(':');
            IpProto.printUnknown(nd, proto);
        }
    }

    /** The -v part `(tos 0x0, ttl 64, ...)` and the newline; false when the options were cut off. */
    private static boolean details(Nd nd, int off, int hlen, int fragment, int proto) {
        int tos = nd.u8(off + 1);
        nd.print("(tos ").hex(tos);
        switch (tos & 3) {
            case 1 -> nd.print(",ECT(1)");
            case 2 -> nd.print(",ECT(0)");
            case 3 -> nd.print(",CE");
            default -> {
                // not ECN-capable
            }
        }
        int ttl = nd.u8(off + 8);
        if (ttl >= 1) {
            nd.print(", ttl ").print(ttl);
        }
        nd.print(", id ").print(nd.u16(off + 4)).print(", offset ").print((fragment & OFFMASK) * 8).print(", flags [");
        flags(nd, fragment);
        String name = IpProto.name(proto);
        nd.print("], proto ").print(name == null ? "unknown" : name).print(" (").print(proto).print(')');
        nd.print(", length ").print(nd.u16(off + 2));
        boolean complete = true;
        if (hlen > HDRLEN) {
            nd.print(", options (");
            if (!IpOptions.print(nd, off + HDRLEN, hlen - HDRLEN)) {
                nd.print(" [truncated-option]");
                complete = false;
            }
            nd.print(')');
        }
        if (nd.has(off, hlen)) {
            int sum = Checksum.finish(Checksum.sum(nd, off, hlen, 0));
            if (sum != 0) {
                int carried = nd.u16(off + 10);
                nd.print(", bad cksum ").print(Integer.toHexString(carried)).print(" (->")
                        .print(Integer.toHexString(Checksum.shouldBe(carried, sum))).print(")!");
            }
        }
        nd.print(")\n    ");
        return complete;
    }

    /** bittok2str over MF, DF and the reserved bit: `+, DF`, or `none`. */
    private static void flags(Nd nd, int fragment) {
        if ((fragment & (MF | DF | RSVD)) == 0) {
            nd.print("none");
            return;
        }
        String sep = "";
        if ((fragment & MF) != 0) {
            nd.print('+');
            sep = ", ";
        }
        if ((fragment & DF) != 0) {
            nd.print(sep).print("DF");
            sep = ", ";
        }
        if ((fragment & RSVD) != 0) {
            nd.print(sep).print("rsvd");
        }
    }

    private static void addresses(Nd nd, int off) {
        nd.ipaddr(off + 12).print(" > ").ipaddr(off + 16);
    }

    /** ipN_print: IPv4 or IPv6 by the version nibble. */
    static void printAny(Nd nd, int off, int length) {
        nd.protocol = "ipn";
        if (length < 1) {
            nd.print("truncated-ip ").print(length);
            return;
        }
        int version = nd.u8(off) & 0xf0;
        switch (version) {
            case 0x40 -> print(nd, off, length);
            case 0x60 -> Ip6.print(nd, off, length);
            default -> nd.print("unknown ip ").print(version >> 4);
        }
    }
}
