package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.batch.Cli;
import org.wirebench.pcap.CaptureFile;

/** Capture filters (libpcap's language) and display filters (-Y) on the command line, alone and together. */
class CliFilterTest {
    static final String SAMPLE = TsharkRun.SAMPLE.toString();

    private static String[] lines(TsharkRun run) {
        assertEquals(Cli.OK, run.status, run.err);
        return run.out.isEmpty() ? new String[0] : run.out.split("\n");
    }

    @Test
    void theWordsAfterTheOptionsAreACaptureFilter() {
        String[] lines = lines(TsharkRun.wb("-n", "-r", SAMPLE, "udp", "port", "4660"));
        assertEquals(7, lines.length, "tcpdump -r SAMPLE udp port 4660 prints 7 lines");
        assertTrue(lines[0].endsWith(" IP 127.0.0.1.51839 > 127.0.0.1.4660: UDP, length 9"), lines[0]);
    }

    @Test
    void aFilterFileKeepsCommentsOut(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("rbcp.filter"), "# RBCP register access\nudp port 4660 # the SiTCP default\n");
        assertEquals(7, lines(TsharkRun.wb("-n", "-r", SAMPLE, "-F", file.toString())).length);
    }

    @Test
    void countAndNumbersApplyToThePacketsThatPass() {
        String[] lines = lines(TsharkRun.wb("-n", "-#", "-c", "2", "-r", SAMPLE, "tcp[tcpflags] & tcp-syn != 0"));
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("    1  ") && lines[1].startsWith("    2  "), String.join("\n", lines));
        assertTrue(lines[1].contains("Flags [S.]"), lines[1]);
    }

    @Test
    void aDisplayFilterKeepsTheOriginalFrameNumbers() {
        String[] lines = lines(TsharkRun.wb("-n", "-r", SAMPLE, "-T", "fields", "-e", "frame.number", "-Y",
                "tcp.flags.syn == 1 || udp.port == 4660 && frame.number > 90"));
        assertEquals("5 6 91 92 93", String.join(" ", lines));
    }

    @Test
    void bothFiltersTogether() {
        String[] lines = lines(TsharkRun.wb("-n", "-r", SAMPLE, "-T", "fields", "-e", "frame.number", "-Y", "frame.number < 4",
                "udp"));
        assertEquals("1 2 3", String.join(" ", lines));
    }

    @Test
    void writeKeepsOnlyTheMatchingPackets(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("rbcp.pcapng");
        assertEquals(Cli.OK, TsharkRun.wb("-r", SAMPLE, "-w", out.toString(), "-Y", "udp").status);
        try (CaptureFile written = CaptureFile.open(out)) {
            assertEquals(7, written.frameCount());
        }
    }

    @Test
    void aCaptureFilterLibpcapRefusesIsItsMessageAndExit1() {
        TsharkRun run = TsharkRun.wb("-r", SAMPLE, "tcp", "port");
        assertEquals(Cli.FAILED, run.status);
        assertEquals("wb: can't parse filter expression: syntax error (in the filter 'tcp port')\n", run.err);
        assertEquals("", run.out);
    }

    @Test
    void aBadDisplayFilterNamesThePositionAndExits2() {
        TsharkRun run = TsharkRun.wb("-r", SAMPLE, "-Y", "tcp.port == 80 &&");
        assertEquals(Cli.USAGE, run.status);
        assertEquals("wb: -Y tcp.port == 80 &&: position 17: expected a field or a value, found the end of the filter\n", run.err);
    }
}
