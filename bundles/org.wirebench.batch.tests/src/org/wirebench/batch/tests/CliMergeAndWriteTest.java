package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.batch.Cli;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.pcap.CaptureFormat;

/** Several files merged by time, -w in both formats, -c and the two-column time of the DAQ view. */
class CliMergeAndWriteTest {
    static final String SAMPLE = TsharkRun.SAMPLE.toString();

    private static String ok(TsharkRun run) {
        assertEquals(Cli.OK, run.status, run.err);
        return run.out;
    }

    /** The sample split by protocol into a pcapng and a pcap file reads back, merged, as the sample itself. */
    @Test
    void twoFilesMergeByTimeIntoTheOriginalOrder(@TempDir Path folder) throws IOException {
        Path udp = folder.resolve("rbcp.pcapng");
        Path tcp = folder.resolve("stream.pcap");
        ok(TsharkRun.wb("-r", SAMPLE, "-w", udp.toString(), "udp"));
        ok(TsharkRun.wb("-r", SAMPLE, "-w", tcp.toString(), "--nano", "tcp"));
        try (CaptureFile written = CaptureFile.open(tcp)) {
            assertEquals(CaptureFormat.PCAP, written.format(), "a name ending in .pcap writes pcap");
            assertEquals(86, written.frameCount());
        }
        String whole = ok(TsharkRun.wb("-n", "-tt", "--nano", "-r", SAMPLE));
        String merged = ok(TsharkRun.wb("-n", "-tt", "--nano", "-r", tcp.toString(), "-r", udp.toString()));
        assertEquals(whole, merged);
    }

    @Test
    void countStopsAfterThatManyPackets() {
        assertEquals(5, ok(TsharkRun.wb("-n", "-c", "5", "-r", SAMPLE)).split("\n").length);
    }

    /** Since the first packet, then since the previous one: what tcpdump -ttttt and -ttt print, side by side. */
    @Test
    void firstAndDeltaPrintsBothColumns() {
        String[] lines = ok(TsharkRun.wb("-n", "--first-and-delta", "-c", "3", "-r", SAMPLE)).split("\n");
        assertTrue(lines[0].startsWith(" 00:00:00.000000  00:00:00.000000 IP "), lines[0]);
        assertTrue(lines[1].startsWith(" 00:00:00.000262  00:00:00.000262 IP "), lines[1]);
        assertTrue(lines[2].startsWith(" 00:00:00.000556  00:00:00.000294 IP "), lines[2]);
    }
}
