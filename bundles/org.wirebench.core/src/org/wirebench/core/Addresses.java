package org.wirebench.core;

/** Addresses as Wireshark and tcpdump print them. */
public final class Addresses {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Addresses() {
    }

    /** Dotted quad of a 32-bit value. */
    public static String ipv4(long address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** RFC 5952 text: lower case, leading zeros dropped, the longest run of two or more zero groups as `::`. */
    public static String ipv6(byte[] a) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (a[2 * i] & 0xff) << 8 | a[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** `aa:bb:cc:dd:ee:ff` of a MAC address held in the low 48 bits of `address`, first byte highest. */
    public static String ether(long address) {
        byte[] text = new byte[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (address >>> (40 - 8 * i)) & 0xff;
            text[3 * i] = (byte) HEX[b >>> 4];
            text[3 * i + 1] = (byte) HEX[b & 0xf];
            if (i < 5) {
                text[3 * i + 2] = ':';
            }
        }
        return new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** `aa:bb:cc:dd:ee:ff` of six bytes at `offset`. */
    public static String ether(byte[] a, int offset) {
        return hex(a, offset, 6, ':');
    }

    /** Bytes as lower-case hex, separated by `separator` unless it is 0. */
    public static String hex(byte[] a, int offset, int length, char separator) {
        StringBuilder text = new StringBuilder(length * 3);
        for (int i = 0; i < length; i++) {
            if (i > 0 && separator != 0) {
                text.append(separator);
            }
            int b = a[offset + i] & 0xff;
            text.append(HEX[b >>> 4]).append(HEX[b & 0xf]);
        }
        return text.toString();
    }
}
