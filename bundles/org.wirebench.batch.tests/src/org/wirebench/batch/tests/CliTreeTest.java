package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.batch.tests.TsharkRun.wb;

import org.junit.jupiter.api.Test;
import org.wirebench.batch.Cli;

/** `-T text` (tshark -P -V: summary line, tree, empty line) and `-V` (the tree under tcpdump's line). */
class CliTreeTest {
    private static final String SAMPLE = TsharkRun.SAMPLE.toString();

    @Test
    void textIsTsharksSummaryLineThenTheTree() {
        TsharkRun run = wb("-r", SAMPLE, "-c", "2", "-T", "text");
        assertEquals(Cli.OK, run.status, run.err);
        String[] packets = run.out.split("\n\n");
        assertEquals(2, packets.length, run.out);
        assertTrue(packets[0].startsWith("""
                    1 0.000000000    127.0.0.1 \u2192 127.0.0.1    UDP 51 51839 \u2192 4660 Len=9
                Frame 1: 51 bytes on wire"""), "tshark's summary line, byte for byte: " + packets[0]);
        assertTrue(packets[0].contains("\nInternet Protocol Version 4, Src: 127.0.0.1, Dst: 127.0.0.1\n    Version: 4\n"), packets[0]);
        assertTrue(packets[1].startsWith("    2 0.000261959    127.0.0.1 \u2192 127.0.0.1    UDP 51 4660 \u2192 51839 Len=9\n"), packets[1]);
        assertTrue(run.out.endsWith("\n\n"));
    }

    @Test
    void verboseTreeGoesUnderTheTcpdumpLine() {
        TsharkRun run = wb("-r", SAMPLE, "-c", "1", "-nn", "-tt", "-V");
        assertEquals(Cli.OK, run.status, run.err);
        assertTrue(run.out.startsWith("1795695936.967829 IP 127.0.0.1.51839 > 127.0.0.1.4660: UDP, length 9\nFrame 1: "), run.out);
        assertTrue(run.out.contains("\nUser Datagram Protocol, Src Port: 51839, Dst Port: 4660\n    Source Port: 51839\n"), run.out);
        assertTrue(run.out.endsWith("\n\n"));
    }
}
