package org.wirebench.core;

import java.util.HashMap;
import java.util.Map;

/**
 * What one pass over one capture remembers from frame to frame: the first and previous timestamps (for
 * relative times) and the protocols bound to conversations (a control channel announcing a data channel,
 * a heuristic that recognised a stream). Dissect the frames of a capture in order through one session.
 */
public final class Session {
    private long firstNanos = Long.MIN_VALUE;
    private long previousNanos = Long.MIN_VALUE;
    private final Map<String, Protocol> conversations = new HashMap<>();
    private final Map<Object, Object> state = new HashMap<>();

    /** Advances to `frame` and returns the timestamp of the frame before it (its own for the first frame). */
    long advance(Frame frame) {
        long previous = previousNanos == Long.MIN_VALUE ? frame.timestampNanos() : previousNanos;
        if (firstNanos == Long.MIN_VALUE) {
            firstNanos = frame.timestampNanos();
        }
        previousNanos = frame.timestampNanos();
        return previous;
    }

    long firstNanos() {
        return firstNanos;
    }

    Protocol conversation(String key) {
        return conversations.get(key);
    }

    /** Whether any conversation is bound: most captures bind none, and then no key need be made per packet. */
    boolean hasConversations() {
        return !conversations.isEmpty();
    }

    void bind(String key, Protocol protocol) {
        conversations.put(key, protocol);
    }

    @SuppressWarnings("unchecked")
    <T> T state(Object key, java.util.function.Supplier<T> create) {
        return (T) state.computeIfAbsent(key, k -> create.get());
    }
}
