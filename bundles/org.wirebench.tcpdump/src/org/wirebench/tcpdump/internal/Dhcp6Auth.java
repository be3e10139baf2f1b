package org.wirebench.tcpdump.internal;

/** The DHCPv6 authentication option (RFC 3315 section 22.11): delayed and reconfigure key protocols. */
final class Dhcp6Auth {
    private static final int DELAYED = 2;
    private static final int RECONFIGURE = 3;
    /** Protocol, algorithm, RDM and the 8-byte replay detection field. */
    private static final int FIXED = 11;

    private Dhcp6Auth() {
    }

    static void print(Nd nd, int tp, int optlen) {
        if (optlen < FIXED) {
            nd.print(" ?)");
            return;
        }
        int protocol = nd.u8(tp);
        switch (protocol) {
            case DELAYED -> nd.print(" proto: delayed");
            case RECONFIGURE -> nd.print(" proto: reconfigure");
            default -> nd.print(" proto: ").print(protocol);
        }
        int algorithm = nd.u8(tp + 1);
        if (algorithm == 1) {
            nd.print(", alg: HMAC-MD5");
        } else {
            nd.print(", alg: ").print(algorithm);
        }
        int rdm = nd.u8(tp + 2);
        if (rdm == 0) {
            nd.print(", RDM: mono");
        } else {
            nd.print(", RDM: ").print(rdm);
        }
        nd.print(", RD:");
        for (int i = 0; i < 4; i++) {
            nd.print(' ').hex(nd.u16(tp + 3 + 2 * i), 4);
        }
        tp += FIXED;
        int infoLength = optlen - FIXED;
        switch (protocol) {
            case DELAYED -> {
                if (infoLength == 0) {
                    break;
                }
                if (infoLength < 20) {
                    nd.print(" ??");
                    break;
                }
                int realm = infoLength - 20;
                if (realm > 0) {
                    nd.print(", realm: ");
                    AppText.hexBytes(nd, tp, realm);
                    tp += realm;
                }
                nd.print(", key ID: ").hex(nd.u32(tp), 8);
                nd.print(", HMAC-MD5:");
                words(nd, tp + 4);
            }
            case RECONFIGURE -> {
                if (infoLength != 17) {
                    nd.print(" ??");
                    break;
                }
                switch (nd.u8(tp)) {
                    case 1 -> nd.print(" reconfig-key");
                    case 2 -> nd.print(" type: HMAC-MD5");
                    default -> nd.print(" type: ??");
                }
                nd.print(" value:");
                words(nd, tp + 1);
            }
            default -> nd.print(" ??");
        }
        nd.print(')');
    }

    /** A 16-byte digest as four ` %08x` words. */
    private static void words(Nd nd, int off) {
        for (int i = 0; i < 16; i += 4) {
            nd.print(' ').hex(nd.u32(off + i), 8);
        }
    }
}
