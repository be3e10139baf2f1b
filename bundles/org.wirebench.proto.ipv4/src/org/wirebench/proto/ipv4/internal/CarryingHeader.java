package org.wirebench.proto.ipv4.internal;

/**
 * The TTL of the IPv4 header whose payload is being dissected, for ICMP's Info column. Wireshark hands the IP
 * header to the sub-dissector as its `data` argument; the core's Dissector API has none, so within this bundle
 * the value travels on the dissecting thread for exactly as long as the hand-off lasts.
 */
final class CarryingHeader {
    /** The TTL of the innermost IPv4 header handing on, -1 outside any; one holder per thread. */
    private static final ThreadLocal<int[]> TTL = ThreadLocal.withInitial(() -> new int[] { -1 });

    private CarryingHeader() {
    }

    /**
     * The holder of the TTL on this thread: a hand-off keeps the value it finds, puts its own TTL in, and puts
     * the kept value back when the hand-off ends, however it ends.
     */
    static int[] enter() {
        return TTL.get();
    }

    /** The TTL of the innermost IPv4 header handing on, or -1 outside any. */
    static int ttl() {
        return TTL.get()[0];
    }
}
