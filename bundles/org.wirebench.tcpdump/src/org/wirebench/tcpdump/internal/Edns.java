package org.wirebench.tcpdump.internal;

/** EDNS(0) options inside an OPT record (eopt_print): `NAME data`, the data decoded for the options tcpdump knows. */
final class Edns {
    private static final int NSID = 3;
    private static final int DAU = 5;
    private static final int DHU = 6;
    private static final int N3U = 7;
    private static final int ECS = 8;
    private static final int EXPIRE = 9;
    private static final int COOKIE = 10;
    private static final int KEEPALIVE = 11;
    private static final int PADDING = 12;
    private static final int CHAIN = 13;
    private static final int KEYTAG = 14;

    private Edns() {
    }

    /** One option at `cp`; returns the offset after it, or {@link DnsName#NONE} when it was not all captured. */
    static int option(Nd nd, int cp) {
        if (!nd.has(cp, 2)) {
            return DnsName.NONE;
        }
        int code = nd.u16(cp);
        cp += 2;
        name(nd, code);
        if (!nd.has(cp, 2)) {
            return DnsName.NONE;
        }
        int len = nd.u16(cp);
        cp += 2;
        if (!nd.has(cp, len)) {
            return DnsName.NONE;
        }
        if (len > 0) {
            nd.print(' ');
            data(nd, code, cp, len);
        }
        return cp + len;
    }

    private static void data(Nd nd, int code, int cp, int len) {
        switch (code) {
            case ECS -> clientSubnet(nd, cp, len);
            case COOKIE -> {
                // a client cookie of 8 bytes, then an optional server cookie of 8 to 32
                if (len < 8 || len > 8 && len < 16 || len > 40) {
                    nd.invalid();
                } else {
                    for (int i = 0; i < len; i++) {
                        if (i == 8) {
                            nd.print(' ');
                        }
                        nd.hex(nd.u8(cp + i), 2);
                    }
                }
            }
            case KEEPALIVE -> {
                if (len != 2) {
                    nd.invalid();
                } else {
                    // in units of 100 ms
                    int tenths = nd.u16(cp);
                    nd.print(tenths / 10).print('.').print(tenths % 10).print(" sec");
                }
            }
            case EXPIRE -> {
                if (len != 4) {
                    nd.invalid();
                } else {
                    nd.print(nd.u32(cp)).print(" sec");
                }
            }
            case PADDING -> nd.print('(').print(len).print(')');
            case KEYTAG -> {
                if (len % 2 != 0) {
                    nd.invalid();
                } else {
                    for (int i = 0; i < len; i += 2) {
                        if (i > 0) {
                            nd.print(' ');
                        }
                        nd.print(nd.u16(cp + i));
                    }
                }
            }
            case DAU, DHU, N3U -> {
                for (int i = 0; i < len; i++) {
                    if (i > 0) {
                        nd.print(' ');
                    }
                    algorithm(nd, code, nd.u8(cp + i));
                }
            }
            // tcpdump passes the option's end as the message start: no pointer in it can be followed sensibly
            case CHAIN -> DnsName.print(nd, cp, cp + len);
            default -> {
                for (int i = 0; i < len; i++) {
                    nd.hex(nd.u8(cp + i), 2);
                }
            }
        }
    }

    /** RFC 7871: `address/source-prefix/scope-prefix`, the address padded with zeros. */
    private static void clientSubnet(Nd nd, int cp, int len) {
        if (len < 4) {
            nd.invalid();
            return;
        }
        int family = nd.u16(cp);
        int sourceBits = nd.u8(cp + 2);
        int scopeBits = nd.u8(cp + 3);
        int addressBits;
        if (family == 1) {
            addressBits = 32;
        } else if (family == 2) {
            addressBits = 128;
        } else {
            nd.invalid();
            return;
        }
        int bytes = len - 4;
        if (bytes > addressBits / 8 || sourceBits > addressBits || scopeBits > addressBits
                || (sourceBits + 7) / 8 != bytes) {
            nd.invalid();
            return;
        }
        byte[] padded = new byte[16];
        System.arraycopy(nd.p, cp + 4, padded, 0, bytes);
        if (family == 1) {
            nd.out.append(padded[0] & 0xff).append('.').append(padded[1] & 0xff).append('.').append(padded[2] & 0xff)
                    .append('.').append(padded[3] & 0xff);
        } else {
            Addresses.ip6(padded, 0, nd.out);
        }
        nd.print('/').print(sourceBits).print('/').print(scopeBits);
    }

    /** edns_opt2str, `Opt%u` for the rest. */
    private static void name(Nd nd, int code) {
        String name = switch (code) {
            case 1 -> "LLQ";
            case 2 -> "UL";
            case NSID -> "NSID";
            case DAU -> "DAU";
            case DHU -> "DHU";
            case N3U -> "N3U";
            case ECS -> "ECS";
            case EXPIRE -> "EXPIRE";
            case COOKIE -> "COOKIE";
            case KEEPALIVE -> "KEEPALIVE";
            case PADDING -> "PADDING";
            case CHAIN -> "CHAIN";
            case KEYTAG -> "KEY-TAG";
            case 16 -> "CLIENT-TAG";
            case 17 -> "SERVER-TAG";
            default -> null;
        };
        if (name != null) {
            nd.print(name);
        } else {
            nd.print("Opt").print(code);
        }
    }

    /** The DNSSEC (DAU), DS hash (DHU) and NSEC3 hash (N3U) algorithm names, `Alg_%u` for the rest. */
    private static void algorithm(Nd nd, int code, int alg) {
        String name = switch (code) {
            case DAU -> switch (alg) {
                case 0 -> "DELETE";
                case 1 -> "RSAMD5";
                case 2 -> "DH";
                case 3 -> "DS";
                case 5 -> "RSASHA1";
                case 6 -> "DSA-NSEC3-SHA1";
                case 7 -> "RSASHA1-NSEC3-SHA1";
                case 8 -> "RSASHA256";
                case 10 -> "RSASHA512";
                case 12 -> "ECC-GOST";
                case 13 -> "ECDSAP256SHA256";
                case 14 -> "ECDSAP384SHA384";
                case 15 -> "ED25519";
                case 16 -> "ED448";
                case 252 -> "INDIRECT";
                case 253 -> "PRIVATEDNS";
                case 254 -> "PRIVATEOID";
                default -> null;
            };
            case DHU -> switch (alg) {
                case 1 -> "SHA-1";
                case 2 -> "SHA-256";
                case 3 -> "GOST_R_34.11-94";
                case 4 -> "SHA-384";
                default -> null;
            };
            default -> alg == 1 ? "SHA-1" : null;
        };
        if (name != null) {
            nd.print(name);
        } else {
            nd.print("Alg_").print(alg);
        }
    }
}
