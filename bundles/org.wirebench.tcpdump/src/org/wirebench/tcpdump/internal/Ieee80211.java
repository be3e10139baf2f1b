package org.wirebench.tcpdump.internal;

/**
 * print-802_11.c: the 802.11 MAC header, control frames and data frames (LLC follows); management frame
 * bodies are in {@link Ieee80211Mgmt}, the radiotap header in {@link Radiotap}.
 */
final class Ieee80211 {
    private static final int T_MGMT = 0;
    private static final int T_CTRL = 1;
    private static final int T_DATA = 2;

    private static final int CTRL_WRAPPER = 7;
    private static final int CTRL_BAR = 8;
    private static final int CTRL_BA = 9;
    private static final int CTRL_PS_POLL = 10;
    private static final int CTRL_RTS = 11;
    private static final int CTRL_CTS = 12;
    private static final int CTRL_ACK = 13;
    private static final int CTRL_CF_END = 14;
    private static final int CTRL_END_ACK = 15;

    private static final String[] CTRL_NAMES = { null, null, null, null, null, null, null, "Control Wrapper",
            "BAR", "BA", "Power Save-Poll", "Request-To-Send", "Clear-To-Send", "Acknowledgment", "CF-End",
            "CF-End+CF-Ack" };

    private Ieee80211() {
    }

    /** LINKTYPE_IEEE802_11 (ieee802_11_if_print). */
    static int print(Nd nd, int off, int length, int caplen) {
        return frame(nd, off, length, caplen, false, 0);
    }

    /** LINKTYPE_IEEE802_11_RADIOTAP (ieee802_11_radio_if_print). */
    static int printRadiotap(Nd nd, int length, int caplen) {
        return Radiotap.print(nd, length, caplen);
    }

    static int type(int fc) {
        return fc >> 2 & 3;
    }

    static int subtype(int fc) {
        return fc >> 4 & 15;
    }

    static boolean isProtected(int fc) {
        return (fc & 0x4000) != 0;
    }

    /**
     * ieee802_11_print: `pad` when the body starts on a 4-byte boundary (Atheros), `fcslen` the frame check
     * sequence at the end that is no part of the body. Returns the length of the header printed.
     */
    static int frame(Nd nd, int off, int length, int caplen, boolean pad, int fcslen) {
        nd.protocol = "802.11";
        int origCaplen = caplen;
        if (length < fcslen) {
            nd.trunc();
            return caplen;
        }
        length -= fcslen;
        if (caplen > length) {
            // the captured FCS is no part of the frame body
            nd.snapend -= caplen - length;
            caplen = length;
        }
        if (caplen < 2) {
            nd.trunc();
            return origCaplen;
        }
        int fc = nd.u16le(off);
        int hdrlen = headerLength(nd, fc);
        if (hdrlen == 0) {
            return 0;
        }
        if (pad) {
            hdrlen = (hdrlen + 3) & ~3;
        }
        if (caplen < hdrlen) {
            nd.trunc();
            return hdrlen;
        }
        if (nd.eflag) {
            header(nd, fc, off);
        }
        int body = off + hdrlen;
        length -= hdrlen;
        caplen -= hdrlen;
        switch (type(fc)) {
            case T_MGMT -> {
                if (!Ieee80211Mgmt.print(nd, fc, off + 10, body, length)) {
                    nd.trunc();
                }
            }
            case T_CTRL -> {
                if (!controlBody(nd, fc, off)) {
                    nd.trunc();
                }
            }
            default -> hdrlen += data(nd, fc, off, body, length, caplen);
        }
        return hdrlen;
    }

    /** The body of a data frame; returns the length of the LLC header it printed. */
    private static int data(Nd nd, int fc, int off, int body, int length, int caplen) {
        if ((subtype(fc) & 4) != 0) {
            return 0; // a frame without data
        }
        if (isProtected(fc)) {
            nd.print("Data");
            if (!wep(nd, body)) {
                nd.trunc();
            }
            return 0;
        }
        boolean toDs = (fc & 0x0100) != 0;
        boolean fromDs = (fc & 0x0200) != 0;
        int src = toDs && fromDs ? off + 24 : fromDs ? off + 16 : off + 10;
        int dst = toDs ? off + 16 : off + 4;
        int llc = Llc.print(nd, body, length, src, dst);
        if (llc < 0) {
            if (!HexDump.defaultPrintSuppressed(nd)) {
                HexDump.unknown(nd, body, caplen);
            }
            llc = -llc;
        }
        return llc;
    }

    /** wep_print: the IV and key number of a protected frame; false when they were not captured. */
    static boolean wep(Nd nd, int off) {
        if (!nd.has(off, 4)) {
            return false;
        }
        long iv = nd.u32le(off);
        nd.print(" IV:");
        String text = Long.toHexString(iv & 0xffffff);
        for (int i = text.length(); i < 3; i++) {
            nd.print(' ');
        }
        nd.print(text).print(" Pad ").print(Long.toHexString(iv >> 24 & 0x3f)).print(" KeyID ")
                .print(Long.toHexString(iv >> 30 & 3));
        return true;
    }

    /** extract_header_length: 0 (after a note) for a type or control subtype tcpdump does not know. */
    private static int headerLength(Nd nd, int fc) {
        switch (type(fc)) {
            case T_MGMT:
                return 24;
            case T_CTRL:
                return switch (subtype(fc)) {
                    case CTRL_WRAPPER, CTRL_PS_POLL, CTRL_RTS, CTRL_CF_END, CTRL_END_ACK -> 16;
                    case CTRL_BAR -> 20;
                    case CTRL_BA, CTRL_CTS, CTRL_ACK -> 10;
                    default -> {
                        nd.print("unknown 802.11 ctrl frame subtype (").print(subtype(fc)).print(')');
                        yield 0;
                    }
                };
            case T_DATA:
                int len = (fc & 0x0300) == 0x0300 ? 30 : 24;
                return (subtype(fc) & 8) != 0 ? len + 2 : len;
            default:
                nd.print("unknown 802.11 frame type (").print(type(fc)).print(')');
                return 0;
        }
    }

    /** ieee_802_11_hdr_print: what `-e` shows of the MAC header. */
    private static void header(Nd nd, int fc, int p) {
        if (nd.vflag > 0) {
            flag(nd, fc, 0x2000, "More Data ");
            flag(nd, fc, 0x0400, "More Fragments ");
            flag(nd, fc, 0x1000, "Pwr Mgmt ");
            flag(nd, fc, 0x0800, "Retry ");
            flag(nd, fc, 0x8000, "Strictly Ordered ");
            flag(nd, fc, 0x4000, "Protected ");
            if (type(fc) != T_CTRL || subtype(fc) != CTRL_PS_POLL) {
                nd.print(nd.u16le(p + 2)).print("us ");
            }
        }
        switch (type(fc)) {
            case T_MGMT -> nd.print("BSSID:").etheraddr(p + 16).print(" DA:").etheraddr(p + 4).print(" SA:").etheraddr(p + 10)
                    .print(' ');
            case T_CTRL -> controlHeader(nd, fc, p);
            default -> dataHeader(nd, fc, p);
        }
    }

    private static void flag(Nd nd, int fc, int bit, String text) {
        if ((fc & bit) != 0) {
            nd.print(text);
        }
    }

    private static void dataHeader(Nd nd, int fc, int p) {
        int subtype = subtype(fc);
        if ((subtype & 0xb) != 0) {
            nd.print("CF ");
            if ((subtype & 1) != 0) {
                nd.print((subtype & 2) != 0 ? "Ack/Poll" : "Ack");
            } else if ((subtype & 2) != 0) {
                nd.print("Poll");
            }
            if ((subtype & 8) != 0) {
                nd.print("+QoS");
            }
            nd.print(' ');
        }
        switch (fc & 0x0300) {
            case 0x0000 -> nd.print("DA:").etheraddr(p + 4).print(" SA:").etheraddr(p + 10).print(" BSSID:").etheraddr(p + 16);
            case 0x0200 -> nd.print("DA:").etheraddr(p + 4).print(" BSSID:").etheraddr(p + 10).print(" SA:").etheraddr(p + 16);
            case 0x0100 -> nd.print("BSSID:").etheraddr(p + 4).print(" SA:").etheraddr(p + 10).print(" DA:").etheraddr(p + 16);
            default -> nd.print("RA:").etheraddr(p + 4).print(" TA:").etheraddr(p + 10).print(" DA:").etheraddr(p + 16)
                    .print(" SA:").etheraddr(p + 24);
        }
        nd.print(' ');
    }

    private static void controlHeader(Nd nd, int fc, int p) {
        switch (subtype(fc)) {
            case CTRL_BAR -> {
                nd.print(' ');
                bar(nd, p);
            }
            case CTRL_BA, CTRL_CTS, CTRL_ACK -> nd.print("RA:").etheraddr(p + 4).print(' ');
            case CTRL_PS_POLL -> nd.print("BSSID:").etheraddr(p + 4).print(" TA:").etheraddr(p + 10).print(' ');
            case CTRL_RTS -> nd.print("RA:").etheraddr(p + 4).print(" TA:").etheraddr(p + 10).print(' ');
            case CTRL_CF_END, CTRL_END_ACK -> nd.print("RA:").etheraddr(p + 4).print(" BSSID:").etheraddr(p + 10).print(' ');
            default -> {
                // the control wrapper shows no addresses
            }
        }
    }

    /** `RA:... TA:... CTL(x) SEQ(n) ` of a block ack request. */
    private static void bar(Nd nd, int p) {
        nd.print("RA:").etheraddr(p + 4).print(" TA:").etheraddr(p + 10);
        nd.print(" CTL(").print(Integer.toHexString(nd.u16le(p + 16))).print(") SEQ(").print(nd.u16le(p + 18)).print(") ");
    }

    /** ctrl_body_print: false when the frame is shorter than its kind. */
    private static boolean controlBody(Nd nd, int fc, int p) {
        int subtype = subtype(fc);
        nd.print(CTRL_NAMES[subtype]);
        switch (subtype) {
            case CTRL_BAR -> {
                if (!nd.has(p, 20)) {
                    return false;
                }
                if (!nd.eflag) {
                    nd.print(' ');
                    bar(nd, p);
                }
            }
            case CTRL_BA, CTRL_CTS, CTRL_ACK -> {
                if (!nd.has(p, 10)) {
                    return false;
                }
                if (!nd.eflag) {
                    nd.print(" RA:").etheraddr(p + 4).print(' ');
                }
            }
            case CTRL_PS_POLL -> {
                if (!nd.has(p, 16)) {
                    return false;
                }
                nd.print(" AID(").print(Integer.toHexString(nd.u16le(p + 2))).print(')');
            }
            case CTRL_RTS -> {
                if (!nd.has(p, 16)) {
                    return false;
                }
                if (!nd.eflag) {
                    nd.print(" TA:").etheraddr(p + 10).print(' ');
                }
            }
            case CTRL_CF_END, CTRL_END_ACK -> {
                if (!nd.has(p, 16)) {
                    return false;
                }
                if (!nd.eflag) {
                    nd.print(" RA:").etheraddr(p + 4).print(' ');
                }
            }
            default -> {
                // the control wrapper needs handling tcpdump does not do
            }
        }
        return true;
    }
}
