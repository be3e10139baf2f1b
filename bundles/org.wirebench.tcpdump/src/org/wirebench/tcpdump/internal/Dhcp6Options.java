package org.wirebench.tcpdump.internal;

/** print-dhcp6.c's dhcp6opt_print: each option as ` (name value)`, sub-options nested inside. */
final class Dhcp6Options {
    private static final String[] NAMES = new String[113];

    static {
        String[] names = { "client-ID", "server-ID", "IA_NA", "IA_TA", "IA_ADDR", "option-request", "preference",
                "elapsed-time", "relay-message", null, "authentication", "server-unicast", "status-code",
                "rapid-commit", "user-class", "vendor-class", "vendor-specific-info", "interface-ID",
                "reconfigure-message", "reconfigure-accept", "SIP-servers-domain", "SIP-servers-address", "DNS-server",
                "DNS-search-list", "IA_PD", "IA_PD-prefix", "NIS-server", "NIS+-server", "NIS-domain-name",
                "NIS+-domain-name", "SNTP-servers", "lifetime", "BCMCS-domain-name", "BCMCS-server", null,
                "Geoconf-Civic", "Remote-ID", "Subscriber-ID", "Client-FQDN", "PANA-agent", "POSIX-timezone",
                "POSIX-tz-database", "Echo-request-option", "Lease-query", "LQ-client-data", "Clt-time",
                "LQ-relay-data", "LQ-client-link" };
        System.arraycopy(names, 0, NAMES, 1, names.length);
        NAMES[56] = "NTP-server";
        NAMES[64] = "AFTR-Name";
        NAMES[112] = "MUD-URL";
    }

    private static final String[] STATUS_CODES = { "Success", "UnspecFail", "NoAddrsAvail", "NoBinding", "NotOnLink",
            "UseMulticast", "NoPrefixAvail", "UnknownQueryType", "MalformedQuery", "NotConfigured", "NotAllowed" };

    private Dhcp6Options() {
    }

    static void name(Nd nd, int type) {
        String name = type < NAMES.length ? NAMES[type] : null;
        if (name == null) {
            nd.print("opt_").print(type);
        } else {
            nd.print(name);
        }
    }

    /** Prints the options from `cp` to `ep`; an option past `ep` ends them with the truncation mark. */
    static void print(Nd nd, int cp, int ep) {
        while (cp < ep) {
            if (ep < cp + 4) {
                nd.trunc();
                return;
            }
            nd.check(cp, 4);
            int optlen = nd.u16(cp + 2);
            if (ep < cp + 4 + optlen) {
                nd.trunc();
                return;
            }
            int type = nd.u16(cp);
            nd.print(" (");
            name(nd, type);
            nd.check(cp + 4, optlen);
            if (!value(nd, type, cp + 4, optlen)) {
                nd.trunc();
                return;
            }
            cp += 4 + optlen;
        }
    }

    /** Prints the value and the closing parenthesis; false when a name in it ran out of data. */
    private static boolean value(Nd nd, int type, int tp, int optlen) {
        switch (type) {
            case 1, 2 -> duid(nd, tp, optlen);
            case 5 -> {
                if (optlen < 24) {
                    return unknown(nd);
                }
                nd.print(' ').ip6addr(tp).print(" pltime:").print(nd.u32(tp + 16)).print(" vltime:").print(nd.u32(tp + 20));
                sub(nd, tp, optlen, 24);
            }
            case 6, 43 -> {
                if (optlen % 2 != 0) {
                    return unknown(nd);
                }
                for (int i = 0; i < optlen; i += 2) {
                    nd.print(' ');
                    name(nd, nd.u16(tp + i));
                }
                nd.print(')');
            }
            case 7 -> {
                if (optlen != 1) {
                    return unknown(nd);
                }
                nd.print(' ').print(nd.u8(tp)).print(')');
            }
            case 8 -> {
                if (optlen != 2) {
                    return unknown(nd);
                }
                nd.print(' ').print(nd.u16(tp)).print(')');
            }
            case 9 -> {
                nd.print(" (");
                // the nested message ends with the option even if more was captured
                int saved = nd.limit(tp, optlen);
                Dhcp6.print(nd, tp, optlen);
                nd.restore(saved);
                nd.print(')');
            }
            case 11 -> Dhcp6Auth.print(nd, tp, optlen);
            case 18, 38 -> {
                nd.print(' ');
                AppText.hexBytes(nd, tp, Math.min(optlen, 10));
                nd.print("...)");
            }
            case 19 -> {
                if (optlen != 1) {
                    return unknown(nd);
                }
                int message = nd.u8(tp);
                switch (message) {
                    case 5 -> nd.print(" for renew)");
                    case 11 -> nd.print(" for inf-req)");
                    default -> nd.print(" for ???(").hex(message, 2).print("))");
                }
            }
            case 22, 23, 31, 27, 28, 34, 40, 48 -> {
                if (optlen % 16 != 0) {
                    return unknown(nd);
                }
                for (int i = 0; i < optlen; i += 16) {
                    nd.print(' ').ip6addr(tp + i);
                }
                nd.print(')');
            }
            case 21, 24 -> {
                int end = tp + optlen;
                while (tp < end) {
                    nd.print(' ');
                    tp = Fqdn.print(nd, tp, end);
                    if (tp < 0) {
                        return false;
                    }
                }
                nd.print(')');
            }
            case 13 -> {
                if (optlen < 2) {
                    return unknown(nd);
                }
                int code = nd.u16(tp);
                nd.print(' ');
                if (code > 255) {
                    nd.print("INVALID code");
                } else if (code < STATUS_CODES.length) {
                    nd.print(STATUS_CODES[code]);
                } else {
                    nd.print("code").print(code);
                }
                nd.print(')');
            }
            case 3, 25 -> {
                if (optlen < 12) {
                    return unknown(nd);
                }
                nd.print(" IAID:").print(nd.u32(tp)).print(" T1:").print(nd.u32(tp + 4)).print(" T2:").print(nd.u32(tp + 8));
                sub(nd, tp, optlen, 12);
            }
            case 4 -> {
                if (optlen < 4) {
                    return unknown(nd);
                }
                nd.print(" IAID:").print(nd.u32(tp));
                sub(nd, tp, optlen, 4);
            }
            case 26 -> {
                if (optlen < 25) {
                    return unknown(nd);
                }
                nd.print(' ').ip6addr(tp + 9).print('/').print(nd.u8(tp + 8));
                nd.print(" pltime:").print(nd.u32(tp)).print(" vltime:").print(nd.u32(tp + 4));
                sub(nd, tp, optlen, 25);
            }
            case 32, 46 -> {
                if (optlen != 4) {
                    return unknown(nd);
                }
                nd.print(' ').print(nd.u32(tp)).print(')');
            }
            case 37 -> {
                if (optlen < 4) {
                    return unknown(nd);
                }
                nd.print(' ').print(nd.u32(tp)).print(' ');
                AppText.hexBytes(nd, tp + 4, Math.min(optlen, 14) - 4);
                nd.print("...)");
            }
            case 44 -> {
                if (optlen < 17) {
                    return unknown(nd);
                }
                int query = nd.u8(tp);
                switch (query) {
                    case 1 -> nd.print(" by-address");
                    case 2 -> nd.print(" by-clientID");
                    default -> nd.print(" type_").print(query);
                }
                nd.print(' ').ip6addr(tp + 1);
                sub(nd, tp, optlen, 17);
            }
            case 45 -> sub(nd, tp, optlen, 0);
            case 47 -> {
                if (optlen < 16) {
                    return unknown(nd);
                }
                nd.print(' ').ip6addr(tp).print(' ');
                AppText.hexBytes(nd, tp + 16, Math.min(optlen, 26) - 16);
                nd.print("...)");
            }
            case 56 -> {
                return ntpServer(nd, tp, optlen);
            }
            case 64 -> aftrName(nd, tp, optlen);
            case 41, 42, 112 -> {
                if (optlen < 5) {
                    return unknown(nd);
                }
                nd.print(' ').printjnp(tp, optlen).print(')');
            }
            default -> nd.print(')');
        }
        return true;
    }

    /** ` ?)`: a value of a length the option cannot have. */
    private static boolean unknown(Nd nd) {
        nd.print(" ?)");
        return true;
    }

    /** The options nested after the `fixed` bytes of the value, then the closing parenthesis. */
    private static void sub(Nd nd, int tp, int optlen, int fixed) {
        if (optlen > fixed) {
            print(nd, tp + fixed, tp + optlen);
        }
        nd.print(')');
    }

    /** A client or server DUID: link-layer address plus time, enterprise number, or link-layer address. */
    private static void duid(Nd nd, int tp, int optlen) {
        if (optlen < 2) {
            unknown(nd);
            return;
        }
        int duidType = nd.u16(tp);
        switch (duidType) {
            case 1 -> {
                if (optlen < 8) {
                    unknown(nd);
                    return;
                }
                nd.print(" hwaddr/time type ").print(nd.u16(tp + 2)).print(" time ").print(nd.u32(tp + 4)).print(' ');
                AppText.hexBytes(nd, tp + 8, optlen - 8);
            }
            case 2 -> {
                if (optlen < 10) {
                    unknown(nd);
                    return;
                }
                nd.print(" vid ");
                AppText.hexBytes(nd, tp + 2, 8);
            }
            case 3 -> {
                if (optlen < 4) {
                    unknown(nd);
                    return;
                }
                nd.print(" hwaddr type ").print(nd.u16(tp + 2)).print(' ');
                AppText.hexBytes(nd, tp + 4, optlen - 4);
            }
            default -> nd.print(" type ").print(duidType);
        }
        nd.print(')');
    }

    /** RFC 5908: server and multicast addresses, server names. */
    private static boolean ntpServer(Nd nd, int tp, int optlen) {
        if (optlen < 4) {
            return unknown(nd);
        }
        int end = tp + optlen;
        while (tp < end - 4) {
            int code = nd.u16(tp);
            int sublen = nd.u16(tp + 2);
            tp += 4;
            if (tp + sublen > end) {
                return false;
            }
            nd.print(" subopt:").print(code);
            switch (code) {
                case 1, 2 -> {
                    if (sublen != 16) {
                        nd.print(" ?");
                    } else {
                        nd.print(' ').ip6addr(tp);
                    }
                }
                case 3 -> {
                    nd.print(' ');
                    if (Fqdn.print(nd, tp, tp + sublen) < 0) {
                        return false;
                    }
                }
                default -> nd.print(" ?");
            }
            tp += sublen;
        }
        nd.print(')');
        return true;
    }

    /** RFC 6334: the AFTR name as dotted labels. */
    private static void aftrName(Nd nd, int tp, int optlen) {
        if (optlen < 3) {
            unknown(nd);
            return;
        }
        int remain = optlen;
        nd.print(' ');
        while (remain > 0 && nd.u8(tp) != 0) {
            int label = nd.u8(tp++);
            if (label < remain - 1) {
                nd.printjnp(tp, label);
                tp += label;
                remain -= label + 1;
                if (nd.u8(tp) != 0) {
                    nd.print('.');
                }
            } else {
                nd.print(" ?");
                break;
            }
        }
        nd.print(')');
    }
}
