package org.wirebench.tcpdump.internal;

/**
 * print-802_11.c, ieee802_11_radio_print: the radiotap header before an 802.11 frame. Its fields are
 * little-endian, each aligned to its own size from the start of the header, in the order of the bits of the
 * presence words; tcpdump prints those it knows and stops at the first it does not.
 */
final class Radiotap {
    private static final int TSFT = 0;
    private static final int FLAGS = 1;
    private static final int XCHANNEL = 18;
    private static final int MCS = 19;
    private static final int NAMESPACE = 29;
    private static final int VENDOR_NAMESPACE = 30;

    private static final int F_FCS = 0x10;
    private static final int F_DATAPAD = 0x20;

    /** The rate of each HT MCS index in tenths of Mb/s: 20 MHz long GI, short GI, 40 MHz long GI, short GI. */
    private static final short[] HT_RATES = { 65, 72, 135, 150, 130, 144, 270, 300, 195, 217, 405, 450, 260, 289,
            540, 600, 390, 433, 810, 900, 520, 578, 1080, 1200, 585, 650, 1215, 1350, 650, 722, 1350, 1500, 130, 144,
            270, 300, 260, 289, 540, 600, 390, 433, 810, 900, 520, 578, 1080, 1200, 780, 867, 1620, 1800, 1040, 1156,
            2160, 2400, 1170, 1300, 2430, 2700, 1300, 1444, 2700, 3000, 195, 217, 405, 450, 390, 433, 810, 900, 585,
            650, 1215, 1350, 780, 867, 1620, 1800, 1170, 1300, 2430, 2700, 1560, 1733, 3240, 3600, 1755, 1950, 3645,
            4050, 1950, 2167, 4050, 4500, 260, 289, 540, 600, 520, 578, 1080, 1200, 780, 867, 1620, 1800, 1040, 1156,
            2160, 2400, 1560, 1733, 3240, 3600, 2080, 2311, 4320, 4800, 2340, 2600, 4860, 5400, 2600, 2889, 5400, 6000,
            0, 0, 60, 67, 390, 433, 810, 900, 520, 578, 1080, 1200, 650, 722, 1350, 1500, 585, 650, 1215, 1350, 780,
            867, 1620, 1800, 975, 1083, 2025, 2250, 520, 578, 1080, 1200, 650, 722, 1350, 1500, 650, 722, 1350, 1500,
            780, 867, 1620, 1800, 910, 1011, 1890, 2100, 910, 1011, 1890, 2100, 1040, 1156, 2160, 2400, 780, 867, 1620,
            1800, 975, 1083, 2025, 2250, 975, 1083, 2025, 2250, 1170, 1300, 2430, 2700, 1365, 1517, 2835, 3150, 1365,
            1517, 2835, 3150, 1560, 1733, 3240, 3600, 650, 722, 1350, 1500, 780, 867, 1620, 1800, 910, 1011, 1890,
            2100, 780, 867, 1620, 1800, 910, 1011, 1890, 2100, 1040, 1156, 2160, 2400, 1170, 1300, 2430, 2700, 1040,
            1156, 2160, 2400, 1170, 1300, 2430, 2700, 1300, 1444, 2700, 3000, 1300, 1444, 2700, 3000, 1430, 1589, 2970,
            3300, 975, 1083, 2025, 2250, 1170, 1300, 2430, 2700, 1365, 1517, 2835, 3150, 1170, 1300, 2430, 2700, 1365,
            1517, 2835, 3150, 1560, 1733, 3240, 3600, 1755, 1950, 3645, 4050, 1560, 1733, 3240, 3600, 1755, 1950, 3645,
            4050, 1950, 2167, 4050, 4500, 1950, 2167, 4050, 4500, 2145, 2383, 4455, 4950 };

    private static final String[] HT_BANDWIDTH = { "20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)" };

    private static final String[] VHT_BANDWIDTH = { "20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)", "80 MHz",
            "80 MHz (L)", "80 MHz (U)", "80 MHz (LL)", "80 MHz (LU)", "80 MHz (UL)", "80 MHz (UU)", "160 MHz",
            "160 MHz (L)", "160 MHz (U)", "160 MHz (LL)", "160 MHz (LU)", "160 MHz (UL)", "160 MHz (UU)",
            "160 MHz (LLL)", "160 MHz (LLU)", "160 MHz (LUL)", "160 MHz (UUU)", "160 MHz (ULL)", "160 MHz (ULU)",
            "160 MHz (UUL)", "160 MHz (UUU)", "unknown (26)", "unknown (27)", "unknown (28)", "unknown (29)",
            "unknown (30)", "unknown (31)" };

    /** The field reader (tcpdump's cpack): the next unread byte and the end of the header. */
    private final Nd nd;
    private int next;
    private int end;
    private int flags;

    private Radiotap(Nd nd) {
        this.nd = nd;
    }

    static int print(Nd nd, int length, int caplen) {
        nd.protocol = "802.11_radio";
        if (caplen < 8) {
            nd.trunc();
            return caplen;
        }
        int len = nd.u16le(2);
        if (len < 8 || caplen < len) {
            nd.trunc();
            return caplen;
        }
        int last = 4;
        while (last + 4 <= len && (nd.u32le(last) & 0x80000000L) != 0) {
            last += 4;
        }
        if (last + 4 > len) {
            nd.trunc();
            return caplen;
        }
        Radiotap r = nd.state(Radiotap.class, () -> new Radiotap(nd));
        r.next = last + 4;
        r.end = len;
        r.flags = 0;
        r.fields(last);
        boolean pad = (r.flags & F_DATAPAD) != 0;
        int fcslen = (r.flags & F_FCS) != 0 ? 4 : 0;
        return len + Ieee80211.frame(nd, len, length - len, caplen - len, pad, fcslen);
    }

    /** Walks the presence words from offset 4 to `last`, switching namespaces as they say. */
    private void fields(int last) {
        int bit0 = 0;
        boolean vendor = false;
        int skip = 0;
        for (int word = 4; word <= last; word += 4) {
            int present = (int) nd.u32le(word);
            if (vendor) {
                if (next + skip > end) {
                    break;
                }
                next += skip;
                skip = 0;
            } else if (!namespace(present, bit0)) {
                break;
            }
            switch (present & (1 << NAMESPACE | 1 << VENDOR_NAMESPACE)) {
                case 0 -> bit0 += 32;
                case 1 << NAMESPACE -> {
                    bit0 = 0;
                    vendor = false;
                    skip = 0;
                }
                case 1 << VENDOR_NAMESPACE -> {
                    bit0 = 0;
                    vendor = true;
                    // the vendor namespace item: OUI, sub-namespace, then the length of its data
                    if (aligned(2) < 0 || u8() < 0 || u8() < 0 || u8() < 0 || u8() < 0) {
                        nd.trunc();
                    } else {
                        int length = u16();
                        if (length < 0) {
                            nd.trunc();
                        } else {
                            skip = length;
                        }
                    }
                }
                default -> {
                    // both namespace bits: undefined, ignored
                }
            }
        }
    }

    /** The fields of one presence word in the radiotap namespace; false after an unknown or truncated one. */
    private boolean namespace(int present, int bit0) {
        for (int bits = present; bits != 0; bits &= bits - 1) {
            int bitno = Integer.numberOfTrailingZeros(bits);
            if (bitno >= NAMESPACE) {
                break;
            }
            if (!field(bit0 + bitno, present)) {
                return false;
            }
        }
        return true;
    }

    private boolean field(int bit, int present) {
        switch (bit) {
            case TSFT -> {
                int at = aligned(8);
                if (at < 0) {
                    return trunc();
                }
                next = at + 8;
                nd.print(Long.toUnsignedString(nd.u32le(at) | nd.u32le(at + 4) << 32)).print("us tsft ");
            }
            case FLAGS -> {
                int f = u8();
                if (f < 0) {
                    return trunc();
                }
                flags = f;
                flag(f, 0x01, "cfp ");
                flag(f, 0x02, "short preamble ");
                flag(f, 0x04, "wep ");
                flag(f, 0x08, "fragmented ");
                flag(f, 0x40, "bad-fcs ");
            }
            case 2 -> { // rate, in 500 kb/s, or an MCS index with the top bit
                int rate = u8();
                if (rate < 0) {
                    return trunc();
                }
                if (rate >= 0x80 && rate <= 0x8f) {
                    nd.print("MCS ").print(rate & 0x7f).print(' ');
                } else {
                    Ieee80211Mgmt.halves(nd, rate);
                    nd.print(" Mb/s ");
                }
            }
            case 3 -> { // channel: frequency, flags
                int frequency = u16();
                int channelFlags = frequency < 0 ? -1 : u16();
                if (channelFlags < 0) {
                    return trunc();
                }
                if ((present & 1 << XCHANNEL) == 0) {
                    channel(frequency, channelFlags, present);
                }
            }
            case 4 -> { // FHSS hop set and pattern
                int set = u8();
                int pattern = set < 0 ? -1 : u8();
                if (pattern < 0) {
                    return trunc();
                }
                nd.print("fhset ").print(set).print(" fhpat ").print(pattern).print(' ');
            }
            case 5 -> {
                return signed8("dBm signal ");
            }
            case 6 -> {
                return signed8("dBm noise ");
            }
            case 7 -> {
                return unsigned16(" sq ");
            }
            case 8 -> { // TX attenuation, shown as a (negative) power
                int v = u16();
                if (v < 0) {
                    return trunc();
                }
                nd.print(-(short) v).print(" tx power ");
            }
            case 9 -> { // dB TX attenuation (tcpdump reads one signed byte)
                int v = u8();
                if (v < 0) {
                    return trunc();
                }
                nd.print(-(byte) v).print("dB tx attenuation ");
            }
            case 10 -> {
                return signed8("dBm tx power ");
            }
            case 11 -> {
                int antenna = u8();
                if (antenna < 0) {
                    return trunc();
                }
                nd.print("antenna ").print(antenna).print(' ');
            }
            case 12 -> {
                return unsigned8("dB signal ");
            }
            case 13 -> {
                return unsigned8("dB noise ");
            }
            case 14 -> { // RX flags, not shown
                if (u16() < 0) {
                    return trunc();
                }
            }
            case XCHANNEL -> {
                int at = aligned(4);
                if (at < 0) {
                    return trunc();
                }
                next = at + 4;
                int channelFlags = (int) nd.u32le(at);
                int frequency = u16();
                if (frequency < 0 || u8() < 0 || u8() < 0) {
                    return trunc();
                }
                channel(frequency, channelFlags, present);
            }
            case MCS -> {
                return mcs();
            }
            case 20 -> { // A-MPDU status, not shown
                int at = aligned(4);
                if (at < 0) {
                    return trunc();
                }
                next = at + 4;
                if (u16() < 0 || u8() < 0 || u8() < 0) {
                    return trunc();
                }
            }
            case 21 -> {
                return vht();
            }
            default -> {
                // a field of unknown size: nothing after it can be found
                nd.print("[bit ").print(bit).print("] ");
                return false;
            }
        }
        return true;
    }

    private boolean trunc() {
        nd.trunc();
        return false;
    }

    private void flag(int f, int bit, String text) {
        if ((f & bit) != 0) {
            nd.print(text);
        }
    }

    private boolean signed8(String unit) {
        int v = u8();
        if (v < 0) {
            return trunc();
        }
        nd.print((byte) v).print(unit);
        return true;
    }

    private boolean unsigned8(String unit) {
        int v = u8();
        if (v < 0) {
            return trunc();
        }
        nd.print(v).print(unit);
        return true;
    }

    private boolean unsigned16(String unit) {
        int v = u16();
        if (v < 0) {
            return trunc();
        }
        nd.print(v).print(unit);
        return true;
    }

    /** print_chaninfo: `2412 MHz 11b `. */
    private void channel(int frequency, int f, int present) {
        nd.print(frequency).print(" MHz");
        if ((present & 1 << MCS) != 0) {
            nd.print(" 11n");
        } else {
            if ((f & 0x880) == 0x880) {
                nd.print(" FHSS");
            }
            if ((f & 0x140) == 0x140) {
                nd.print((f & 0x4000) != 0 ? " 11a/10Mhz" : (f & 0x8000) != 0 ? " 11a/5Mhz" : " 11a");
            }
            if ((f & 0x0c0) == 0x0c0 || (f & 0x480) == 0x480) {
                nd.print((f & 0x4000) != 0 ? " 11g/10Mhz" : (f & 0x8000) != 0 ? " 11g/5Mhz" : " 11g");
            } else if ((f & 0x0a0) == 0x0a0) {
                nd.print(" 11b");
            }
            if ((f & 0x10) != 0) {
                nd.print(" Turbo");
            }
        }
        if ((f & 0x10000) != 0) {
            nd.print(" ht/20");
        } else if ((f & 0x40000) != 0) {
            nd.print(" ht/40-");
        } else if ((f & 0x20000) != 0) {
            nd.print(" ht/40+");
        }
        nd.print(' ');
    }

    /** The 802.11n MCS field: known bits, flags, index. */
    private boolean mcs() {
        int known = u8();
        int f = known < 0 ? -1 : u8();
        int index = f < 0 ? -1 : u8();
        if (index < 0) {
            return trunc();
        }
        if ((known & 0x02) != 0) {
            int rate = 0;
            // tcpdump looks the rate up when either the bandwidth or the guard interval is known
            if (index <= 76 && (known & 0x05) != 0) {
                rate = HT_RATES[index * 4 + ((f & 3) == 1 ? 2 : 0) + ((f & 0x04) != 0 ? 1 : 0)];
            }
            if (rate != 0) {
                nd.print(rate / 10).print('.').print(rate % 10).print(" Mb/s ");
            }
            nd.print("MCS ").print(index).print(' ');
        }
        if ((known & 0x01) != 0) {
            nd.print(HT_BANDWIDTH[f & 3]).print(' ');
        }
        if ((known & 0x04) != 0) {
            nd.print((f & 0x04) != 0 ? "short GI " : "long GI ");
        }
        if ((known & 0x08) != 0) {
            nd.print((f & 0x08) != 0 ? "greenfield " : "mixed ");
        }
        if ((known & 0x10) != 0) {
            nd.print((f & 0x10) != 0 ? "LDPC FEC " : "BCC FEC ");
        }
        if ((known & 0x20) != 0) {
            nd.print("RX-STBC").print((f & 0x60) >> 5).print(' ');
        }
        return true;
    }

    /** The 802.11ac VHT field: known, flags, bandwidth, MCS/NSS per user, coding, group, partial AID. */
    private boolean vht() {
        int known = u16();
        int f = known < 0 ? -1 : u8();
        int bandwidth = f < 0 ? -1 : u8();
        if (bandwidth < 0) {
            return trunc();
        }
        int users = next;
        for (int i = 0; i < 4; i++) {
            if (u8() < 0) {
                return trunc();
            }
        }
        int coding = u8();
        if (coding < 0 || u8() < 0 || u16() < 0) {
            return trunc();
        }
        for (int i = 0; i < 4; i++) {
            int mcsNss = nd.u8(users + i);
            if ((mcsNss & 0x0f) == 0) {
                continue;
            }
            nd.print("User ").print(i).print(" MCS ").print(mcsNss >> 4).print(' ');
            nd.print((coding & 1 << i) != 0 ? "LDPC FEC " : "BCC FEC ");
        }
        if ((known & 0x0040) != 0) {
            nd.print(VHT_BANDWIDTH[bandwidth & 0x1f]).print(' ');
        }
        if ((known & 0x0004) != 0) {
            nd.print((f & 0x04) != 0 ? "short GI " : "long GI ");
        }
        return true;
    }

    /** The offset of the next field of `size` bytes, aligned to its size; -1 when it passes the header. */
    private int aligned(int size) {
        int at = (next + size - 1) & -size;
        return at + size > end ? -1 : at;
    }

    private int u8() {
        if (next + 1 > end) {
            return -1;
        }
        return nd.u8(next++);
    }

    private int u16() {
        int at = aligned(2);
        if (at < 0) {
            return -1;
        }
        next = at + 2;
        return nd.u16le(at);
    }
}
