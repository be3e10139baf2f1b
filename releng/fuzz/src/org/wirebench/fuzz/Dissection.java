package org.wirebench.fuzz;

import org.wirebench.testing.PluginXmlRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Expert;
import org.wirebench.core.Frame;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.ProtocolSpec;
import org.wirebench.core.Session;

/**
 * What every dissector fuzz target asserts about the frames it dissects, in order, through one session for the
 * summary pass and one for the full pass (as the packet list and the detail view do):
 * <ul>
 * <li>{@link DissectorRegistry#dissect} returns (an Error or an exception out of it is a finding by itself);</li>
 * <li>no dissector throws anything but TruncatedException: the engine catches a dissector's RuntimeException and
 * shows it as a "Dissector bug" expert item, which would otherwise hide the crash from the fuzzer;</li>
 * <li>no heuristic's accepts throws (it must reject in a few byte checks);</li>
 * <li>the summary pass gives the Source, Destination, Protocol and Info columns the full pass gives;</li>
 * <li>every label of the full tree can be made (the detail view makes them all).</li>
 * </ul>
 */
final class Dissection {
    private static final int SHOWN_BYTES = 96;
    /** The engine's expert item for an exception out of its own `frame` dissector (see Packet.run). */
    private static final String FRAME_BUG = "Dissector bug, protocol Frame: ";

    private Dissection() {
    }

    /** The product's registry, each dissector wrapped in {@link Tracing} so that a bug's stack trace is kept. */
    static DissectorRegistry tracingRegistry() {
        List<ProtocolSpec> specs = PluginXmlRegistry.specs().stream()
                .map(s -> new ProtocolSpec(s.id(), s.name(), s.filterPrefix(), s.bindings(), s.heuristicTables(),
                        () -> Tracing.wrap(s.factory().get())))
                .toList();
        return DissectorRegistry.builder().addAll(specs).build();
    }

    /** Dissects `frames` both ways and checks the results; throws a {@link Finding} at the first problem. */
    static void check(DissectorRegistry registry, List<Frame> frames, String target) {
        Session summarySession = new Session();
        Session fullSession = new Session();
        for (Frame frame : frames) {
            Tracing.reset();
            Packet summary = registry.dissect(frame, summarySession, false);
            failOnBug(summary, "summary", target, frame);
            Tracing.reset();
            Packet full = registry.dissect(frame, fullSession, true);
            failOnBug(full, "full", target, frame);
            String fullColumns = columns(full);
            String summaryColumns = columns(summary);
            if (!fullColumns.equals(summaryColumns)) {
                throw new Finding(target, frame, "the summary pass gives other columns than the full pass:\n  summary: " + summaryColumns
                        + "\n  full:    " + fullColumns, null);
            }
            labels(full.tree(), target, frame);
        }
    }

    static String columns(Packet packet) {
        return "Source=" + packet.source() + " | Destination=" + packet.destination() + " | Protocol=" + packet.protocolColumn()
                + " | Info=" + packet.info();
    }

    /**
     * A dissector bug: an exception other than TruncatedException out of a contributed dissector, as its
     * {@link Tracing} wrapper saw it; or, in the full pass, the engine's "Dissector bug" expert item for its own
     * `frame` dissector, the one not wrapped, which Packet.run attaches to the root of the tree. The text of an
     * expert item alone proves nothing: packets are quoted in expert items (HTTP's request line), and the fuzzer
     * learns to write "Dissector bug" there.
     */
    private static void failOnBug(Packet packet, String pass, String target, Frame frame) {
        RuntimeException heuristic = Tracing.heuristicFailure();
        if (heuristic != null) {
            throw new Finding(target, frame, "(" + pass + " pass) " + heuristic.getMessage(), heuristic);
        }
        RuntimeException bug = Tracing.firstBug();
        if (bug != null) {
            throw new Finding(target, frame, "(" + pass + " pass) " + bug.getMessage() + " [layers " + packet.layers() + "]", bug);
        }
        for (Item item : packet.tree().children()) {
            Expert expert = item.expert();
            if (expert != null && expert.message().startsWith(FRAME_BUG)) {
                throw new Finding(target, frame, "(" + pass + " pass) " + expert.message() + " [layers " + packet.layers() + "]", null);
            }
        }
    }

    private static void labels(Item root, String target, Frame frame) {
        Deque<Item> todo = new ArrayDeque<>(root.children());
        while (!todo.isEmpty()) {
            Item item = todo.pop();
            try {
                item.label();
            } catch (RuntimeException e) {
                throw new Finding(target, frame, "the label of an item of field " + (item.field() == null ? "-" : item.field().filterName())
                        + " cannot be made", e);
            }
            todo.addAll(item.children());
        }
    }

    static String hex(byte[] bytes, int length) {
        int shown = Math.min(length, SHOWN_BYTES);
        return HexFormat.of().formatHex(bytes, 0, shown) + (length > shown ? "... (" + length + " bytes)" : "");
    }

    /** A fuzz finding about one frame: what broke, the frame's bytes, and the dissector's exception as the cause. */
    static final class Finding extends AssertionError {
        private static final long serialVersionUID = 1L;

        Finding(String target, Frame frame, String problem, Throwable cause) {
            super(target + ", frame " + frame.number() + " (" + frame.capturedLength() + " of " + frame.originalLength()
                    + " bytes, link type " + frame.linkType() + ", FCS length " + frame.captureInterface().fcsLength() + "): " + problem
                    + "\n  bytes: " + hex(frame.data(), frame.capturedLength()), cause);
        }
    }
}
