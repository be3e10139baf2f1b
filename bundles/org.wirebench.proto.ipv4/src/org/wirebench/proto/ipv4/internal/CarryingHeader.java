package org.wirebench.proto.ipv4.internal;

/**
 * The TTL of the IPv4 header whose payload is being dissected, for ICMP's Info column. Wireshark hands the IP
 * header to the sub-dissector as its `data` argument; the core's Dissector API has none, so within this bundle
 * the value travels on the dissecting thread for exactly as long as the hand-off lasts.
 */
final class CarryingHeader {
    private static final ThreadLocal<Integer> TTL = new ThreadLocal<>();

    private CarryingHeader() {
    }

    static void handOn(int ttl, Runnable handOff) {
        Integer outer = TTL.get();
        TTL.set(ttl);
        try {
            handOff.run();
        } finally {
            if (outer == null) {
                TTL.remove();
            } else {
                TTL.set(outer);
            }
        }
    }

    /** The TTL of the innermost IPv4 header handing on, or -1 outside any. */
    static int ttl() {
        Integer ttl = TTL.get();
        return ttl == null ? -1 : ttl;
    }
}
