package org.wirebench.filter.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.filter.CaptureFilter;
import org.wirebench.filter.FilterException;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.testing.Frames;

/** Capture filters compiled by the real libpcap and run by the Java interpreter over real captures. */
class CaptureFilterTest {
    static final Path SAMPLE = Path.of(System.getProperty("wirebench.samples", "samples"), "daq-readout.pcapng");

    /** The counts are what `tcpdump -r samples/daq-readout.pcapng FILTER | wc -l` prints. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "udp port 4660; 7",
            "tcp; 86",
            "greater 100; 40",
            "tcp[tcpflags] & tcp-syn != 0; 2",
            "tcp port 24 and len > 100; 40",
            "not ip6 and (udp or tcp) and len >= 54; 86",
            "udp and src port 4660; 3",
            "udp[8] = 0xff; 6",
            "tcp[tcpflags] & (tcp-fin|tcp-rst) != 0; 2",
            "arp or icmp; 0" })
    void selectsWhatTcpdumpSelects(String expression, int count) throws Exception {
        try (CaptureFile capture = CaptureFile.open(SAMPLE)) {
            CaptureFilter filter = CaptureFilter.compile(expression, List.of(capture.interfaces().get(0).linkType()));
            Frame frame = new Frame();
            int matched = 0;
            for (int i = 0; i < capture.frameCount(); i++) {
                if (filter.matches(capture.read(i, frame))) {
                    matched++;
                }
            }
            assertEquals(count, matched, expression);
        }
    }

    @Test
    void aSyntaxErrorIsLibpcapsMessageWithTheExpression() {
        FilterException e = assertThrows(FilterException.class, () -> CaptureFilter.compile("tcp port", List.of(LinkType.ETHERNET)));
        assertEquals("can't parse filter expression: syntax error (in the filter 'tcp port')", e.getMessage());
        e = assertThrows(FilterException.class, () -> CaptureFilter.compile("port 99999", List.of(LinkType.ETHERNET)));
        assertTrue(e.getMessage().startsWith("illegal port number 99999 > 65535"), e.getMessage());
    }

    /** A load beyond the captured bytes rejects the packet, as libpcap's bpf_filter does. */
    @Test
    void aFrameCutBeforeTheFieldIsRejected() throws FilterException, IOException {
        try (CaptureFile capture = CaptureFile.open(SAMPLE)) {
            Frame whole = capture.read(0, null);
            CaptureFilter filter = CaptureFilter.compile("udp port 4660", List.of(LinkType.ETHERNET));
            assertTrue(filter.matches(whole));
            Frame cut = Frames.frame(1, LinkType.ETHERNET, whole.data(), 30);
            assertFalse(filter.matches(cut), "the UDP ports lie beyond the 30 captured bytes");
        }
    }

    @Test
    void eachLinkTypeHasItsOwnProgram() throws FilterException {
        // the same IPv4/UDP packet, once raw (LINKTYPE_RAW) and once with a BSD loopback header
        byte[] ip = org.wirebench.testing.Bytes.hex("4500001c 0000 0000 4011 0000 7f000001 7f000001", "1234 1234 0008 0000");
        byte[] loop = org.wirebench.testing.Bytes.concat(org.wirebench.testing.Bytes.hex("02000000"), ip);
        CaptureFilter filter = CaptureFilter.compile("udp port 4660", List.of(LinkType.RAW, LinkType.NULL));
        assertTrue(filter.matches(Frames.frame(1, LinkType.RAW, ip)));
        assertTrue(filter.matches(Frames.frame(2, LinkType.NULL, loop)));
        assertFalse(filter.matches(Frames.frame(3, LinkType.ETHERNET, ip)), "no program for Ethernet: refused");
    }

    /** Without libpcap the message names what to install, in one line. */
    @Test
    void withoutLibpcapTheMessageNamesThePackage() {
        System.setProperty(org.wirebench.filter.internal.Libpcap.LIBRARY_PROPERTY, "wirebench-no-such-pcap");
        try {
            FilterException e = assertThrows(FilterException.class, () -> CaptureFilter.compile("tcp", List.of(LinkType.ETHERNET)));
            assertEquals("capture filters need libpcap, which is not installed: install the package libpcap0.8 "
                    + "(Debian and Ubuntu: apt-get install libpcap0.8)", e.getMessage());
        } finally {
            System.clearProperty(org.wirebench.filter.internal.Libpcap.LIBRARY_PROPERTY);
        }
    }
}
