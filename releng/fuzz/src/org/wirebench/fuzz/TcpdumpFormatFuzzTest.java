package org.wirebench.fuzz;

import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.tcpdump.TcpdumpFormat;
import org.wirebench.tcpdump.TcpdumpOptions;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * tcpdump's output format on fuzzed frames of the link types the corpus holds, in one run so that TCP's
 * sequence table and the time stamps carry over: a printer may stop with ` [|proto]`, never throw.
 */
class TcpdumpFormatFuzzTest {
    private static final int[] LINK_TYPES = { LinkType.ETHERNET, LinkType.RAW, LinkType.NULL, LinkType.IEEE802_11,
            LinkType.IEEE802_11_RADIOTAP, LinkType.IPV6 };

    static Stream<Arguments> seeds() {
        return Seeds.ethernet().stream().map(seed -> Arguments.of(Named.of(seed.name(), FuzzFrames.encode(seed.frames()))));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void tcpdump(byte[] input) {
        // the last byte picks the link type and the flags, so each is fuzzed with every printer
        int pick = input.length == 0 ? 0 : input[input.length - 1] & 0xff;
        int linkType = LINK_TYPES[pick % LINK_TYPES.length];
        int verbose = pick >> 3 & 3;
        TcpdumpFormat format = new TcpdumpFormat(new TcpdumpOptions(verbose, (pick & 0x20) != 0, (pick & 0x40) != 0,
                false, false, 0, false, 0, (pick & 0x80) != 0 ? 1 : 0, 0, true, ZoneOffset.UTC));
        StringBuilder out = new StringBuilder();
        for (Frame frame : FuzzFrames.decode(input, linkType)) {
            out.setLength(0);
            format.print(frame, out);
            if (out.isEmpty() || out.charAt(out.length() - 1) != '\n') {
                throw new AssertionError("a frame's text must end with its newline: " + out);
            }
        }
    }
}
