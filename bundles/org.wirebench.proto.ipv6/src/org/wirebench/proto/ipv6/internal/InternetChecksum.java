package org.wirebench.proto.ipv6.internal;

import java.util.Map;

import org.wirebench.core.ByteView;

/**
 * The Internet checksum (RFC 1071) over an IPv6 pseudo-header (RFC 8200 section 8.1) and a message, and the
 * values of a `*.checksum.status` field as Wireshark numbers them.
 */
final class InternetChecksum {
    static final int BAD = 0;
    static final int GOOD = 1;
    static final int UNVERIFIED = 2;
    static final Map<Long, String> STATUS_NAMES = Map.of(0L, "Bad", 1L, "Good", 2L, "Unverified");

    private InternetChecksum() {
    }

    /**
     * The ones' complement sum of the pseudo-header (addresses, upper-layer length, next header) and of the
     * message, leaving out the message's checksum field at `checksumOffset`.
     */
    static int sum(CarryingHeader header, int nextHeader, ByteView message, int checksumOffset) {
        long length = message.length();
        long sum = sum(ByteView.of(header.source()), 0, 16) + sum(ByteView.of(header.destination()), 0, 16)
                + (length >>> 16) + (length & 0xffff) + nextHeader
                + sum(message, 0, checksumOffset) + sum(message, checksumOffset + 2, message.length() - checksumOffset - 2);
        return fold(sum);
    }

    /** The 16-bit ones' complement sum of `length` bytes from `offset`; an odd last byte counts as its high half. */
    static int sum(ByteView data, int offset, int length) {
        long sum = 0;
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            sum += data.u16(i);
        }
        if (i < end) {
            sum += data.u8(i) << 8;
        }
        return fold(sum);
    }

    static int fold(long sum) {
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** The checksum a message must carry whose other words sum to `sum`. */
    static int complement(int sum) {
        return ~sum & 0xffff;
    }
}
