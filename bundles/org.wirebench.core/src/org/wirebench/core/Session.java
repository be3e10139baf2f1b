package org.wirebench.core;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * What one pass over one capture remembers from frame to frame: the first and previous timestamps (for
 * relative times) and the protocols bound to conversations (a control channel announcing a data channel,
 * a heuristic that recognised a stream). Dissect the frames of a capture in order through one session, one frame at
 * a time.
 * <p>
 * A viewer dissects frames again, in any order, after the first pass: it gives the session the time stamps of the
 * capture, so that the times of a frame are the same however often and whenever it is dissected.
 */
public final class Session {
    /** The time stamp of frame n (from 1), or null when the frames come once each, in order. */
    private final IntToLongFunction timestamps;
    private boolean resolveMacVendors;
    private boolean resolvePorts;
    private long firstNanos = Long.MIN_VALUE;
    private long previousNanos = Long.MIN_VALUE;
    private final Map<String, Protocol> conversations = new HashMap<>();
    private final Map<Object, Object> state = new HashMap<>();
    private Object lastKey;
    private Object lastState;
    /** The Info builder packets of this session borrow while they are dissected, one at a time; or null while lent. */
    private StringBuilder info = new StringBuilder(128);

    /** A session for one pass over the frames in order. */
    public Session() {
        this(null);
    }

    /** A session for frames dissected in any order, `timestamps` giving the time stamp of frame n (from 1). */
    public Session(IntToLongFunction timestamps) {
        this.timestamps = timestamps;
    }

    /** Wireshark's View > Name Resolution: MAC vendors in the address columns, service names for ports in Info. */
    public void resolveNames(boolean macVendors, boolean transportPorts) {
        resolveMacVendors = macVendors;
        resolvePorts = transportPorts;
    }

    boolean resolvesMacVendors() {
        return resolveMacVendors;
    }

    boolean resolvesPorts() {
        return resolvePorts;
    }

    /** Advances to `frame` and returns the timestamp of the frame before it (its own for the first frame). */
    long advance(Frame frame) {
        if (timestamps != null) {
            if (firstNanos == Long.MIN_VALUE) {
                firstNanos = timestamps.applyAsLong(1);
            }
            return frame.number() > 1 ? timestamps.applyAsLong(frame.number() - 1) : frame.timestampNanos();
        }
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

    /** An empty builder for the Info column of the packet being dissected: the session's when free, else a new one. */
    StringBuilder lendInfo() {
        StringBuilder lent = info;
        if (lent == null) {
            return new StringBuilder(112);
        }
        info = null;
        lent.setLength(0);
        return lent;
    }

    /** Takes back the builder {@link #lendInfo()} lent, to lend it again. */
    void returnInfo(StringBuilder builder) {
        if (builder.capacity() <= 4096) {
            info = builder;
        }
    }

    @SuppressWarnings("unchecked")
    <T> T state(Object key, java.util.function.Supplier<T> create) {
        // the same key asks again and again (TCP's, once a segment): no map lookup then
        if (key == lastKey) {
            return (T) lastState;
        }
        Object value = state.computeIfAbsent(key, k -> create.get());
        lastKey = key;
        lastState = value;
        return (T) value;
    }
}
