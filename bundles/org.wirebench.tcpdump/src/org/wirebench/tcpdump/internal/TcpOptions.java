package org.wirebench.tcpdump.internal;

/**
 * The `, options [...]` part of a TCP line, as tcp_print walks the options: each name, its value, `[len N]` when
 * the stated length differs from what was read, `[bad opt]` (and the end of the line) for a length that does not
 * fit, and a truncation mark followed by `>` (after the first option) when a value was not captured.
 */
final class TcpOptions {
    private static final int EOL = 0;
    private static final int NOP = 1;
    private static final int MSS = 2;
    private static final int WSCALE = 3;
    private static final int SACK_OK = 4;
    private static final int SACK = 5;
    private static final int ECHO = 6;
    private static final int ECHO_REPLY = 7;
    private static final int TIMESTAMP = 8;
    private static final int CC = 11;
    private static final int CC_NEW = 12;
    private static final int CC_ECHO = 13;
    private static final int SIGNATURE = 19;
    private static final int SCPS = 20;
    private static final int UTO = 28;
    private static final int TCP_AO = 29;
    private static final int MPTCP = 30;
    private static final int FAST_OPEN = 34;
    private static final int EXPERIMENT2 = 254;
    private static final int SIGNATURE_LENGTH = 16;

    /** A length that does not fit: tcpdump's `goto bad`. */
    private static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Bad INSTANCE = new Bad();

        private Bad() {
            super(null, null, false, false);
        }
    }

    /** A value not captured, found by a bounds check rather than a read: tcpdump's `goto trunc`. */
    private static final class Short extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Short INSTANCE = new Short();

        private Short() {
            super(null, null, false, false);
        }
    }

    private TcpOptions() {
    }

    /**
     * Prints the `optionLength` bytes of options at `cp` of the TCP segment with header at `tcpOff` (`flags`, the
     * payload `length`, the connection's bases for SACK blocks); returns false when the line ends there.
     */
    static boolean print(Nd nd, int cp, int optionLength, int flags, boolean rev, int thseq, int thack, int ipOff,
            int tcpOff, int length) {
        int hlen = optionLength;
        char ch = 0;
        nd.print(", options [");
        try {
            while (hlen > 0) {
                if (ch != 0) {
                    nd.print(ch);
                }
                int opt = nd.u8(cp++);
                int len;
                if (opt == EOL || opt == NOP) {
                    len = 1;
                } else {
                    len = nd.u8(cp++);
                    if (len < 2 || len > hlen) {
                        throw Bad.INSTANCE;
                    }
                    hlen--;
                }
                hlen--;
                nd.print(name(opt));
                int datalen = value(nd, opt, cp, len, hlen, flags, rev, thseq, thack, ipOff, tcpOff, length);
                cp += datalen;
                hlen -= datalen;
                datalen += opt == EOL || opt == NOP ? 1 : 2;
                if (datalen != len) {
                    nd.print("[len ").print(len).print(']');
                }
                ch = ',';
                if (opt == EOL) {
                    break;
                }
            }
        } catch (Bad b) {
            nd.print("[bad opt]");
            if (ch != 0) {
                nd.print(']');
            }
            return false;
        } catch (Short s) {
            nd.trunc();
            if (ch != 0) {
                nd.print('>');
            }
            return false;
        }
        nd.print(']');
        return true;
    }

    /** Prints the value of one option whose data (`len` - 2 bytes by its length) is at `cp`; returns the bytes used. */
    private static int value(Nd nd, int opt, int cp, int len, int hlen, int flags, boolean rev, int thseq, int thack,
            int ipOff, int tcpOff, int length) {
        switch (opt) {
            case MSS -> {
                lenCheck(nd, cp, 2, hlen);
                nd.print(' ').print(nd.u16(cp));
                return 2;
            }
            case WSCALE -> {
                lenCheck(nd, cp, 1, hlen);
                nd.print(' ').print(nd.u8(cp));
                return 1;
            }
            case SACK -> {
                int datalen = len - 2;
                if (datalen % 8 != 0) {
                    nd.print(" invalid sack");
                    return datalen;
                }
                nd.print(' ').print(datalen / 8).print(' ');
                int base = rev ? thseq : thack;
                for (int i = 0; i < datalen; i += 8) {
                    lenCheck(nd, cp, i + 4, hlen);
                    int s = (int) nd.u32(cp + i) - base;
                    lenCheck(nd, cp, i + 8, hlen);
                    int e = (int) nd.u32(cp + i + 4) - base;
                    nd.print('{').print(s & 0xffffffffL).print(':').print(e & 0xffffffffL).print('}');
                }
                return datalen;
            }
            case CC, CC_NEW, CC_ECHO, ECHO, ECHO_REPLY -> {
                lenCheck(nd, cp, 4, hlen);
                nd.print(' ').print(nd.u32(cp));
                return 4;
            }
            case TIMESTAMP -> {
                lenCheck(nd, cp, 8, hlen);
                nd.print(" val ").print(nd.u32(cp)).print(" ecr ").print(nd.u32(cp + 4));
                return 8;
            }
            case SIGNATURE -> {
                lenCheck(nd, cp, SIGNATURE_LENGTH, hlen);
                nd.print(' ');
                // tcpdump is built with a crypto library but is given no secret (-M): it cannot check
                if (!nd.has(tcpOff + (nd.u8(tcpOff + 12) >> 4) * 4, length)) {
                    nd.print("snaplen too short, ");
                } else {
                    nd.print("shared secret not supplied with -M, ");
                }
                nd.print("can't check - ");
                for (int i = 0; i < SIGNATURE_LENGTH; i++) {
                    nd.hex(nd.u8(cp + i), 2);
                }
                return SIGNATURE_LENGTH;
            }
            case SCPS -> {
                lenCheck(nd, cp, 2, hlen);
                nd.print(" cap ").hex(nd.u8(cp), 2).print(" id ").print(nd.u8(cp + 1));
                return 2;
            }
            case TCP_AO -> {
                return tcpAo(nd, cp, len - 2, hlen);
            }
            case EOL, NOP, SACK_OK -> {
                return 0;
            }
            case UTO -> {
                lenCheck(nd, cp, 2, hlen);
                int uto = nd.u16(cp);
                nd.print(' ').hex(uto).print(' ');
                // the low bit says minutes rather than seconds
                nd.print((uto & 1) != 0 ? (uto >> 1) * 60 : uto >> 1);
                return 2;
            }
            case MPTCP -> {
                int datalen = len - 2;
                lenCheck(nd, cp, datalen, hlen);
                int end = nd.limit(cp - 2, len);
                boolean ok = Mptcp.print(nd, cp - 2, len, flags);
                nd.restore(end);
                if (!ok) {
                    throw Bad.INSTANCE;
                }
                return datalen;
            }
            case FAST_OPEN -> {
                int datalen = len - 2;
                lenCheck(nd, cp, datalen, hlen);
                nd.print(' ');
                fastOpen(nd, cp, datalen, false);
                return datalen;
            }
            case EXPERIMENT2 -> {
                int datalen = len - 2;
                lenCheck(nd, cp, datalen, hlen);
                if (datalen < 2) {
                    throw Bad.INSTANCE;
                }
                int magic = nd.u16(cp);
                nd.print('-');
                if (magic == 0xf989) {
                    fastOpen(nd, cp + 2, datalen - 2, true);
                } else {
                    nd.hex(magic, 4);
                }
                return datalen;
            }
            default -> {
                int datalen = len - 2;
                if (datalen != 0) {
                    nd.print(" 0x");
                }
                for (int i = 0; i < datalen; i++) {
                    lenCheck(nd, cp, i + 1, hlen);
                    nd.hex(nd.u8(cp + i), 2);
                }
                return datalen;
            }
        }
    }

    /** RFC 5925 authentication option: key ids and the MAC. */
    private static int tcpAo(Nd nd, int cp, int datalen, int hlen) {
        if (datalen < 2) {
            nd.invalid();
            return datalen;
        }
        lenCheck(nd, cp, 1, hlen);
        nd.print(" keyid ").print(nd.u8(cp));
        lenCheck(nd, cp, 2, hlen);
        nd.print(" rnextkeyid ").print(nd.u8(cp + 1));
        if (datalen > 2) {
            nd.print(" mac 0x");
            for (int i = 2; i < datalen; i++) {
                lenCheck(nd, cp, i + 1, hlen);
                nd.hex(nd.u8(cp + i), 2);
            }
        }
        return datalen;
    }

    /** RFC 7413 Fast Open: a cookie request (no data) or a cookie of 4 to 16 bytes, even. */
    private static void fastOpen(Nd nd, int cp, int datalen, boolean experimental) {
        if (experimental) {
            nd.print("tfo");
        }
        if (datalen == 0) {
            nd.print(" cookiereq");
        } else if (datalen % 2 != 0 || datalen < 4 || datalen > 16) {
            nd.invalid();
        } else {
            nd.print(" cookie ");
            for (int i = 0; i < datalen; i++) {
                nd.hex(nd.u8(cp + i), 2);
            }
        }
    }

    /** tcpdump's LENCHECK: `l` bytes must be left in the header and captured. */
    private static void lenCheck(Nd nd, int cp, int l, int hlen) {
        if (l > hlen) {
            throw Bad.INSTANCE;
        }
        if (!nd.has(cp, l)) {
            throw Short.INSTANCE;
        }
    }

    private static String name(int opt) {
        return switch (opt) {
            case EOL -> "eol";
            case NOP -> "nop";
            case MSS -> "mss";
            case WSCALE -> "wscale";
            case SACK_OK -> "sackOK";
            case SACK -> "sack";
            case ECHO -> "echo";
            case ECHO_REPLY -> "echoreply";
            case TIMESTAMP -> "TS";
            case CC -> "cc";
            case CC_NEW -> "ccnew";
            case CC_ECHO -> "";
            case SIGNATURE -> "md5";
            case SCPS -> "scps";
            case UTO -> "uto";
            case TCP_AO -> "tcp-ao";
            case MPTCP -> "mptcp";
            case FAST_OPEN -> "tfo";
            case EXPERIMENT2 -> "exp";
            default -> "unknown-" + opt;
        };
    }
}
