package org.wirebench.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.Binding;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.HeuristicDissector;
import org.wirebench.core.Protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Each contributed dissector on its own: the fuzzed frames go straight to it, through a made-up link type that
 * Decode As binds to it, and are dissected as {@link Dissection} checks.
 * <p>
 * One fuzz target per protocol, chosen by the system property {@value #PROTOCOL_PROPERTY}: `releng/fuzz/run`
 * starts one JVM per protocol id of the registry, each with its own time budget and corpus. That gives every
 * dissector real coverage: a single target taking the protocol from its first byte would share one time budget
 * among all of them, spend it where coverage is easiest, and stop at the first crash of any one dissector, hiding
 * the others for the rest of the run; and the list comes from the plugin.xml files, so a new protocol bundle is
 * fuzzed without a new test method. Without the property (a plain JUnit run) every seed goes to every protocol.
 */
class DissectorFuzzTest {
    static final String PROTOCOL_PROPERTY = "wirebench.fuzz.protocol";
    /** Link types from here on, one per protocol, are Decode As bindings: no real link type is this high. */
    static final int FIRST_LINK_TYPE = 60000;

    private static final DissectorRegistry REGISTRY = Dissection.tracingRegistry();
    private static final List<String> PROTOCOLS = protocolIds(REGISTRY);
    private static final List<String> SELECTED = selected();

    static {
        for (int i = 0; i < PROTOCOLS.size(); i++) {
            REGISTRY.decodeAs(new Binding("linktype", FIRST_LINK_TYPE + i), PROTOCOLS.get(i));
        }
    }

    /** The contributed protocols: all but the engine's own `frame`. */
    static List<String> protocolIds(DissectorRegistry registry) {
        List<String> ids = new ArrayList<>();
        for (Protocol protocol : registry.protocols()) {
            if (!"frame".equals(protocol.id())) {
                ids.add(protocol.id());
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> selected() {
        String wanted = System.getProperty(PROTOCOL_PROPERTY, "");
        if (wanted.isEmpty()) {
            return PROTOCOLS;
        }
        if (!PROTOCOLS.contains(wanted)) {
            throw new IllegalArgumentException("-D" + PROTOCOL_PROPERTY + "=" + wanted + ": no such protocol; there are " + PROTOCOLS);
        }
        return List.of(wanted);
    }

    static Stream<Arguments> seeds() {
        List<Arguments> seeds = new ArrayList<>();
        for (String protocol : SELECTED) {
            for (Seeds.Seed seed : Seeds.forProtocol(protocol)) {
                seeds.add(Arguments.of(Named.of(protocol + ": " + seed.name(), FuzzFrames.encode(seed.frames()))));
            }
        }
        if (seeds.isEmpty()) {
            seeds.add(Arguments.of(Named.of("one empty frame", new byte[] { 0 })));
        }
        return seeds.stream();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void dissector(byte[] input) {
        for (String protocol : SELECTED) {
            int linkType = FIRST_LINK_TYPE + PROTOCOLS.indexOf(protocol);
            List<Frame> frames = FuzzFrames.decode(input, linkType);
            Dissection.check(REGISTRY, frames, "dissector " + protocol);
            heuristic(protocol, frames);
        }
    }

    /** A heuristic is also offered the bytes directly: its accepts must never throw. */
    private static void heuristic(String protocol, List<Frame> frames) {
        if (REGISTRY.protocol(protocol).dissector() instanceof HeuristicDissector heuristic) {
            for (Frame frame : frames) {
                try {
                    heuristic.accepts(frame.bytes(), REGISTRY.dissect(frame, null, false));
                } catch (RuntimeException e) {
                    throw new Dissection.Finding("heuristic " + protocol, frame, "accepts threw (it must never throw)", e);
                }
            }
        }
    }
}
