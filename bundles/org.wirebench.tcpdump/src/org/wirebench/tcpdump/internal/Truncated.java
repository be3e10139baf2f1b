package org.wirebench.tcpdump.internal;

/** A printer reached the end of the captured data (tcpdump's longjmp to `ndo_early_end`). */
public final class Truncated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Thrown often on damaged traffic: one instance without a stack trace costs nothing. */
    static final Truncated INSTANCE = new Truncated();

    private Truncated() {
        super("truncated", null, false, false);
    }
}
