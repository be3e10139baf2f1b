package org.wirebench.analysis;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import org.wirebench.core.Frame;
import org.wirebench.pcap.CaptureFile;

/**
 * The frames of one or more open captures in time order: one file in its own order, several merged by
 * time stamp (ties keep the order of the files given), numbered from 1 across them all. `wb -r a -r b` and
 * File > Merge both read them so.
 */
public final class TimeOrder {
    private TimeOrder() {
    }

    /**
     * Feeds up to `limit` of the frames `selector` accepts (all for a negative limit) to `sink`, telling `progress`
     * (when not null) how many were read so far; returns how many it fed. The frame passed on is reused.
     */
    public static long feed(List<CaptureFile> files, long limit, Predicate<Frame> selector, FrameSink sink,
            LongConsumer progress) throws IOException {
        Frame frame = new Frame();
        int[] next = new int[files.size()];
        long read = 0;
        long fed = 0;
        while (limit < 0 || fed < limit) {
            int pick = -1;
            long earliest = Long.MAX_VALUE;
            for (int f = 0; f < next.length; f++) {
                CaptureFile file = files.get(f);
                if (next[f] < file.frameCount() && (pick < 0 || file.timestampNanos(next[f]) < earliest)) {
                    pick = f;
                    earliest = file.timestampNanos(next[f]);
                }
            }
            if (pick < 0) {
                break;
            }
            files.get(pick).read(next[pick]++, frame);
            frame.renumber((int) ++read);
            if (progress != null) {
                progress.accept(read);
            }
            if (selector.test(frame)) {
                fed++;
                sink.frame(frame);
            }
        }
        return fed;
    }
}
