package org.wirebench.filter.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Frame;
import org.wirebench.core.Session;
import org.wirebench.core.plugin.Contributions;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.filter.FilterException;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.testing.PluginXmlRegistry;

/**
 * Every construct of the display-filter language on the bundled sample, with the product's dissectors; the
 * frame numbers are those `tshark -n -r samples/daq-readout.pcapng -Y FILTER -T fields -e frame.number` printed.
 */
class DisplayFilterTest {
    static final Path SAMPLE = Path.of(System.getProperty("wirebench.samples", "samples"), "daq-readout.pcapng");
    static DissectorRegistry registry;

    @BeforeAll
    static void registry() {
        // in OSGi the extension point gives the dissectors; on a plain class path (releng/dev/jtest) the plugin.xml files
        registry = System.getProperty(PluginXmlRegistry.BUNDLES_PROPERTY) != null ? PluginXmlRegistry.registry()
                : Contributions.registry();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tcp ;; 5-90",
            "udp.port == 4660 ;; 1-4 91-93",
            "tcp.flags.syn == 1 && tcp.flags.ack == 0 ;; 5",
            "ip.src == 127.0.0.1 and not tcp ;; 1-4 91-93",
            "tcp.port in {24, 80..90} ;; 5-90",
            "frame.len > 1000 || udp ;; 1-4 91-93",
            "eth.src[0:3] == 00:00:00 ;; 1-93",
            "ip.addr == 127.0.0.0/8 ;; 1-93",
            "tcp.flags & 0x02 ;; 5-6",
            "tcp.flags & 0x12 == 0x12 ;; 6",
            "!(tcp.port == 24) ;; 1-4 91-93",
            "tcp.port != 24 ;; ",
            "tcp.port !== 24 ;; 5-90",
            "tcp.port === 24 ;; ",
            "all tcp.port > 1000 ;; ",
            "any tcp.port < 1000 ;; 5-90",
            "frame.number >= 10 and frame.number <= 12 ;; 10-12",
            "frame.protocols contains \"udp\" ;; 1-4 91-93",
            "frame.protocols matches \"ip:tcp\" ;; 5-90",
            "frame.protocols matches \"(?-i)IP:TCP\" ;; ",
            "frame[12:2] == 08:00 ;; 1-93",
            "udp.port eq 4660 && frame.len lt 60 ;; 1-4 91-93",
            "udp.port == 0x1234 ;; 1-4 91-93",
            "tcp.len > 1400 ;; ",
            // not in tshark 4.0 (xor arrived in 4.2): the expectation follows from the two rows above
            "tcp.port in {24} xor udp ;; 1-93",
            "tcp.port in {24} ^^ tcp ;; ",
            // slices of every shape, on the Ethernet destination 00:00:00:00:00:00
            "eth.dst[0] == 00 && eth.dst[1-2] == 00:00 && eth.dst[:2] == 00:00 && eth.dst[4:] == 00:00 && eth.dst[-1:] == 00 ;; 1-93",
            "frame[12:2,23] == 08:00:11 ;; 1-4 91-93" })
    void selectsTheFramesTsharkSelects(String row) throws Exception {
        String[] parts = row.split(" ;; ", -1);
        assertEquals(expand(parts[1]), matching(parts[0]), parts[0]);
    }

    private static List<Integer> matching(String text) throws FilterException, IOException {
        return matching(DisplayFilter.compile(text, registry));
    }

    private static List<Integer> matching(DisplayFilter filter) throws IOException {
        List<Integer> numbers = new ArrayList<>();
        try (CaptureFile capture = CaptureFile.open(SAMPLE)) {
            Session session = new Session();
            Frame frame = new Frame();
            for (int i = 0; i < capture.frameCount(); i++) {
                if (filter.matches(registry.dissect(capture.read(i, frame), session, filter.wanted()))) {
                    numbers.add(frame.number());
                }
            }
        }
        return numbers;
    }

    private static List<Integer> expand(String ranges) {
        List<Integer> numbers = new ArrayList<>();
        for (String range : ranges.split(" ")) {
            if (!range.isEmpty()) {
                String[] ends = range.split("-");
                for (int n = Integer.parseInt(ends[0]); n <= Integer.parseInt(ends[ends.length - 1]); n++) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    @Test
    void errorsNameThePositionAndWhatWasExpected() {
        assertEquals("position 11: expected a field or a value, found the end of the filter", error("tcp.port =="));
        assertEquals("position 9: '=' is not an operator: write '==' to compare", error("tcp.port = 80"));
        assertEquals("position 22: expected ')' to close the '(', found the end of the filter", error("(tcp.port == 80 || udp"));
        assertEquals("position 9: expected an operator (==, !=, >, <, contains, matches, in...) after 'tcp.port', found '80'",
                error("tcp.port 80"));
        assertEquals("position 10: '1.2.3' is not a valid IPv4 address or network (192.168.0.1, 10.0.0.0/8) for ip.src",
                error("ip.src == 1.2.3"));
        assertEquals("position 18: 'matches' needs a double-quoted regular expression, found 'x'", error("frame.protocols ~ x"));
        assertEquals("position 0: the slice '[' has no closing ']'".replace("0", "7"), error("eth.src[0:3 == 00"));
        assertEquals("the filter is empty", error("  "));
    }

    @Test
    void anUnknownFieldSuggestsTheNearestNames() {
        String message = error("tcp.prot == 3");
        assertTrue(message.startsWith("position 0: 'tcp.prot' is neither a field nor a protocol; did you mean tcp.port"), message);
    }

    @Test
    void namesNotDissectedHereAreAbsentWhereThatIsAllowed() throws Exception {
        // colouring rules written for Wireshark: a protocol this installation does not dissect is never present
        assertEquals(expand("5-90"), matching(DisplayFilter.compileAllowingUnknownFields("http2 || tcp", registry)));
        assertEquals(List.of(), matching(DisplayFilter.compileAllowingUnknownFields("hsrp.state != 8 && hsrp.state != 16", registry)));
        assertEquals(expand("1-93"), matching(DisplayFilter.compileAllowingUnknownFields("!(vrrp || carp)", registry)));
        assertEquals(List.of(), matching(DisplayFilter.compileAllowingUnknownFields("sctp.chunk_type eq ABORT", registry)));
        // the rest of the filter is checked as usual
        assertThrows(FilterException.class, () -> DisplayFilter.compileAllowingUnknownFields("hsrp.state !=", registry));
        assertTrue(error("http2 || tcp").contains("'http2' is neither a field nor a protocol"));
    }

    private static String error(String text) {
        return assertThrows(FilterException.class, () -> DisplayFilter.compile(text, registry)).getMessage();
    }
}
