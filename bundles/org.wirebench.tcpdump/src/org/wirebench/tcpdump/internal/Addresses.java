package org.wirebench.tcpdump.internal;

/** Address text as tcpdump writes it with `-n`. */
final class Addresses {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Addresses() {
    }

    static void mac(byte[] p, int off, int count, StringBuilder out) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(':');
            }
            int b = p[off + i] & 0xff;
            out.append(HEX[b >> 4]).append(HEX[b & 15]);
        }
    }

    /** inet_ntop(AF_INET6): the first longest run of at least two zero groups becomes `::`; ::ffff:a.b.c.d. */
    static void ip6(byte[] p, int off, StringBuilder out) {
        int[] group = new int[8];
        for (int i = 0; i < 8; i++) {
            group[i] = (p[off + 2 * i] & 0xff) << 8 | p[off + 2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8;) {
            if (group[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && group[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        if (bestLength < 2) {
            bestStart = -1;
        }
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append(':');
                if (i == 0) {
                    out.append(':');
                }
                i += bestLength - 1;
                if (i == 7) {
                    break;
                }
                continue;
            }
            // an IPv4-compatible or -mapped address ends in dotted quad
            if (i == 6 && bestStart == 0 && (bestLength == 6 || bestLength == 5 && group[5] == 0xffff)) {
                out.append(p[off + 12] & 0xff).append('.').append(p[off + 13] & 0xff).append('.')
                        .append(p[off + 14] & 0xff).append('.').append(p[off + 15] & 0xff);
                break;
            }
            out.append(Integer.toHexString(group[i]));
            if (i < 7) {
                out.append(':');
            }
        }
    }
}
