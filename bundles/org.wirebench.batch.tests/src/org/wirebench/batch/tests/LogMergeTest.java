package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.batch.tests.TsharkRun.wb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.batch.Cli;

/**
 * `--merge-log`: log lines among the packets in time order, each time stamp form, lines without one kept under
 * the line above. The sample's first packets are at 12:25:36.967829586, .968091545 and .968385724 UTC.
 */
class LogMergeTest {
    private static final String SAMPLE = TsharkRun.SAMPLE.toString();

    @TempDir
    Path folder;

    private String log(String text) throws IOException {
        return Files.writeString(folder.resolve("program.log"), text).toString();
    }

    @Test
    void everyTimeStampFormGoesWhereItsTimeIs() throws IOException {
        String log = log("""
                starting
                1795695936.967000 epoch, before packet 1
                2026-11-26T12:25:36.968Z iso with a zone, between 1 and 2
                  a continuation line
                2026-11-26 12:25:36,968200 iso without a zone (the Cli's: UTC), between 2 and 3
                00:00:00.000556138 relative, at packet 3's time: before it
                1795695999.0 after the last packet
                """);
        TsharkRun run = wb("-r", SAMPLE, "-c", "3", "-nn", "-ttttt", "--merge-log", log);
        assertEquals(Cli.OK, run.status, run.err);
        assertEquals("""
                # starting
                # 1795695936.967000 epoch, before packet 1
                 00:00:00.000000 IP 127.0.0.1.51839 > 127.0.0.1.4660: UDP, length 9
                # 2026-11-26T12:25:36.968Z iso with a zone, between 1 and 2
                #   a continuation line
                 00:00:00.000262 IP 127.0.0.1.4660 > 127.0.0.1.51839: UDP, length 9
                # 2026-11-26 12:25:36,968200 iso without a zone (the Cli's: UTC), between 2 and 3
                # 00:00:00.000556138 relative, at packet 3's time: before it
                 00:00:00.000556 IP 127.0.0.1.51839 > 127.0.0.1.4660: UDP, length 8
                # 1795695999.0 after the last packet
                """, run.out);
    }

    @Test
    void mergesIntoFieldsAfterTheHeader() throws IOException {
        String log = log("2026-11-26T12:25:36.968+00:00 between 1 and 2\n");
        TsharkRun run = wb("-r", SAMPLE, "-c", "2", "-T", "fields", "-e", "frame.number", "-E", "header=y", "--merge-log", log);
        assertEquals("frame.number\n1\n# 2026-11-26T12:25:36.968+00:00 between 1 and 2\n2\n", run.out);
    }

    @Test
    void aMissingLogIsOneLineNamingIt() {
        TsharkRun run = wb("-r", SAMPLE, "--merge-log", "/no/such/program.log");
        assertEquals(Cli.FAILED, run.status);
        assertEquals("wb: /no/such/program.log: No such file or directory\n", run.err);
        assertEquals("", run.out);
    }
}
