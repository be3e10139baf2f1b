package org.wirebench.batch.internal;

import java.util.function.Predicate;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Session;
import org.wirebench.filter.CaptureFilter;
import org.wirebench.filter.DisplayFilter;

/**
 * Which frames a run keeps: the capture filter first (as if the others had never been captured), then the
 * display filter over a dissection of what is left, in order, so that conversation state sees what tshark's does.
 */
public final class FrameSelector implements Predicate<Frame> {
    private final CaptureFilter captureFilter;
    private final DisplayFilter displayFilter;
    private final DissectorRegistry registry;
    private final Session session = new Session();

    /** Either filter may be null; `registry` dissects for the display filter. */
    public FrameSelector(CaptureFilter captureFilter, DisplayFilter displayFilter, DissectorRegistry registry) {
        this.captureFilter = captureFilter;
        this.displayFilter = displayFilter;
        this.registry = registry;
    }

    /** Keeps every frame. */
    public static FrameSelector all() {
        return new FrameSelector(null, null, null);
    }

    @Override
    public boolean test(Frame frame) {
        if (captureFilter != null && !captureFilter.matches(frame)) {
            return false;
        }
        return displayFilter == null || displayFilter.matches(registry.dissect(frame, session, displayFilter.wanted()));
    }
}
