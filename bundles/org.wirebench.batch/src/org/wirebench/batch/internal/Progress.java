package org.wirebench.batch.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress line on standard error, rewritten in place at most four times a second, for runs long enough to
 * need one (past a second) and only when standard error is a terminal: a pipe or a log file gets nothing.
 */
public final class Progress {
    private static final long START_AFTER = 1_000_000_000L;
    private static final long EVERY = 250_000_000L;

    private final PrintStream err;
    private final long total;
    private final long started = System.nanoTime();
    private long shown;
    private boolean written;

    private Progress(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    /** A progress line for `total` frames on `err`, or null when `err` is not the terminal. */
    public static Progress onTerminal(PrintStream err, long total) {
        return err == System.err && stderrIsTerminal() ? new Progress(err, total) : null;
    }

    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null; // no /proc: a console means an interactive session
        }
    }

    /** Called for every frame read; cheap unless the line is due. */
    public void read(long frames) {
        if ((frames & 0xfff) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < START_AFTER || now - shown < EVERY) {
            return;
        }
        shown = now;
        written = true;
        err.print("\rwb: " + frames + " of " + total + " packets (" + frames * 100 / Math.max(1, total) + " %)  ");
        err.flush();
    }

    /** Clears the line. */
    public void done() {
        if (written) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
