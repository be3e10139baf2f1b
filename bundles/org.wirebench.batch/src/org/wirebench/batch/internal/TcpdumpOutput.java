package org.wirebench.batch.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.wirebench.analysis.FrameSink;
import org.wirebench.core.Frame;
import org.wirebench.tcpdump.TcpdumpFormat;
import org.wirebench.tcpdump.TcpdumpOptions;

/** tcpdump's text, a line (or block) per frame, written as the bytes tcpdump writes (its text is ASCII). */
public final class TcpdumpOutput implements FrameSink {
    private final TcpdumpFormat format;
    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(1 << 12);
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    public TcpdumpOutput(TcpdumpOptions options, OutputStream out) {
        this.format = new TcpdumpFormat(options);
        this.out = out;
    }

    @Override
    public void frame(Frame frame) throws IOException {
        text.setLength(0);
        format.print(frame, text);
        int length = text.length();
        if (used + length > buffer.length) {
            flush();
        }
        if (length > buffer.length) {
            for (int i = 0; i < length; i++) {
                out.write(text.charAt(i));
            }
            return;
        }
        for (int i = 0; i < length; i++) {
            buffer[used++] = (byte) text.charAt(i);
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.flush();
    }
}
