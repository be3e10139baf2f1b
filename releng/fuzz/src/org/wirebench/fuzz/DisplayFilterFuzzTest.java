package org.wirebench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.LinkType;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.filter.FilterException;
import org.wirebench.testing.PluginXmlRegistry;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The display-filter compiler on fuzzed text, in both its modes (unknown names refused, or absent as colouring rules
 * want them): a filter either compiles or is refused with a FilterException (a message and a position), never
 * another exception, never a hang; what compiles is run on a frame.
 */
class DisplayFilterFuzzTest {
    private static final DissectorRegistry REGISTRY = PluginXmlRegistry.registry();
    private static final Packet PACKET = REGISTRY.dissect(
            FuzzFrames.decode(FuzzFrames.encode(Seeds.ethernet().get(0).frames()), LinkType.ETHERNET).get(0), new Session(), true);

    static Stream<Arguments> seeds() {
        return Stream.of("tcp.port == 80 && ip.src == 10.0.0.0/8", "eth.src[0:3] == 00:0c:29", "tcp.port in {80, 443, 8000..8080}",
                "!(udp) || frame.len > 1000 ^^ dns.flags.response == 1", "frame.protocols matches \"(?-i)TCP$\"",
                "tcp.flags & 0x12 == 0x12", "all tcp.port != 24", "frame[-4:] contains \"\\x00\"",
                "(ip.dst != 224.0.0.0/4 && ip.ttl < 5 && !pim) || !(vrrp || carp)", "sctp.chunk_type eq ABORT || hsrp.state in {8 16}")
                .map(seed -> Arguments.of((Object) seed.getBytes(StandardCharsets.UTF_8)));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void displayFilter(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            DisplayFilter.compile(text, REGISTRY).matches(PACKET);
        } catch (FilterException e) {
            requireMessage(e, text);
        }
        // as colouring rules compile: names not dissected here stand for absent fields
        try {
            DisplayFilter.compileAllowingUnknownFields(text, REGISTRY).matches(PACKET);
        } catch (FilterException e) {
            requireMessage(e, text);
        }
    }

    private static void requireMessage(FilterException e, String text) {
        if (e.getMessage() == null || e.getMessage().isEmpty()) {
            throw new AssertionError("a refused filter needs a message: " + text);
        }
    }
}
