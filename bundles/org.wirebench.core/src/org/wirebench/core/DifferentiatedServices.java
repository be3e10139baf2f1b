package org.wirebench.core;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The Differentiated Services field (RFC 2474, RFC 3168): IPv4's type-of-service byte and IPv6's traffic class,
 * a codepoint (DSCP) and two ECN bits, named as Wireshark names them. Here because the two IP bundles may share
 * nothing but the core.
 */
public final class DifferentiatedServices {
    public static final Map<Long, String> DSCP_NAMES = Map.ofEntries(
            entry(0L, "Default"), entry(1L, "Lower Effort"), entry(8L, "Class Selector 1"), entry(10L, "Assured Forwarding 11"),
            entry(12L, "Assured Forwarding 12"), entry(14L, "Assured Forwarding 13"), entry(16L, "Class Selector 2"),
            entry(18L, "Assured Forwarding 21"), entry(20L, "Assured Forwarding 22"), entry(22L, "Assured Forwarding 23"),
            entry(24L, "Class Selector 3"), entry(26L, "Assured Forwarding 31"), entry(28L, "Assured Forwarding 32"),
            entry(30L, "Assured Forwarding 33"), entry(32L, "Class Selector 4"), entry(34L, "Assured Forwarding 41"),
            entry(36L, "Assured Forwarding 42"), entry(38L, "Assured Forwarding 43"), entry(40L, "Class Selector 5"),
            entry(44L, "Voice Admit"), entry(46L, "Expedited Forwarding"), entry(48L, "Class Selector 6"), entry(56L, "Class Selector 7"));
    public static final Map<Long, String> ECN_NAMES = Map.of(0L, "Not ECN-Capable Transport", 1L, "ECN-Capable Transport codepoint '01'",
            2L, "ECN-Capable Transport codepoint '10'", 3L, "Congestion Experienced");

    private DifferentiatedServices() {
    }

    /** `DSCP: Default, ECN: Not ECN-Capable Transport`: the two parts of the 8-bit field, as its label shows them. */
    public static String describe(int field) {
        int dscp = field >>> 2;
        return "DSCP: " + DSCP_NAMES.getOrDefault((long) dscp, Integer.toString(dscp)) + ", ECN: " + ECN_NAMES.get((long) (field & 3));
    }
}
