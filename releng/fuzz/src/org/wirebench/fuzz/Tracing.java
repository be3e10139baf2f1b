package org.wirebench.fuzz;

import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Fields;
import org.wirebench.core.HeuristicDissector;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.TruncatedException;

/**
 * A pass-through around a contributed dissector that remembers the first exception a dissector threw, with its
 * stack. The engine turns a dissector's RuntimeException into a "Dissector bug" expert item that keeps only its
 * toString(); the fuzz targets attach the remembered exception to their failure, so a finding shows where the
 * dissector broke. It is also the exact signal for such a bug: an expert's text alone can be forged by the packet
 * (HTTP shows its request line as an expert item, and the fuzzer learns to write "Dissector bug" there).
 * Behaviour is unchanged: every exception is rethrown as it came.
 */
class Tracing implements Dissector {
    private static final ThreadLocal<RuntimeException> FIRST = new ThreadLocal<>();
    private static final ThreadLocal<RuntimeException> HEURISTIC = new ThreadLocal<>();

    final Dissector delegate;
    private String protocol = "?";

    Tracing(Dissector delegate) {
        this.delegate = delegate;
    }

    static Dissector wrap(Dissector dissector) {
        return dissector instanceof HeuristicDissector heuristic ? new TracingHeuristic(heuristic) : new Tracing(dissector);
    }

    /** Forgets what was remembered: call before each dissection. */
    static void reset() {
        FIRST.remove();
        HEURISTIC.remove();
    }

    /** The first exception other than a TruncatedException a dissector threw since {@link #reset()}, or null. */
    static RuntimeException firstBug() {
        return FIRST.get();
    }

    /** The first exception of any kind a heuristic's accepts threw since {@link #reset()}, or null. */
    static RuntimeException heuristicFailure() {
        return HEURISTIC.get();
    }

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.id();
        delegate.register(protocol, fields);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        try {
            delegate.dissect(data, packet, parent);
        } catch (TruncatedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (FIRST.get() == null) {
                FIRST.set(new DissectorException(protocol, e));
            }
            throw e;
        }
    }

    String protocol() {
        return protocol;
    }

    /** An exception a dissector threw, naming the protocol; the original is the cause. */
    static final class DissectorException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DissectorException(String protocol, RuntimeException cause) {
            super("dissector " + protocol + " threw " + cause, cause);
        }
    }

    private static final class TracingHeuristic extends Tracing implements HeuristicDissector {
        TracingHeuristic(HeuristicDissector delegate) {
            super(delegate);
        }

        @Override
        public boolean accepts(ByteView data, Packet packet) {
            try {
                return ((HeuristicDissector) delegate).accepts(data, packet);
            } catch (RuntimeException e) {
                if (HEURISTIC.get() == null) {
                    HEURISTIC.set(new DissectorException(protocol() + " (heuristic accepts, which must never throw)", e));
                }
                throw e;
            }
        }
    }
}
