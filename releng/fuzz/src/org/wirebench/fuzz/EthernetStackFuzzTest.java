package org.wirebench.fuzz;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.LinkType;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The whole stack as a capture reaches it: fuzzed frames of link type 1 (Ethernet), several in one session, so
 * that every hand-over between protocols (ethertype, ip.proto, port tables, heuristics, conversations) is fuzzed
 * with what the lower layers really pass up. Checks as in {@link Dissection}.
 */
class EthernetStackFuzzTest {
    private static final DissectorRegistry REGISTRY = Dissection.tracingRegistry();

    static Stream<Arguments> seeds() {
        return Seeds.ethernet().stream().map(seed -> Arguments.of(Named.of(seed.name(), FuzzFrames.encode(seed.frames()))));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void ethernet(byte[] input) {
        Dissection.check(REGISTRY, FuzzFrames.decode(input, LinkType.ETHERNET), "Ethernet stack");
    }
}
