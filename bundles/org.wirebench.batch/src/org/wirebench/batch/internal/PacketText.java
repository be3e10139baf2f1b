package org.wirebench.batch.internal;

import org.wirebench.core.Frame;

/** The text one output format makes of a run: something before the first frame, a block per frame, an ending. */
public interface PacketText {
    /** Before the first frame: a header line, an opening bracket. */
    default void begin(StringBuilder text) {
    }

    /** Appends the text of one frame, its final newline included. */
    void frame(Frame frame, StringBuilder text);

    /** After the last frame. */
    default void end(StringBuilder text) {
    }
}
