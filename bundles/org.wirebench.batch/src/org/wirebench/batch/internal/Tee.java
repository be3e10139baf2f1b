package org.wirebench.batch.internal;

import java.io.IOException;

import org.wirebench.analysis.FrameSink;
import org.wirebench.core.Frame;

/** Two sinks fed the same frames: print while writing (`-w FILE` with an output format). */
public record Tee(FrameSink first, FrameSink second) implements FrameSink {
    @Override
    public void frame(Frame frame) throws IOException {
        first.frame(frame);
        second.frame(frame);
    }

    @Override
    public void close() throws IOException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
