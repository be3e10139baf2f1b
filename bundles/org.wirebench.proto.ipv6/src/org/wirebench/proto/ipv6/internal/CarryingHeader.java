package org.wirebench.proto.ipv6.internal;

/**
 * What the IPv6 header whose payload is being dissected tells ICMPv6: the addresses of the checksum's
 * pseudo-header (the destination being the final one when a routing header names it) and the hop limit for the
 * Info column. Wireshark hands this to the sub-dissector as its `data` argument; the core's Dissector API has
 * none, so within this bundle it travels on the dissecting thread for exactly as long as the hand-off lasts.
 */
record CarryingHeader(byte[] source, byte[] destination, int hopLimit) {
    private static final ThreadLocal<CarryingHeader> CURRENT = new ThreadLocal<>();

    void handOn(Runnable handOff) {
        CarryingHeader outer = CURRENT.get();
        CURRENT.set(this);
        try {
            handOff.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The innermost IPv6 header handing on, or null outside any. */
    static CarryingHeader current() {
        return CURRENT.get();
    }
}
