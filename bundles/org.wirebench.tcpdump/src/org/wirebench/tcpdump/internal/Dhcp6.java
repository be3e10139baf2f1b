package org.wirebench.tcpdump.internal;

/** print-dhcp6.c: DHCPv6 (RFC 3315) messages; with -v the transaction id and every option in parentheses. */
final class Dhcp6 {
    private static final int RELAY_FORW = 12;
    private static final int RELAY_REPLY = 13;
    /** Message type, hop count, link and peer addresses. */
    private static final int RELAY_HEADER = 34;

    private static final String[] MESSAGES = { null, "solicit", "advertise", "request", "confirm", "renew", "rebind",
            "reply", "release", "decline", "reconfigure", "inf-req", "relay-fwd", "relay-reply", "leasequery",
            "leasequery-reply" };

    private Dhcp6() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "dhcp6";
        nd.print("dhcp6");
        int end = Math.min(nd.snapend, off + length);
        if (!nd.has(off, 4)) {
            // a mark, not an abort: a message nested in a relay option leaves the rest of its relay printable
            nd.trunc();
            return;
        }
        int type = nd.u8(off);
        String name = type < MESSAGES.length ? MESSAGES[type] : null;
        nd.print(' ');
        if (name == null) {
            nd.print("msgtype-").print(type);
        } else {
            nd.print(name);
        }
        if (nd.vflag == 0) {
            return;
        }
        nd.print(" (");
        if (type != RELAY_FORW && type != RELAY_REPLY) {
            nd.print("xid=").print(Long.toHexString(nd.u32(off) & 0xffffff));
            Dhcp6Options.print(nd, off + 4, end);
        } else {
            // each address is read before its label is printed
            nd.check(off + 2, 16);
            nd.print("linkaddr=").ip6addr(off + 2);
            nd.check(off + 18, 16);
            nd.print(" peeraddr=").ip6addr(off + 18);
            Dhcp6Options.print(nd, off + RELAY_HEADER, end);
        }
        nd.print(')');
    }
}
