package org.wirebench.proto.udp.internal;

import java.util.Arrays;

/**
 * The Internet checksum over a transport segment and the IPv4 (RFC 768) or IPv6 (RFC 8200 §8.1) pseudo-header.
 * The network layer hands on its addresses only as text ({@code Packet.netSource()}), so they are parsed back here.
 */
final class PseudoHeader {

    private PseudoHeader() {
    }

    /**
     * The checksum field value `segment` should carry, computed with its checksum field (at `checksumOffset`)
     * taken as zero; 0xffff stands for a computed 0, as UDP transmits it.
     */
    static int expected(byte[] source, byte[] destination, int protocol, byte[] segment, int checksumOffset) {
        long sum = sum(source) + sum(destination) + protocol + segment.length;
        sum += sum(segment) - ((segment[checksumOffset] & 0xff) << 8 | segment[checksumOffset + 1] & 0xff);
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        int checksum = (int) ~sum & 0xffff;
        return checksum == 0 ? 0xffff : checksum;
    }

    private static long sum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            sum += (bytes[i] & 0xff) << 8 | (i + 1 < bytes.length ? bytes[i + 1] & 0xff : 0);
        }
        return sum;
    }

    /** The 4 or 16 bytes of an IPv4 or IPv6 address literal, or null for anything else (a name, a scoped address). */
    static byte[] address(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            int value = number(parts[i], 10, 3);
            if (value < 0 || value > 255) {
                return null;
            }
            address[i] = (byte) value;
        }
        return address;
    }

    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        byte[] head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        byte[] tail = gap < 0 ? new byte[0] : groups(text.substring(gap + 2), true);
        if (head == null || tail == null || head.length + tail.length > 16 || gap < 0 && head.length != 16
                || gap >= 0 && head.length + tail.length == 16) {
            return null;
        }
        byte[] address = new byte[16];
        System.arraycopy(head, 0, address, 0, head.length);
        System.arraycopy(tail, 0, address, 16 - tail.length, tail.length);
        return address;
    }

    /** Colon-separated hex groups, the last of which may be a dotted quad when it ends the address; "" is none. */
    private static byte[] groups(String text, boolean endsAddress) {
        if (text.isEmpty()) {
            return new byte[0];
        }
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[parts.length * 2 + 2];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            if (endsAddress && i == parts.length - 1 && parts[i].indexOf('.') >= 0) {
                byte[] quad = ipv4(parts[i]);
                if (quad == null) {
                    return null;
                }
                System.arraycopy(quad, 0, bytes, n, 4);
                n += 4;
                continue;
            }
            int value = number(parts[i], 16, 4);
            if (value < 0) {
                return null;
            }
            bytes[n++] = (byte) (value >>> 8);
            bytes[n++] = (byte) value;
        }
        return Arrays.copyOf(bytes, n);
    }

    /** A number of 1 to `maxDigits` digits, or -1. */
    private static int number(String digits, int radix, int maxDigits) {
        if (digits.isEmpty() || digits.length() > maxDigits) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
        }
        return value;
    }
}
