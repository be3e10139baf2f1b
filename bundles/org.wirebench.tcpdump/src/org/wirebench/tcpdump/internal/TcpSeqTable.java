package org.wirebench.tcpdump.internal;

import java.util.Arrays;

/**
 * tcpdump's tcp_seq_hash: per connection (both directions share one entry, keyed by the side with the lower
 * port first, or the lower address when the ports are equal) the sequence and acknowledgement numbers that make
 * the printed numbers relative. IPv4 and IPv6 connections live in separate tables, as in tcpdump.
 */
final class TcpSeqTable {
    private static final int BUCKETS = 1024;

    /** One connection: the key words (source, destination, ports) and the bases of both directions. */
    static final class Entry {
        final int[] key;
        int seq;
        int ack;
        Entry next;

        Entry(int[] key) {
            this.key = key;
        }
    }

    private final Entry[] v4 = new Entry[BUCKETS];
    private final Entry[] v6 = new Entry[BUCKETS];
    private final int[] key4 = new int[3];
    private final int[] key6 = new int[9];

    /** Whether the packet's direction is the reverse of the entry's (tcpdump's `rev`). */
    static boolean reversed(byte[] p, int srcOff, int dstOff, int addressLength, int sport, int dport) {
        if (sport != dport) {
            return sport > dport;
        }
        for (int i = 0; i < addressLength; i++) {
            int a = p[srcOff + i] & 0xff;
            int b = p[dstOff + i] & 0xff;
            if (a != b) {
                return a > b;
            }
        }
        return false;
    }

    /** The entry of the connection, or null; the key is kept for {@link #add} to use when it is new. */
    Entry find(byte[] p, int srcOff, int dstOff, int addressLength, int sport, int dport, boolean rev) {
        boolean six = addressLength == 16;
        int[] key = six ? key6 : key4;
        int words = addressLength / 4;
        int first = rev ? dstOff : srcOff;
        int second = rev ? srcOff : dstOff;
        for (int i = 0; i < words; i++) {
            key[i] = word(p, first + 4 * i);
            key[words + i] = word(p, second + 4 * i);
        }
        int port = rev ? dport << 16 | sport : sport << 16 | dport;
        key[2 * words] = port;
        Entry[] table = six ? v6 : v4;
        for (Entry e = table[bucket(key)]; e != null; e = e.next) {
            if (Arrays.equals(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    /** A new entry for the key of the last {@link #find} that found none. */
    Entry add(int addressLength) {
        boolean six = addressLength == 16;
        int[] key = (six ? key6 : key4).clone();
        Entry[] table = six ? v6 : v4;
        int b = bucket(key);
        Entry e = new Entry(key);
        e.next = table[b];
        table[b] = e;
        return e;
    }

    private static int bucket(int[] key) {
        int h = 0;
        for (int k : key) {
            h = h * 31 + k;
        }
        return (h ^ h >>> 16) & (BUCKETS - 1);
    }

    private static int word(byte[] p, int off) {
        return (p[off] & 0xff) << 24 | (p[off + 1] & 0xff) << 16 | (p[off + 2] & 0xff) << 8 | p[off + 3] & 0xff;
    }
}
