package org.wirebench.filter;

import org.wirebench.core.FieldSet;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Packet;
import org.wirebench.filter.internal.Expr;
import org.wirebench.filter.internal.Occurrences;
import org.wirebench.filter.internal.Parser;

/**
 * A display filter in Wireshark's language (`ip.src == 192.168.10.16 && tcp.port == 80`), compiled once
 * against the field registry to a predicate over a frame's dissection. Not thread-safe: one per thread.
 */
public final class DisplayFilter {
    private final Expr expr;
    private final Occurrences occurrences;
    private final FieldSet wanted;

    private DisplayFilter(Parser.Result parsed) {
        this.expr = parsed.expr();
        this.occurrences = Occurrences.over(parsed.needed());
        this.wanted = new FieldSet(parsed.needed());
    }

    /**
     * @throws FilterException naming the position and what was expected, or the unknown name and the nearest
     *                         registered ones
     */
    public static DisplayFilter compile(String text, DissectorRegistry registry) throws FilterException {
        return new DisplayFilter(Parser.parse(text, registry, false));
    }

    /**
     * As {@link #compile}, but a name no dissector here registers stands for a field never present, as a protocol not
     * in the capture: what colouring rules written for Wireshark need (`http || http2`, `hsrp.state != 8`).
     */
    public static DisplayFilter compileAllowingUnknownFields(String text, DissectorRegistry registry) throws FilterException {
        return new DisplayFilter(Parser.parse(text, registry, true));
    }

    /** The fields to dissect for: `registry.dissect(frame, session, filter.wanted())` gives what {@link #matches} needs. */
    public FieldSet wanted() {
        return wanted;
    }

    /** Whether `packet`, dissected with its tree or for {@link #wanted()}, passes. */
    public boolean matches(Packet packet) {
        occurrences.collect(packet);
        return expr.test(occurrences);
    }
}
