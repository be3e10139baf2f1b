package org.wirebench.core;

import java.util.Map;

/**
 * The Internet checksum (RFC 1071) of IPv4, ICMP, ICMPv6 and UDP, the pseudo-header a transport's checksum also
 * covers (RFC 768 for IPv4, RFC 8200 section 8.1 for IPv6), and the values of a `*.checksum.status` field as
 * Wireshark numbers them. Here because the bundles that verify it may share nothing but the core.
 */
public final class InternetChecksum {
    public static final int BAD = 0;
    public static final int GOOD = 1;
    public static final int UNVERIFIED = 2;
    public static final int NOT_PRESENT = 3;
    public static final int ILLEGAL = 4;
    public static final Map<Long, String> STATUS_NAMES = Map.of((long) BAD, "Bad", (long) GOOD, "Good", (long) UNVERIFIED, "Unverified",
            (long) NOT_PRESENT, "Not present", (long) ILLEGAL, "Illegal");

    private InternetChecksum() {
    }

    /** The 16-bit ones' complement sum of `length` bytes from `offset`; an odd last byte counts as its high half. */
    public static int sum(ByteView data, int offset, int length) {
        if (length > 0 && data.has(offset, length)) {
            return fold(data.wordSum(offset, length));
        }
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

    /** The sum of the first `length` bytes of `message` but its 2-byte checksum field at `checksumOffset`. */
    public static int sumWithoutChecksum(ByteView message, int length, int checksumOffset) {
        if (checksumOffset >= 0 && length >= checksumOffset + 2 && message.has(0, length)) {
            return fold(message.wordSum(0, checksumOffset) + message.wordSum(checksumOffset + 2, length - checksumOffset - 2));
        }
        return fold((long) sum(message, 0, checksumOffset) + sum(message, checksumOffset + 2, length - checksumOffset - 2));
    }

    /** The sum of a pseudo-header: the addresses (4 or 16 bytes each), the upper-layer protocol and its length. */
    public static int pseudoHeader(byte[] source, byte[] destination, int protocol, long length) {
        return fold((long) sum(ByteView.of(source), 0, source.length) + sum(ByteView.of(destination), 0, destination.length) + protocol
                + (length >>> 16) + (length & 0xffff));
    }

    /**
     * Verifies the checksum of the first `length` bytes of `message`, its 2-byte checksum field at
     * `checksumOffset` (even), when all of them were captured: returns the checksum the message must carry (as
     * {@link #complement}({@link #sumWithoutChecksum})) in the low 16 bits, and bit 16 set when the sum of all
     * its words, the field included, is 0xffff (the checksum is good). -1 when not all the bytes were captured.
     */
    public static int verify(ByteView message, int length, int checksumOffset) {
        if (checksumOffset < 0 || (checksumOffset & 1) != 0 || length < checksumOffset + 2 || !message.has(0, length)) {
            return -1;
        }
        long without = message.wordSum(0, checksumOffset) + message.wordSum(checksumOffset + 2, length - checksumOffset - 2);
        int value = message.u16(checksumOffset);
        boolean good = fold(without + value) == 0xffff;
        return complement(fold(without)) | (good ? 0x1_0000 : 0);
    }

    /** Adds the carries back in until the sum fits in 16 bits. */
    public static int fold(long sum) {
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** The checksum a message must carry whose other words sum to `sum`. */
    public static int complement(int sum) {
        return ~sum & 0xffff;
    }

    /**
     * Shows a 16-bit checksum's verdict as Wireshark words it ("Checksum: 0x1c46 [correct]", "… incorrect,
     * should be 0x…", "… [unverified]"), adds the generated status field beside it and, when bad, an error.
     *
     * @param verdict {@link #GOOD}, {@link #BAD} or {@link #UNVERIFIED}
     */
    public static void show(Item parent, Item checksum, Field status, ByteView data, int offset, String label, int value,
            int verdict, int calculated) {
        if (!checksum.isNone()) {
            switch (verdict) {
                case GOOD -> checksum.text("%s: 0x%04x [correct]", label, value);
                case BAD -> checksum.text("%s: 0x%04x incorrect, should be 0x%04x", label, value, calculated);
                default -> checksum.text("%s: 0x%04x [unverified]", label, value);
            }
        }
        parent.add(status, data, offset, 2, verdict).generated();
        if (verdict == BAD) {
            checksum.expert(Severity.ERROR, "Bad checksum [should be 0x%04x]".formatted(calculated));
        }
    }
}
