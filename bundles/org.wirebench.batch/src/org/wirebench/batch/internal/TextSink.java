package org.wirebench.batch.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.wirebench.analysis.FrameSink;
import org.wirebench.core.Frame;

/**
 * Writes the text of a {@link PacketText} as UTF-8 (trees and tshark's summary line hold more than ASCII),
 * through one buffer so that everything a format prints, and the log lines merged into it, stays in order.
 */
public final class TextSink implements FrameSink {
    private final PacketText format;
    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(1 << 12);
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private boolean begun;

    public TextSink(PacketText format, OutputStream out) {
        this.format = format;
        this.out = out;
    }

    @Override
    public void frame(Frame frame) throws IOException {
        text.setLength(0);
        begin();
        format.frame(frame, text);
        write();
    }

    private void begin() {
        if (!begun) {
            begun = true;
            format.begin(text);
        }
    }

    @Override
    public void close() throws IOException {
        text.setLength(0);
        begin();
        format.end(text);
        write();
        out.write(buffer, 0, used);
        used = 0;
        out.flush();
    }

    private void write() throws IOException {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (used + 4 > buffer.length) {
                out.write(buffer, 0, used);
                used = 0;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xc0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                buffer[used++] = (byte) (0xf0 | code >> 18);
                buffer[used++] = (byte) (0x80 | code >> 12 & 0x3f);
                buffer[used++] = (byte) (0x80 | code >> 6 & 0x3f);
                buffer[used++] = (byte) (0x80 | code & 0x3f);
            } else if (Character.isSurrogate(c)) {
                buffer[used++] = '?'; // half a character: not encodable
            } else {
                buffer[used++] = (byte) (0xe0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3f);
                buffer[used++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }
}
