package org.wirebench.tcpdump.internal;

/** print-bootp.c: BOOTP (RFC 951) and IPv4 DHCP, with the RFC 1048 vendor options and the CMU vendor area. */
final class Bootp {
    // offsets in the fixed BOOTP message
    private static final int HTYPE = 1;
    private static final int HLEN = 2;
    private static final int HOPS = 3;
    private static final int XID = 4;
    private static final int SECS = 8;
    private static final int FLAGS = 10;
    private static final int CIADDR = 12;
    private static final int CHADDR = 28;
    private static final int SNAME = 44;
    private static final int FILE = 108;
    private static final int VEND = 236;

    private static final int RFC1048_COOKIE = 0x63825363;
    /** "CMU" and its NUL. */
    private static final int CMU_COOKIE = 0x434d5500;

    private static final String[] ADDRESS_LABELS = { "Client-IP", "Your-IP", "Server-IP", "Gateway-IP" };

    private Bootp() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "bootp";
        int op = nd.u8(off);
        nd.print("BOOTP/DHCP, ");
        switch (op) {
            case 1 -> nd.print("Request");
            case 2 -> nd.print("Reply");
            default -> nd.print("unknown (0x").hex(op, 2).print(')');
        }
        int htype = nd.u8(off + HTYPE);
        int hlen = nd.u8(off + HLEN);
        boolean ethernet = htype == 1 && hlen == 6;
        if (ethernet && op == 1) {
            nd.check(off + CHADDR, 6);
            nd.print(" from ").etheraddr(off + CHADDR);
        }
        nd.print(", length ").print(length);
        if (nd.vflag == 0) {
            return;
        }
        nd.check(off + SECS, 2);
        if (htype != 1) {
            nd.print(", htype ").print(htype);
        }
        if (!ethernet) {
            nd.print(", hlen ").print(hlen);
        }
        int hops = nd.u8(off + HOPS);
        if (hops != 0) {
            nd.print(", hops ").print(hops);
        }
        long xid = nd.u32(off + XID);
        if (xid != 0) {
            nd.print(", xid ").hex(xid);
        }
        int secs = nd.u16(off + SECS);
        if (secs != 0) {
            nd.print(", secs ").print(secs);
        }
        int flags = nd.u16(off + FLAGS);
        nd.print(", Flags [").print((flags & 0x8000) != 0 ? "Broadcast" : "none").print(']');
        if (nd.vflag > 1) {
            nd.print(" (0x").hex(flags, 4).print(')');
        }
        for (int i = 0; i < 4; i++) {
            int address = off + CIADDR + 4 * i;
            if (nd.u32(address) != 0) {
                nd.print("\n\t  ").print(ADDRESS_LABELS[i]).print(' ').ipaddr(address);
            }
        }
        if (ethernet) {
            nd.check(off + CHADDR, 6);
            nd.print("\n\t  Client-Ethernet-Address ").etheraddr(off + CHADDR);
        }
        if (!name(nd, "\n\t  sname \"", off + SNAME, 64) || !name(nd, "\n\t  file \"", off + FILE, 128)) {
            return;
        }
        long cookie = nd.u32(off + VEND);
        if (cookie == RFC1048_COOKIE) {
            BootpOptions.print(nd, off + VEND);
        } else if (cookie == CMU_COOKIE) {
            cmu(nd, off + VEND);
        } else if (cookie != 0) {
            nd.print("\n\t  Vendor-#").hex(cookie);
        }
    }

    /** The server or file name field when set; false (after the truncation mark) when it has no NUL. */
    private static boolean name(Nd nd, String label, int off, int size) {
        if (nd.u8(off) == 0) {
            return true;
        }
        nd.print(label);
        boolean terminated = AppText.printztn(nd, off, size);
        nd.print('"');
        if (!terminated) {
            nd.trunc();
        }
        return terminated;
    }

    /** The CMU vendor area: flags then the addresses that are set. */
    private static void cmu(Nd nd, int vend) {
        nd.print(" vend-cmu");
        nd.check(vend + 4, 4);
        int flags = nd.u8(vend + 4);
        if ((flags & ~1) != 0) {
            nd.print(" F:").hex(flags);
        }
        cmuAddress(nd, vend + 12, "DG");
        cmuAddress(nd, vend + 8, (flags & 1) != 0 ? "SM" : "SM*");
        cmuAddress(nd, vend + 16, "NS1");
        cmuAddress(nd, vend + 20, "NS2");
        cmuAddress(nd, vend + 24, "IEN1");
        cmuAddress(nd, vend + 28, "IEN2");
        cmuAddress(nd, vend + 32, "TS1");
        cmuAddress(nd, vend + 36, "TS2");
    }

    private static void cmuAddress(Nd nd, int off, String label) {
        if (nd.u32(off) != 0) {
            nd.print(' ').print(label).print(':').ipaddr(off);
        }
    }
}
