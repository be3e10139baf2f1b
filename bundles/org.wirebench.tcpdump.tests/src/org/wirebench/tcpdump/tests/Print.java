package org.wirebench.tcpdump.tests;

import java.time.ZoneOffset;

import org.wirebench.core.Frame;
import org.wirebench.tcpdump.TcpdumpFormat;
import org.wirebench.tcpdump.TcpdumpOptions;
import org.wirebench.testing.Frames;

/** What tcpdump prints for frames made of bytes: `-t` (no time stamp) and the flags a test gives. */
final class Print {
    private Print() {
    }

    static TcpdumpOptions options(int verbose, boolean link) {
        return new TcpdumpOptions(verbose, true, link, false, false, 1, false, 0, 0, 0, false, ZoneOffset.UTC);
    }

    /** The text for one frame of `linkType` under `options`, without its final newline. */
    static String frame(TcpdumpOptions options, int linkType, byte[] bytes) {
        return frames(options, Frames.frame(1, linkType, bytes))[0];
    }

    /** The text of each frame in turn through one printer (state such as TCP sequence numbers carries over). */
    static String[] frames(TcpdumpOptions options, Frame... frames) {
        TcpdumpFormat format = new TcpdumpFormat(options);
        String[] texts = new String[frames.length];
        for (int i = 0; i < frames.length; i++) {
            StringBuilder out = new StringBuilder();
            format.print(frames[i], out);
            texts[i] = out.substring(0, out.length() - 1);
        }
        return texts;
    }
}
