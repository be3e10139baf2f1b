package org.wirebench.tcpdump.internal;

/** in_cksum and the TCP/UDP/ICMPv6 pseudo-header sums, as tcpdump verifies them with -v. */
final class Checksum {
    private Checksum() {
    }

    /** The 16-bit one's-complement sum of `length` bytes at `off` added to `sum` (not folded, not inverted). */
    static long sum(Nd nd, int off, int length, long sum) {
        byte[] p = nd.p;
        int i = 0;
        for (; i + 1 < length; i += 2) {
            sum += (p[off + i] & 0xff) << 8 | p[off + i + 1] & 0xff;
        }
        if (i < length) {
            sum += (p[off + i] & 0xff) << 8;
        }
        return sum;
    }

    /** Folds and inverts a sum: 0 when the data carried a correct checksum. */
    static int finish(long sum) {
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** The pseudo-header sum for IPv4 (`srcOff`, `dstOff` 4 bytes) or IPv6 (16 bytes). */
    static long pseudo(Nd nd, int srcOff, int dstOff, int addressLength, int proto, long length) {
        long sum = sum(nd, srcOff, addressLength, 0);
        sum = sum(nd, dstOff, addressLength, sum);
        return sum + proto + (length >>> 16) + (length & 0xffff);
    }

    /** The checksum over an upper-layer packet at `off` of `length` bytes with the pseudo header of the IP header at `ipOff`. */
    static int upper(Nd nd, int ipOff, int off, int length, int proto) {
        boolean v6 = (nd.p[ipOff] & 0xf0) == 0x60;
        long sum = v6 ? pseudo(nd, ipOff + 8, Ip6.finalDestination(nd, ipOff), 16, proto, length)
                : pseudo(nd, ipOff + 12, IpOptions.finalDestination(nd, ipOff), 4, proto, length);
        return finish(sum(nd, off, length, sum));
    }

    /** in_cksum_shouldbe: the checksum the data should have carried, from the one it carried and {@link #finish}. */
    static int shouldBe(int carried, int computed) {
        int sum = carried + computed;
        sum = (sum & 0xffff) + (sum >> 16);
        sum = (sum & 0xffff) + (sum >> 16);
        return sum;
    }
}
