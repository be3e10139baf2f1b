package org.wirebench.tcpdump.internal;

/** print-eap.c: 802.1X EAPOL frames (ethertype 0x888e) and, with -v, the EAP packets in them. */
final class Eap {
    private Eap() {
    }

    /** eapol_print. */
    static void print(Nd nd, int off, int length) {
        nd.protocol = "eap";
        if (!nd.has(off, 4)) {
            nd.trunc();
            return;
        }
        int type = nd.u8(off + 1);
        String name = switch (type) {
            case 0 -> "EAP packet";
            case 1 -> "EAPOL start";
            case 2 -> "EAPOL logoff";
            case 3 -> "EAPOL key";
            case 4 -> "Encapsulated ASF alert";
            default -> "unknown";
        };
        int len = nd.u16(off + 2);
        nd.print(name).print(" (").print(type).print(") v").print(nd.u8(off)).print(", len ").print(len);
        if (nd.vflag < 1 || type != 0) {
            return;
        }
        if (len == 0) {
            nd.trunc();
            return;
        }
        nd.print(", ");
        packet(nd, off + 4, len);
    }

    /** eap_print: an EAP request, response, success or failure (RFC 3748) of `length` bytes. */
    private static void packet(Nd nd, int p, int length) {
        int code = nd.u8(p);
        int len = nd.u16(p + 2);
        if (len != length) {
            // probably a fragment without an EAP header of its own
            nd.print("EAP fragment?");
            return;
        }
        String name = switch (code) {
            case 1 -> "Request";
            case 2 -> "Response";
            case 3 -> "Success";
            case 4 -> "Failure";
            default -> "unknown";
        };
        nd.print(name).print(" (").print(code).print("), id ").print(nd.u8(p + 1)).print(", len ").print(len);
        if (len < 4) {
            nd.print(" (too short for EAP header)");
            return;
        }
        if (!nd.has(p, len)) {
            nd.trunc();
            return;
        }
        if (code != 1 && code != 2) {
            return;
        }
        if (len < 5) {
            nd.print(" (too short for EAP request/response)");
            return;
        }
        int subtype = nd.u8(p + 4);
        nd.print("\n\t\t Type ").print(type(subtype)).print(" (").print(subtype).print(')');
        switch (subtype) {
            case 1 -> { // identity: the text is optional
                if (len > 5) {
                    nd.print(", Identity: ");
                    nd.printjnp(p + 5, len - 5);
                }
            }
            case 2 -> {
                if (tooShort(nd, len, "Notification")) {
                    return;
                }
                nd.print(", Notification: ");
                nd.printjnp(p + 5, len - 5);
            }
            case 3 -> { // legacy NAK: the authentication types wanted
                if (tooShort(nd, len, "Legacy NAK")) {
                    return;
                }
                for (int i = 5; i < len; i++) {
                    int wanted = nd.u8(p + i);
                    nd.print(i == 5 ? " " : ", ").print(type(wanted)).print(" (").print(wanted).print(')');
                }
            }
            case 13, 21, 43 -> { // TLS, TTLS, FAST: version and flags
                String kind = subtype == 43 ? "FAST" : "TLS/TTLS";
                if (tooShort(nd, len, kind)) {
                    return;
                }
                int flags = nd.u8(p + 5);
                if (subtype == 21) {
                    nd.print(" TTLSv").print(flags & 7);
                } else if (subtype == 43) {
                    nd.print(" FASTv").print(flags & 7);
                }
                nd.print(" flags [").print(tlsFlags(flags)).print("] 0x").hex(flags, 2);
                if ((flags & 0x80) != 0) {
                    if (len < 10) {
                        nd.print(" (too short for EAP ").print(kind).print(" request/response with length)");
                        return;
                    }
                    nd.print(", len ").print(nd.u32(p + 6));
                }
            }
            case 18, 23 -> { // SIM, AKA
                if (tooShort(nd, len, "SIM/AKA")) {
                    return;
                }
                int sub = nd.u8(p + 5);
                nd.print(" subtype [").print(akaSubtype(sub)).print("] 0x").hex(sub, 2);
            }
            default -> {
                // nothing more shown
            }
        }
    }

    /** Types with data need a sixth byte. */
    private static boolean tooShort(Nd nd, int len, String kind) {
        if (len >= 6) {
            return false;
        }
        nd.print(" (too short for EAP ").print(kind).print(" request/response)");
        return true;
    }

    private static String type(int type) {
        return switch (type) {
            case 0 -> "No proposed";
            case 1 -> "Identity";
            case 2 -> "Notification";
            case 3 -> "Nak";
            case 4 -> "MD5-challenge";
            case 5 -> "OTP";
            case 6 -> "GTC";
            case 13 -> "TLS";
            case 18 -> "SIM";
            case 21 -> "TTLS";
            case 23 -> "AKA";
            case 43 -> "FAST";
            case 254 -> "Expanded types";
            case 255 -> "Experimental";
            default -> "unknown";
        };
    }

    /** bittok2str of the TLS flags: the names of the bits set, comma-separated, or `none`. */
    private static String tlsFlags(int flags) {
        StringBuilder names = new StringBuilder();
        if ((flags & 0x80) != 0) {
            names.append("L bit");
        }
        if ((flags & 0x40) != 0) {
            names.append(names.isEmpty() ? "" : ", ").append("More fragments bit");
        }
        if ((flags & 0x20) != 0) {
            names.append(names.isEmpty() ? "" : ", ").append("Start bit");
        }
        return names.isEmpty() ? "none" : names.toString();
    }

    private static String akaSubtype(int subtype) {
        return switch (subtype) {
            case 1, 11 -> "Challenge";
            case 2 -> "Auth reject";
            case 4 -> "Sync failure";
            case 5 -> "Identity";
            case 10 -> "Start";
            case 12 -> "Notification";
            case 13 -> "Reauth";
            case 14 -> "Client error";
            default -> "unknown";
        };
    }
}
