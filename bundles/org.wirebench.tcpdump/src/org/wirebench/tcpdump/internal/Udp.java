package org.wirebench.tcpdump.internal;

import org.wirebench.core.Names;

/** print-udp.c: the ports, the -v checksum verdict and the port table that picks the next printer. */
final class Udp {
    private static final int HEADER = 8;
    private static final int PROTO_UDP = 17;

    private Udp() {
    }

    /**
     * The UDP datagram at `off` of `length` bytes by the IP header at `ipOff` (v4 or v6 by its first nibble);
     * `fragmented` when it is the first of several fragments (no checksum, no length complaint).
     */
    static void print(Nd nd, int off, int length, int ipOff, boolean fragmented) {
        nd.protocol = "udp";
        boolean v6 = (nd.u8(ipOff) & 0xf0) == 0x60;
        if (!nd.has(off + 2, 2)) {
            addresses(nd, ipOff, v6, -1, -1);
            nd.trunc();
            return;
        }
        int sport = nd.u16(off);
        int dport = nd.u16(off + 2);
        if (length < HEADER) {
            addresses(nd, ipOff, v6, sport, dport);
            nd.print("truncated-udp ").print(length);
            return;
        }
        if (!nd.has(off + 4, 2)) {
            addresses(nd, ipOff, v6, sport, dport);
            nd.trunc();
            return;
        }
        int ulen = nd.u16(off + 4);
        // an IPv6 jumbogram (RFC 2675) says 0 and leaves the length to the IP layer
        if (ulen == 0 && length > 65535) {
            ulen = length;
        }
        if (ulen < HEADER) {
            addresses(nd, ipOff, v6, sport, dport);
            nd.print("truncated-udplength ").print(ulen);
            return;
        }
        ulen -= HEADER;
        length -= HEADER;
        if (ulen < length) {
            length = ulen;
        }
        int cp = off + HEADER;
        if (cp > nd.snapend) {
            addresses(nd, ipOff, v6, sport, dport);
            nd.trunc();
            return;
        }
        addresses(nd, ipOff, v6, sport, dport);
        if (nd.vflag > 0 && !fragmented) {
            checksum(nd, off, length, ipOff, v6);
        }
        if (nd.qflag) {
            lengthLine(nd, ulen, length, fragmented);
            return;
        }
        if (either(sport, dport, 53)) {
            Dns.print(nd, cp, length, false, false);
        } else if (either(sport, dport, 67) || either(sport, dport, 68)) {
            Bootp.print(nd, cp, length);
        } else if (either(sport, dport, 123)) {
            Ntp.print(nd, cp, length);
        } else if (either(sport, dport, 546) || either(sport, dport, 547)) {
            Dhcp6.print(nd, cp, length);
        } else if (either(sport, dport, 5359)) {
            Ahcp.print(nd, cp, length);
        } else if (either(sport, dport, 5353)) {
            Dns.print(nd, cp, length, false, true);
        } else {
            lengthLine(nd, ulen, length, fragmented);
        }
    }

    private static boolean either(int sport, int dport, int port) {
        return sport == port || dport == port;
    }

    /** `UDP, length N`, or the UDP length that the IP layer does not hold. */
    private static void lengthLine(Nd nd, int ulen, int length, boolean fragmented) {
        if (ulen > length && !fragmented) {
            nd.print("UDP, bad length ").print(ulen).print(" > ").print(length);
        } else {
            nd.print("UDP, length ").print(ulen);
        }
    }

    /** IPv4 sums are checked from -vv on (a zero sum means none was sent); IPv6 sums, mandatory, from -v on. */
    private static void checksum(Nd nd, int off, int length, int ipOff, boolean v6) {
        if (!v6 && nd.vflag < 2) {
            return;
        }
        int sent = nd.u16(off + 6);
        if (!v6 && sent == 0) {
            nd.print("[no cksum] ");
            return;
        }
        if (!nd.has(off + HEADER, length)) {
            return;
        }
        int sum = Checksum.upper(nd, ipOff, off, length + HEADER, PROTO_UDP);
        if (sum == 0) {
            nd.print("[udp sum ok] ");
        } else {
            nd.print("[bad udp cksum 0x").hex(sent, 4).print(" -> 0x").hex(shouldBe(sent, sum), 4).print("!] ");
        }
    }

    /** in_cksum_shouldbe: the sum the sender should have written, from the one it wrote and the verdict. */
    private static int shouldBe(int sent, int computed) {
        int sum = sent + computed;
        sum = (sum & 0xffff) + (sum >>> 16);
        sum = (sum & 0xffff) + (sum >>> 16);
        return sum & 0xffff;
    }

    /**
     * udpipaddr_print: `src.sport > dst.dport: ` when the IP header's next protocol is UDP, else only the ports
     * (the IP printer showed the addresses); ports of -1 for a header too short to hold them.
     */
    private static void addresses(Nd nd, int ipOff, boolean v6, int sport, int dport) {
        boolean direct = v6 ? nd.u8(ipOff + 6) == PROTO_UDP : nd.u8(ipOff + 9) == PROTO_UDP;
        if (direct) {
            address(nd, ipOff, v6, true);
            if (sport >= 0) {
                nd.print('.');
                port(nd, sport);
            }
            nd.print(" > ");
            address(nd, ipOff, v6, false);
            if (sport >= 0) {
                nd.print('.');
                port(nd, dport);
            }
            nd.print(": ");
        } else if (sport >= 0) {
            port(nd, sport);
            nd.print(" > ");
            port(nd, dport);
            nd.print(": ");
        }
    }

    private static void address(Nd nd, int ipOff, boolean v6, boolean source) {
        if (v6) {
            nd.ip6addr(ipOff + (source ? 8 : 24));
        } else {
            nd.ipaddr(ipOff + (source ? 12 : 16));
        }
    }

    /** udpport_string: the number with -n, else the service name when /etc/services has one. */
    private static void port(Nd nd, int port) {
        String name = nd.nflag ? null : Names.service("udp", port);
        if (name != null) {
            nd.print(name);
        } else {
            nd.print(port);
        }
    }
}
