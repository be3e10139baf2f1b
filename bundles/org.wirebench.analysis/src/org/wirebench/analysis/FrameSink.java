package org.wirebench.analysis;

import java.io.IOException;

import org.wirebench.core.Frame;

/** Where the frames of a run go: a printer, a writer. Frames arrive in time order; `frame` is reused. */
public interface FrameSink extends AutoCloseable {
    void frame(Frame frame) throws IOException;

    /** After the last frame: flush what is buffered. */
    @Override
    void close() throws IOException;
}
