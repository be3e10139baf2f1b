package org.wirebench.tcpdump.internal;

/** print-ahcp.c: the Ad Hoc Configuration Protocol, version 1 (draft-chroboczek-ahcp-00). */
final class Ahcp {
    private static final int MAGIC = 43;
    /** Magic, version, hop counts, nonce and the two 8-byte ids. */
    private static final int HEADER_LENGTH = 24;
    private static final int BODY_MIN_LENGTH = 4;

    private static final String[] MESSAGES = { "Discover", "Offer", "Request", "Ack", "Nack", "Release" };
    private static final String[] OPTIONS = { "Pad", "Mandatory", "Origin Time", "Expires", "My-IPv6-Address",
            "My-IPv4-Address", "IPv6 Prefix", "IPv4 Prefix", "IPv6 Address", "IPv4 Address", "IPv6 Prefix Delegation",
            "IPv4 Prefix Delegation", "Name Server", "NTP Server" };

    private Ahcp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "ahcp";
        nd.print("AHCP");
        if (length < 2 || nd.u8(off) != MAGIC) {
            invalid(nd, off, length);
            return;
        }
        int version = nd.u8(off + 1);
        off += 2;
        length -= 2;
        if (version != 1) {
            nd.print(" Version ").print(version).print(" (unknown)");
            nd.check(off, length);
            return;
        }
        nd.print(" Version 1");
        if (length < HEADER_LENGTH - 2) {
            invalid(nd, off, length);
            return;
        }
        if (nd.vflag == 0) {
            nd.check(off, HEADER_LENGTH - 2);
        } else {
            // each field is read before its label is printed
            int hops = nd.u8(off);
            nd.print("\n\tHopcount ").print(hops);
            int originalHops = nd.u8(off + 1);
            nd.print(", Original Hopcount ").print(originalHops);
            long nonce = nd.u32(off + 2);
            nd.print(", Nonce 0x").hex(nonce, 8);
            nd.check(off + 6, 8);
            nd.print(", Source Id ");
            Addresses.mac(nd.p, off + 6, 8, nd.out);
            nd.check(off + 14, 8);
            nd.print(", Destination Id ");
            Addresses.mac(nd.p, off + 14, 8, nd.out);
        }
        body(nd, off + HEADER_LENGTH - 2, length - (HEADER_LENGTH - 2));
    }

    private static void body(Nd nd, int off, int length) {
        if (length < BODY_MIN_LENGTH) {
            invalid(nd, off, length);
            return;
        }
        int type = nd.u8(off);
        int mbz = nd.u8(off + 1);
        int bodyLength = nd.u16(off + 2);
        off += 4;
        length -= 4;
        if (nd.vflag > 0) {
            nd.print("\n\t").print(type < MESSAGES.length ? MESSAGES[type] : "Unknown-" + type);
            if (mbz != 0) {
                nd.print(", MBZ ").print(mbz);
            }
            nd.print(", Length ").print(bodyLength);
        }
        if (bodyLength > length) {
            invalid(nd, off, length);
            return;
        }
        // the body length, not the datagram's, bounds the options: extra data is ignored
        if (nd.vflag >= 2) {
            options(nd, off, bodyLength);
        } else {
            nd.check(off, bodyLength);
        }
    }

    private static void options(Nd nd, int off, int length) {
        while (length > 0) {
            int option = nd.u8(off);
            off++;
            length--;
            nd.print("\n\t ").print(option < OPTIONS.length ? OPTIONS[option] : "Unknown-" + option);
            if (option == 0 || option == 1) {
                continue;
            }
            if (length == 0) {
                invalid(nd, off, length);
                return;
            }
            int optionLength = nd.u8(off);
            off++;
            length--;
            if (optionLength > length) {
                invalid(nd, off, length);
                return;
            }
            value(nd, option, off, optionLength);
            off += optionLength;
            length -= optionLength;
        }
    }

    private static void value(Nd nd, int option, int off, int length) {
        switch (option) {
            case 2 -> {
                if (length != 4) {
                    invalid(nd, off, length);
                    return;
                }
                long time = nd.u32(off);
                nd.print(": ");
                UtcTime.append(nd.out, time, ' ');
                nd.print(" UTC");
            }
            case 3 -> {
                if (length != 4) {
                    invalid(nd, off, length);
                    return;
                }
                long seconds = nd.u32(off);
                nd.print(": ").print(seconds).print('s');
            }
            case 4, 8, 12, 13 -> list(nd, off, length, 16, false);
            case 5, 9 -> list(nd, off, length, 4, false);
            case 6, 10 -> list(nd, off, length, 17, true);
            case 11 -> list(nd, off, length, 5, true);
            default -> {
                nd.print(" (Length ").print(length).print(')');
                nd.check(off, length);
            }
        }
    }

    /** Addresses of `size` bytes (4 or 16, plus one for a prefix length when `prefixes`), `: a, b`. */
    private static void list(Nd nd, int off, int length, int size, boolean prefixes) {
        String separator = ": ";
        while (length > 0) {
            if (length < size) {
                invalid(nd, off, length);
                return;
            }
            int addressSize = prefixes ? size - 1 : size;
            // the address (and prefix length) is read before the separator is printed
            nd.check(off, size);
            nd.print(separator);
            if (addressSize == 16) {
                nd.ip6addr(off);
            } else {
                nd.ipaddr(off);
            }
            if (prefixes) {
                nd.print('/').print(nd.u8(off + addressSize));
            }
            off += size;
            length -= size;
            separator = ", ";
        }
    }

    private static void invalid(Nd nd, int off, int length) {
        nd.invalid();
        nd.check(off, length);
    }
}
