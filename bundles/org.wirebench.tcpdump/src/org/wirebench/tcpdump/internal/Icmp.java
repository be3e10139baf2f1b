package org.wirebench.tcpdump.internal;

import org.wirebench.core.Names;

/** print-icmp.c: ICMP for IPv4, with the quoted packet of error messages and MPLS extensions under -v. */
final class Icmp {
    private static final int ECHOREPLY = 0;
    private static final int UNREACH = 3;
    private static final int SOURCEQUENCH = 4;
    private static final int REDIRECT = 5;
    private static final int ECHO = 8;
    private static final int ROUTERADVERT = 9;
    private static final int TIMXCEED = 11;
    private static final int PARAMPROB = 12;
    private static final int TSTAMP = 13;
    private static final int TSTAMPREPLY = 14;
    private static final int MASKREPLY = 18;
    /** Where an RFC 4884 extension structure starts after the ICMP header: 128 bytes of quoted packet. */
    private static final int EXT_OFFSET = 8 + 128;

    private Icmp() {
    }

    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "icmp";
        int type = nd.u8(off);
        int code = nd.u8(off + 1);
        // tcpdump formats the summary before printing it: a truncated field leaves only the mark
        int mark = nd.out.length();
        try {
            nd.print("ICMP ");
            summary(nd, off, type, code);
        } catch (Truncated t) {
            nd.out.setLength(mark);
            throw t;
        }
        nd.print(", length ").print(length);
        if (nd.vflag > 0 && !fragmented && nd.has(off, length)) {
            int sum = Checksum.finish(Checksum.sum(nd, off, length, 0));
            if (sum != 0) {
                int carried = nd.u16(off + 2);
                nd.print(" (wrong icmp cksum ").print(Integer.toHexString(carried)).print(" (->")
                        .print(Integer.toHexString(Checksum.shouldBe(carried, sum))).print(")!)");
            }
        }
        if (nd.vflag > 0 && (type == UNREACH || type == SOURCEQUENCH || type == REDIRECT || type == TIMXCEED
                || type == PARAMPROB)) {
            quoted(nd, off + 8);
        }
        nd.protocol = "icmp";
        if (nd.vflag > 0 && length > EXT_OFFSET && (type == UNREACH || type == TIMXCEED || type == PARAMPROB)) {
            Extensions.print(nd, off, length);
        }
    }

    /** The IP packet an error message quotes, on its own line, read no further than its own total length. */
    private static void quoted(Nd nd, int ip) {
        nd.print("\n\t");
        int saved = nd.snapend;
        int len = nd.u16(ip + 2);
        nd.limit(ip, len);
        try {
            Ip.print(nd, ip, len);
        } finally {
            nd.restore(saved);
        }
    }

    /** The text between `ICMP ` and `, length`. */
    private static void summary(Nd nd, int off, int type, int code) {
        switch (type) {
            case ECHO, ECHOREPLY -> nd.print(type == ECHO ? "echo request" : "echo reply").print(", id ")
                    .print(nd.u16(off + 4)).print(", seq ").print(nd.u16(off + 6));
            case UNREACH -> unreachable(nd, off, code);
            case REDIRECT -> redirect(nd, off, code);
            case ROUTERADVERT -> routerAdvertisement(nd, off);
            case TIMXCEED -> {
                nd.check(off + 24, 4);
                switch (code) {
                    case 0 -> nd.print("time exceeded in-transit");
                    case 1 -> nd.print("ip reassembly time exceeded");
                    default -> nd.print("time exceeded-#").print(code);
                }
            }
            case PARAMPROB -> {
                if (code != 0) {
                    nd.print("parameter problem - code ").print(code);
                } else {
                    nd.print("parameter problem - octet ").print(nd.u8(off + 4));
                }
            }
            case MASKREPLY -> nd.print("address mask is 0x").hex(nd.u32(off + 8), 8);
            case TSTAMP -> nd.print("time stamp query id ").print(nd.u16(off + 4)).print(" seq ").print(nd.u16(off + 6));
            case TSTAMPREPLY -> {
                nd.check(off + 16, 4);
                nd.print("time stamp reply id ").print(nd.u16(off + 4)).print(" seq ").print(nd.u16(off + 6));
                nd.print(": org ");
                milliseconds(nd, nd.u32(off + 8));
                nd.print(", recv ");
                milliseconds(nd, nd.u32(off + 12));
                nd.print(", xmit ");
                milliseconds(nd, nd.u32(off + 16));
            }
            default -> {
                String name = switch (type) {
                    case SOURCEQUENCH -> "source quench";
                    case 10 -> "router solicitation";
                    case 15 -> "information request";
                    case 16 -> "information reply";
                    case 17 -> "address mask request";
                    default -> null;
                };
                if (name == null) {
                    nd.print("type-#").print(type);
                } else {
                    nd.print(name);
                }
            }
        }
    }

    /** Destination unreachable: the quoted packet's destination, and its port for a port unreachable. */
    private static void unreachable(Nd nd, int off, int code) {
        int dst = off + 8 + 16;
        switch (code) {
            case 2 -> {
                nd.check(dst, 4);
                int proto = nd.u8(off + 8 + 9);
                nd.ipaddr(dst).print(" protocol ").print(proto).print(" unreachable");
            }
            case 3 -> {
                nd.check(off + 8 + 9, 1);
                int dport = nd.u16(off + 8 + (nd.u8(off + 8) & 0xf) * 4 + 2);
                int proto = nd.u8(off + 8 + 9);
                nd.check(dst, 4);
                switch (proto) {
                    case 6, 17 -> {
                        String transport = proto == 6 ? "tcp" : "udp";
                        nd.ipaddr(dst).print(' ').print(transport).print(" port ");
                        String name = nd.nflag ? null : Names.service(transport, dport);
                        if (name != null) {
                            nd.print(name);
                        } else {
                            nd.print(dport);
                        }
                        nd.print(" unreachable");
                    }
                    default -> nd.ipaddr(dst).print(" protocol ").print(proto).print(" port ").print(dport)
                            .print(" unreachable");
                }
            }
            case 4 -> {
                int mtu = nd.u16(off + 6);
                nd.ipaddr(dst).print(" unreachable - need to frag");
                if (mtu != 0) {
                    nd.print(" (mtu ").print(mtu).print(')');
                }
            }
            default -> {
                String before = switch (code) {
                    case 0, 6, 9, 11 -> "net ";
                    case 1, 7, 10, 12, 13, 14, 15 -> "host ";
                    default -> "";
                };
                String after = switch (code) {
                    case 0, 1 -> "";
                    case 5 -> " - source route failed";
                    case 6, 7 -> " - unknown";
                    case 8 -> " - source host isolated";
                    case 9, 10 -> " - admin prohibited";
                    case 11, 12 -> " - tos prohibited";
                    case 13 -> " - admin prohibited filter";
                    case 14 -> " - host precedence violation";
                    case 15 -> " - precedence cutoff";
                    default -> null;
                };
                nd.check(dst, 4);
                nd.print(before).ipaddr(dst).print(" unreachable");
                if (after == null) {
                    nd.print(" - #").print(code);
                } else {
                    nd.print(after);
                }
            }
        }
    }

    private static void redirect(Nd nd, int off, int code) {
        int dst = off + 8 + 16;
        int gateway = off + 4;
        nd.check(dst, 4);
        nd.check(gateway, 4);
        switch (code) {
            case 0 -> nd.print("redirect ").ipaddr(dst).print(" to net ").ipaddr(gateway);
            case 1 -> nd.print("redirect ").ipaddr(dst).print(" to host ").ipaddr(gateway);
            case 2 -> nd.print("redirect-tos ").ipaddr(dst).print(" to net ").ipaddr(gateway);
            case 3 -> nd.print("redirect-tos ").ipaddr(dst).print(" to host ").ipaddr(gateway);
            default -> nd.print("redirect-#").print(code).print(' ').ipaddr(dst).print(" to ").ipaddr(gateway);
        }
    }

    /** `router advertisement lifetime 30:00 2: {10.0.0.1 0} {...}` (RFC 1256). */
    private static void routerAdvertisement(Nd nd, int off) {
        nd.check(off + 4, 4);
        int count = nd.u8(off + 4);
        int size = nd.u8(off + 5);
        int lifetime = nd.u16(off + 6);
        nd.print("router advertisement lifetime ");
        if (lifetime < 60) {
            nd.print(lifetime);
        } else if (lifetime < 3600) {
            nd.print(lifetime / 60).print(':');
            two(nd, lifetime % 60);
        } else {
            nd.print(lifetime / 3600).print(':');
            two(nd, lifetime % 3600 / 60);
            nd.print(':');
            two(nd, lifetime % 60);
        }
        nd.print(' ').print(count).print(':');
        if (size != 2) {
            nd.print(" [size ").print(size).print(']');
            return;
        }
        for (int entry = off + 8; count > 0; count--, entry += 8) {
            nd.check(entry, 8);
            nd.print(" {").ipaddr(entry).print(' ').print(nd.u32(entry + 4)).print('}');
        }
    }

    /** icmp_tstamp_print: milliseconds since midnight UTC as `hh:mm:ss.mmm`. */
    private static void milliseconds(Nd nd, long stamp) {
        long seconds = stamp / 1000;
        long minutes = seconds / 60;
        long hours = minutes / 60;
        two(nd, hours);
        nd.print(':');
        two(nd, minutes % 60);
        nd.print(':');
        two(nd, seconds % 60);
        nd.print('.');
        long millis = stamp % 1000;
        if (millis < 100) {
            nd.print('0');
        }
        two(nd, millis);
    }

    private static void two(Nd nd, long value) {
        if (value < 10) {
            nd.print('0');
        }
        nd.print(value);
    }

    /** The multi-part extension objects (RFC 4884, MPLS labels of RFC 4950) after 128 bytes of quoted packet. */
    private static final class Extensions {
        private Extensions() {
        }

        static void print(Nd nd, int off, int length) {
            // the fixed part up to the first object must have been captured
            nd.check(off, EXT_OFFSET + 5);
            int ext = off + EXT_OFFSET;
            int extLength = length - EXT_OFFSET;
            // without a length field only a correct checksum tells that the extension is there
            if (nd.u8(off + 5) == 0 && nd.has(ext, extLength)
                    && Checksum.finish(Checksum.sum(nd, ext, extLength, 0)) != 0) {
                return;
            }
            int version = nd.u8(ext) >> 4;
            nd.print("\n\tICMP Multi-Part extension v").print(version);
            if (version != 2) {
                nd.print(" packet not supported");
                return;
            }
            int hlen = extLength;
            if (nd.has(ext, hlen)) {
                nd.print(", checksum 0x").hex(nd.u16(ext + 2), 4).print(" (")
                        .print(Checksum.finish(Checksum.sum(nd, ext, hlen, 0)) != 0 ? "in" : "").print("correct), length ")
                        .print(hlen);
            }
            hlen -= 4;
            int object = ext + 4;
            while (hlen > 4) {
                nd.check(object, 4);
                int objectLength = nd.u16(object);
                int classNum = nd.u8(object + 2);
                int ctype = nd.u8(object + 3);
                object += 4;
                nd.print("\n\t  ").print(classNum == 1 ? "MPLS Stack Entry" : classNum == 2 ? "Interface Identification" : "unknown")
                        .print(" Object (").print(classNum).print("), Class-Type: ").print(ctype).print(", length ")
                        .print(objectLength);
                hlen -= 4;
                if (classNum == 0 || objectLength < 4) {
                    return;
                }
                objectLength -= 4;
                if (classNum == 1 && ctype == 1) {
                    long label = nd.u32(object);
                    nd.print("\n\t    label ").print(label >> 12).print(", tc ").print(label >> 9 & 7);
                    if ((label & 0x100) != 0) {
                        nd.print(", [S]");
                    }
                    nd.print(", ttl ").print(label & 0xff);
                } else {
                    unknownData(nd, object, objectLength);
                }
                if (hlen < objectLength) {
                    break;
                }
                hlen -= objectLength;
                object += objectLength;
            }
        }

        /** print_unknown_data: a dump of what was captured of `length` bytes. */
        private static void unknownData(Nd nd, int off, int length) {
            if (!nd.has(off, 0)) {
                nd.print("\n\t    Dissector error: print_unknown_data called with pointer past end of packet");
                return;
            }
            HexDump.hex(nd, "\n\t    ", off, Math.min(length, nd.snapend - off));
        }
    }
}
