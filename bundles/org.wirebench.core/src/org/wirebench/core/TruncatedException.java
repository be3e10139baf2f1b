package org.wirebench.core;

/**
 * A dissector read past the bytes it has. Unchecked, like Wireshark's bounds errors: dissectors read
 * straight ahead and the engine marks the item where the read failed. No stack trace is filled in: it is a
 * verdict about a packet, not a bug.
 */
public final class TruncatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean malformed;
    private final int frameOffset;

    public TruncatedException(boolean malformed, int frameOffset, int count) {
        super((malformed ? "Malformed packet: " : "Packet size limited during capture: ") + count + " bytes at frame offset " + frameOffset,
                null, false, false);
        this.malformed = malformed;
        this.frameOffset = frameOffset;
    }

    /** True when the packet itself is too short (a length lies); false when the snap length cut it. */
    public boolean malformed() {
        return malformed;
    }

    public int frameOffset() {
        return frameOffset;
    }
}
