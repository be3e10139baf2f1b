package org.wirebench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.analysis.OpenCapture;
import org.wirebench.analysis.TimeFormat;
import org.wirebench.analysis.TimePrecision;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.testing.Corpus;

/** A corpus capture opened as the capture editor opens it; the expected columns are tshark's for these frames. */
class OpenCaptureTest {
    private static final String HANDSHAKE = "chrissanders-packets/tcp_handshake.pcapng";
    private static final String ESPN = "chrissanders-packets/http_espn_fail.pcapng";

    private static OpenCapture open(String name) throws IOException {
        return OpenCapture.open(Corpus.capture(name), Corpus.registry());
    }

    private static void pass(OpenCapture capture) {
        assertTrue(capture.firstPass(done -> { }, () -> false));
    }

    @Test
    void rowsRevisitedAfterTheFirstPassHaveTsharksColumns() throws IOException {
        try (OpenCapture capture = open(HANDSHAKE)) {
            List<Integer> progress = new ArrayList<>();
            assertTrue(capture.firstPass(progress::add, () -> false));
            assertEquals(List.of(3), progress);
            // asked out of order, as a scrolling list asks: the relative numbers still count from the SYNs
            Packet third = capture.summary(2);
            assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=16872 Len=0", third.info());
            Packet second = capture.summary(1);
            assertEquals("80 → 2826 [SYN, ACK] Seq=0 Ack=1 Win=5840 Len=0 MSS=1406 SACK_PERM WS=128", second.info());
            assertEquals("212.58.226.142", second.source());
            assertEquals("172.16.16.128", second.destination());
            assertEquals("TCP", second.protocolColumn());
        }
    }

    @Test
    void aFrameTheFirstPassHasNotReachedIsDissectedOnItsOwn() throws IOException {
        try (OpenCapture capture = open(HANDSHAKE)) {
            assertEquals(0, capture.passed());
            // no SYNs seen in this dissection: the window is not scaled (as Wireshark shows it without them)
            assertEquals("2826 → 80 [ACK] Seq=1 Ack=1 Win=4218 Len=0", capture.summary(2).info());
            pass(capture);
            assertEquals(3, capture.passed());
        }
    }

    @Test
    void aStoppedFirstPassKeepsWhatItDid() throws IOException {
        try (OpenCapture capture = open(ESPN)) {
            assertFalse(capture.firstPass(done -> { }, () -> true));
            assertEquals(0, capture.passed());
            assertEquals("Standard query 0xb10b A www.espn.com", capture.summary(0).info(), "still dissected, on its own");
        }
    }

    @Test
    void theTreeOfARevisitedFrameKeepsItsOwnTimes() throws IOException {
        try (OpenCapture capture = open(HANDSHAKE)) {
            pass(capture);
            Item frame = capture.dissect(1).tree().children().get(0);
            assertEquals("Frame 2: 66 bytes on wire, 66 bytes captured", frame.label());
            List<String> labels = frame.children().stream().map(Item::label).toList();
            assertTrue(labels.contains("[Time delta from previous captured frame: 0.132627000 seconds]"), labels.toString());
            assertTrue(labels.contains("[Time since reference or first frame: 0.132627000 seconds]"), labels.toString());
        }
    }

    @Test
    void aDisplayFilterSelectsWhatTsharkSelects() throws Exception {
        try (OpenCapture capture = open(ESPN)) {
            pass(capture);
            DisplayFilter syn = DisplayFilter.compile("tcp.flags.syn == 1 && tcp.flags.ack == 0", capture.registry());
            int[] passing = capture.filter(syn, done -> { }, () -> false);
            // tshark -Y ... -T fields -e frame.number: 3 14 25 26 27 39 40 44 46 70 ...
            assertArrayEquals(new int[] { 2, 13, 24, 25, 26, 38, 39, 43, 45, 69 }, java.util.Arrays.copyOf(passing, 10));
            assertEquals(null, capture.filter(syn, done -> { }, () -> true), "a cancelled filter gives nothing");
        }
    }

    @Test
    void timeFormatsAndReferences() throws IOException {
        try (OpenCapture capture = open(ESPN)) {
            TimePrecision auto = TimePrecision.AUTOMATIC;
            assertEquals("2016-01-08 20:59:15.346584", capture.time(1, 0, TimeFormat.UTC_DATE_AND_TIME, auto, ZoneOffset.UTC));
            assertEquals("20:59:15.346584", capture.time(1, 0, TimeFormat.UTC_TIME_OF_DAY, auto, ZoneOffset.UTC));
            assertEquals("21:59:15.346584", capture.time(1, 0, TimeFormat.TIME_OF_DAY, auto, ZoneOffset.ofHours(1)));
            assertEquals("1452286755.346584", capture.time(1, 0, TimeFormat.EPOCH, auto, ZoneOffset.UTC));
            assertEquals("0.026567", capture.time(1, 0, TimeFormat.SINCE_FIRST, auto, ZoneOffset.UTC));
            assertEquals("0.000600", capture.time(2, 1, TimeFormat.SINCE_PREVIOUS_CAPTURED, auto, ZoneOffset.UTC));
            assertEquals("0.027167", capture.time(2, 0, TimeFormat.SINCE_PREVIOUS_DISPLAYED, auto, ZoneOffset.UTC));
            assertEquals("0.026", capture.time(1, 0, TimeFormat.SINCE_FIRST, TimePrecision.MILLISECONDS, ZoneOffset.UTC));
            assertEquals("0.026567000", capture.time(1, 0, TimeFormat.SINCE_FIRST, TimePrecision.NANOSECONDS, ZoneOffset.UTC));
            assertEquals("1452286755", capture.time(1, 0, TimeFormat.EPOCH, TimePrecision.SECONDS, ZoneOffset.UTC));

            capture.toggleReference(1);
            assertEquals("*REF*", capture.time(1, 0, TimeFormat.SINCE_FIRST, auto, ZoneOffset.UTC));
            assertEquals("0.000600", capture.time(2, 1, TimeFormat.SINCE_FIRST, auto, ZoneOffset.UTC), "counted from the reference");
            assertEquals("0.000000", capture.time(0, -1, TimeFormat.SINCE_FIRST, auto, ZoneOffset.UTC), "before it: from the first");
            capture.toggleReference(1);
            assertFalse(capture.isReference(1));
            assertEquals("0.027167", capture.time(2, 1, TimeFormat.SINCE_FIRST, auto, ZoneOffset.UTC));
        }
    }

    @Test
    void markedFramesExportAsACaptureOfTheirOwn(@TempDir Path folder) throws IOException {
        try (OpenCapture capture = open(ESPN)) {
            capture.toggleMark(4);
            capture.toggleMark(2);
            capture.toggleMark(7);
            capture.toggleMark(7);
            assertEquals(2, capture.markedCount());
            assertArrayEquals(new int[] { 2, 4 }, capture.markedFrames());
            for (boolean pcap : new boolean[] { true, false }) {
                Path target = folder.resolve(pcap ? "marked.pcap" : "marked.pcapng");
                capture.export(target, pcap, capture.markedFrames(), done -> { });
                try (CaptureFile written = CaptureFile.openStrict(target)) {
                    assertEquals(2, written.frameCount());
                    assertEquals(capture.file().timestampNanos(2), written.timestampNanos(0));
                    assertEquals(capture.file().originalLength(4), written.originalLength(1));
                }
            }
        }
    }

    @Test
    void theNearestFrameInTimeAmongThoseShown() throws IOException {
        try (OpenCapture capture = open(ESPN)) {
            long third = capture.file().timestampNanos(2);
            assertEquals(2, capture.nearest(third + 100, null));
            assertEquals(1, capture.nearest(third + 100, new int[] { 0, 1, 5 }), "frame 2 is nearer than frame 6");
            assertEquals(-1, capture.nearest(third, new int[0]));
        }
    }

    @Test
    void nameResolutionNamesPortsAndMacVendors() throws IOException {
        try (OpenCapture capture = open(HANDSHAKE)) {
            pass(capture);
            capture.resolveNames(true, true);
            assertEquals("2826 → http(80) [SYN] Seq=0 Win=8192 Len=0 MSS=1460 WS=4 SACK_PERM", capture.summary(0).info());
            capture.resolveNames(false, false);
            assertTrue(capture.summary(0).info().startsWith("2826 → 80 [SYN]"));
        }
        try (OpenCapture capture = open("chrissanders-packets/arp_gratuitous.pcapng")) {
            assertEquals("00:03:47:b7:f2:f5", capture.summary(0).source());
            capture.resolveNames(true, false);
            // tshark -r arp_gratuitous.pcapng: Intel_b7:f2:f5 → Broadcast
            assertEquals("Intel_b7:f2:f5", capture.summary(0).source());
            assertEquals("Broadcast", capture.summary(0).destination());
        }
    }
}
