package org.wirebench.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.pcap.TimestampResolution;

/**
 * A capture opened for browsing, as the capture editor shows it: the index; a first pass that dissects every
 * frame once, in order, so that conversation state (relative sequence numbers, reassembly) is what Wireshark's is;
 * then any frame again, in any order, for its row, its tree and its bytes. A frame the first pass has not reached
 * yet is dissected on its own. The first pass may run in a background job while rows are asked for.
 * <p>
 * Frames are named by their index, from 0; the No. column shows index + 1. Marks and time references belong
 * to the capture, as in Wireshark; they are changed from one thread (the viewer's).
 */
public final class OpenCapture implements AutoCloseable {
    /** Frames the first pass dissects per turn, before a viewer waiting for a row may have its go. */
    private static final int TURN = 2048;

    private final CaptureFile file;
    private final DissectorRegistry registry;
    /** Fair: a viewer waiting for a row gets it between two turns of the first pass, not after the last. */
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Session session;
    private volatile int passed;
    private boolean resolveMacVendors;
    private boolean resolvePorts;
    private final BitSet marked = new BitSet();
    private final BitSet references = new BitSet();

    private OpenCapture(CaptureFile file, DissectorRegistry registry) {
        this.file = file;
        this.registry = registry;
        this.session = newSession();
    }

    /** Opens and indexes `path`; damage after the file header ends the index with a warning (see {@link #file()}). */
    public static OpenCapture open(Path path, DissectorRegistry registry) throws IOException {
        return new OpenCapture(CaptureFile.open(path), registry);
    }

    public CaptureFile file() {
        return file;
    }

    public DissectorRegistry registry() {
        return registry;
    }

    public int frameCount() {
        return file.frameCount();
    }

    /**
     * Dissects every frame once, in order, telling `progress` how many are done; stops early, returning false,
     * when `cancelled` says so. Run it once.
     */
    public boolean firstPass(IntConsumer progress, BooleanSupplier cancelled) {
        Frame frame = new Frame();
        int count = file.frameCount();
        while (passed < count) {
            if (cancelled.getAsBoolean()) {
                return false;
            }
            lock.lock();
            try {
                int end = Math.min(count, passed + TURN);
                for (int i = passed; i < end; i++) {
                    registry.dissect(file.read(i, frame), session, false);
                }
                passed = end;
            } finally {
                lock.unlock();
            }
            progress.accept(passed);
        }
        return true;
    }

    /** How many frames the first pass has dissected. */
    public int passed() {
        return passed;
    }

    /** Frame `index` dissected for its columns (Protocol, Source, Destination, Info). */
    public Packet summary(int index) {
        return dissect(index, false);
    }

    /** Frame `index` dissected with its whole tree. */
    public Packet dissect(int index) {
        return dissect(index, true);
    }

    private Packet dissect(int index, boolean tree) {
        Frame frame = file.read(index, new Frame());
        lock.lock();
        try {
            return registry.dissect(frame, index < passed ? session : newSession(), tree);
        } finally {
            lock.unlock();
        }
    }

    private Session newSession() {
        Session made = new Session(number -> file.timestampNanos(number - 1));
        made.resolveNames(resolveMacVendors, resolvePorts);
        return made;
    }

    /** View > Name Resolution: vendors of MAC addresses in the address columns, service names of ports in Info. */
    public void resolveNames(boolean macVendors, boolean transportPorts) {
        lock.lock();
        try {
            resolveMacVendors = macVendors;
            resolvePorts = transportPorts;
            session.resolveNames(macVendors, transportPorts);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The indexes of the frames `filter` passes, in order, from a pass of its own (as `wb -Y` makes it); null when
     * `cancelled` said so before the end. `progress` hears how many frames were read.
     */
    public int[] filter(DisplayFilter filter, IntConsumer progress, BooleanSupplier cancelled) {
        Session own = new Session();
        Frame frame = new Frame();
        int count = file.frameCount();
        int[] passing = new int[Math.min(count, 1 << 16)];
        int found = 0;
        for (int i = 0; i < count; i++) {
            if ((i & 0xfff) == 0) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                progress.accept(i);
            }
            if (filter.matches(registry.dissect(file.read(i, frame), own, filter.wanted()))) {
                if (found == passing.length) {
                    passing = Arrays.copyOf(passing, Math.min(count, found * 2));
                }
                passing[found++] = i;
            }
        }
        progress.accept(count);
        return Arrays.copyOf(passing, found);
    }

    /** Of `frames` (indexes, or null for all), the one whose time stamp is nearest `nanos`; -1 when there is none. */
    public int nearest(long nanos, int[] frames) {
        int count = frames == null ? file.frameCount() : frames.length;
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int frame = frames == null ? i : frames[i];
            long distance = Math.abs(file.timestampNanos(frame) - nanos);
            if (distance < bestDistance) {
                best = frame;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The Time column of frame `index`: `*REF*` for a time reference; relative times count from the last reference
     * at or before the frame (else the first frame); `previousDisplayed` is the index of the frame shown before
     * it, or -1.
     */
    public String time(int index, int previousDisplayed, TimeFormat format, TimePrecision precision, ZoneId zone) {
        if (references.get(index)) {
            return "*REF*";
        }
        int digits = precision.digits(fileDigits(index));
        long nanos = file.timestampNanos(index);
        return switch (format) {
            case SINCE_FIRST -> TimeText.span(nanos - file.timestampNanos(Math.max(0, references.previousSetBit(index))), digits);
            case SINCE_PREVIOUS_CAPTURED -> TimeText.span(index == 0 ? 0 : nanos - file.timestampNanos(index - 1), digits);
            case SINCE_PREVIOUS_DISPLAYED -> TimeText.span(previousDisplayed < 0 ? 0 : nanos - file.timestampNanos(previousDisplayed), digits);
            default -> TimeText.absolute(nanos, format, digits, zone);
        };
    }

    /** The decimals of the time stamps of frame `index`'s interface: 6 for microseconds, 9 for nanoseconds. */
    private int fileDigits(int index) {
        return digits(file.resolution(file.interfaceId(index)));
    }

    private static int digits(TimestampResolution resolution) {
        return resolution.binary() ? 9 : Math.min(9, resolution.exponent());
    }

    public boolean isReference(int index) {
        return references.get(index);
    }

    /** Edit > Set/Unset Time Reference. */
    public void toggleReference(int index) {
        references.flip(index);
    }

    public void clearReferences() {
        references.clear();
    }

    public boolean isMarked(int index) {
        return marked.get(index);
    }

    /** Edit > Mark/Unmark Packet. */
    public void toggleMark(int index) {
        marked.flip(index);
    }

    public int markedCount() {
        return marked.cardinality();
    }

    /** The indexes of the marked frames, in order. */
    public int[] markedFrames() {
        return marked.stream().toArray();
    }

    /**
     * File > Export Specified Packets: the frames of `indexes`, in that order, into a new capture, pcapng (interfaces
     * and comments kept) or pcap; the file appears whole or not at all.
     */
    public void export(Path target, boolean pcap, int[] indexes, IntConsumer progress) throws IOException {
        boolean nano = file.interfaces().stream().anyMatch(i -> digits(file.resolution(i.id())) > 6);
        Frame frame = new Frame();
        try (PacketWriter writer = new PacketWriter(target, pcap, nano)) {
            for (int i = 0; i < indexes.length; i++) {
                writer.frame(file.read(indexes[i], frame));
                if ((i & 0xfff) == 0) {
                    progress.accept(i);
                }
            }
        }
    }

    @Override
    public void close() {
        file.close();
    }
}
