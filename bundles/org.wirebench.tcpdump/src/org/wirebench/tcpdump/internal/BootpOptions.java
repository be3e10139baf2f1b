package org.wirebench.tcpdump.internal;

/** print-bootp.c's rfc1048_print: the options after the RFC 1048 magic cookie, one line each. */
final class BootpOptions {
    private static final int PAD = 0;
    private static final int END = 255;
    private static final int DHCP_MESSAGE = 53;
    private static final int PARAMETER_REQUEST = 55;

    private static final String[] DHCP_MESSAGES = { null, "Discover", "Offer", "Request", "Decline", "ACK", "NACK",
            "Release", "Inform", null, "LeaseQuery", "LeaseUnassigned", "LeaseUnknown", "LeaseActive" };

    private BootpOptions() {
    }

    /** Prints the options from the cookie at `off` up to the end of the captured data (or END below -vvv). */
    static void print(Nd nd, int off) {
        nd.print("\n\t  Vendor-rfc1048 Extensions");
        nd.print("\n\t    Magic Cookie 0x").hex(nd.u32(off), 8);
        int bp = off + 4;
        while (nd.has(bp, 1)) {
            int tag = nd.u8(bp++);
            if (tag == PAD && nd.vflag < 3) {
                continue;
            }
            if (tag == END && nd.vflag < 3) {
                return;
            }
            int len = 0;
            if (tag != PAD && tag != END) {
                len = nd.u8(bp++);
            }
            nd.print("\n\t    ").print(BootpTags.name(tag)).print(" (").print(tag).print("), length ").print(len);
            if (len > 0) {
                nd.print(": ");
            }
            if (tag == PAD) {
                int count = 1;
                while (nd.has(bp, 1) && nd.u8(bp) == PAD) {
                    bp++;
                    count++;
                }
                if (count > 1) {
                    nd.print(", occurs ").print(count);
                }
            }
            nd.check(bp, len);
            if (tag == DHCP_MESSAGE && len == 1) {
                int type = nd.u8(bp);
                String name = type < DHCP_MESSAGES.length ? DHCP_MESSAGES[type] : null;
                if (name == null) {
                    nd.print("Unknown (").print(type).print(')');
                } else {
                    nd.print(name);
                }
                bp++;
                continue;
            }
            if (tag == PARAMETER_REQUEST) {
                for (int i = 0; i < len; i++) {
                    int inner = nd.u8(bp + i);
                    nd.print(i % 4 == 0 ? "\n\t      " : ", ").print(BootpTags.name(inner)).print(" (").print(inner).print(')');
                }
                bp += len;
                continue;
            }
            int left = value(nd, tag, bp, len);
            bp += len;
            if (left > 0) {
                nd.print("\n\t  trailing data length ").print(left);
            }
        }
    }

    /** Prints the value of `len` bytes at `bp`; returns how many bytes were left over. */
    private static int value(Nd nd, int tag, int bp, int len) {
        char format = BootpTags.FORMATS[tag];
        if (format == '?') {
            // unknown tags print by their length
            format = (len & 1) != 0 ? 'b' : (len & 2) != 0 ? 's' : 'l';
        }
        int i = 0;
        switch (format) {
            case 'a' -> {
                nd.print('"');
                AppText.printjn(nd, bp, len);
                nd.print('"');
                return 0;
            }
            case 'i', 'l', 'L' -> {
                for (; len - i >= 4; i += 4) {
                    if (i > 0) {
                        nd.print(',');
                    }
                    if (format == 'i') {
                        nd.ipaddr(bp + i);
                    } else if (format == 'L') {
                        nd.print((int) nd.u32(bp + i));
                    } else {
                        nd.print(nd.u32(bp + i));
                    }
                }
            }
            case 'p' -> {
                for (; len - i >= 8; i += 8) {
                    if (i > 0) {
                        nd.print(',');
                    }
                    nd.print('(').ipaddr(bp + i).print(':').ipaddr(bp + i + 4).print(')');
                }
            }
            case 's' -> {
                for (; len - i >= 2; i += 2) {
                    if (i > 0) {
                        nd.print(',');
                    }
                    nd.print(nd.u16(bp + i));
                }
            }
            case 'B' -> {
                for (; i < len; i++) {
                    if (i > 0) {
                        nd.print(',');
                    }
                    int value = nd.u8(bp + i);
                    switch (value) {
                        case 0 -> nd.print('N');
                        case 1 -> nd.print('Y');
                        default -> nd.print(value).print('?');
                    }
                }
            }
            case '$' -> {
                return BootpSpecial.print(nd, tag, bp, len);
            }
            default -> {
                for (; i < len; i++) {
                    if (i > 0) {
                        nd.print('.');
                    }
                    nd.print(nd.u8(bp + i));
                }
            }
        }
        return len - i;
    }
}
