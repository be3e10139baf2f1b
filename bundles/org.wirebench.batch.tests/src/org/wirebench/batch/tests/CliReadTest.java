package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirebench.batch.Cli;

/** `wb -r FILE` on the bundled sample and on files that are not what they claim, with the product's dissectors. */
class CliReadTest {
    static final Path SAMPLE = Path.of(System.getProperty("wirebench.samples", "samples"), "daq-readout.pcapng");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void printsOneLinePerPacketOfTheSample() {
        assertEquals(Cli.OK, run("-r", SAMPLE.toString()), err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(93, lines.length, "capinfos counts 93 packets");
        // tcpdump's line, in the zone of the machine running the test: compare from the address on
        assertTrue(lines[0].endsWith(" IP 127.0.0.1.51839 > 127.0.0.1.4660: UDP, length 9"), lines[0]);
        assertTrue(lines[0].matches("\\d\\d:\\d\\d:\\d\\d\\.967829 .*"), lines[0]);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void capinfosSummarisesFromTheIndex() {
        assertEquals(Cli.OK, run("--capinfos", "-r", SAMPLE.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("File type:           pcapng\n"), text);
        assertTrue(text.contains("File encapsulation:  EN10MB\n"), text);
        assertTrue(text.contains("Number of packets:   93\n"), text);
        assertTrue(text.contains("File size:           19844 bytes\n"), text);
        assertTrue(text.contains("Capture duration:    0.093066315 seconds\n"), "capinfos says 0.093066315 seconds: " + text);
    }

    @Test
    void aMissingFileIsOneLineNamingIt() {
        assertEquals(Cli.FAILED, run("-r", "/no/such/capture.pcap"));
        assertEquals("wb: /no/such/capture.pcap: No such file or directory\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileThatIsNoCaptureIsNamed(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("notes.pcap"), "this is not a capture\n");
        assertEquals(Cli.FAILED, run("-r", text.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("wb: " + text + ": "), message);
        assertEquals(1, message.split("\n").length, message);
    }

    @Test
    void aTruncatedCaptureKeepsItsWholeRecordsAndWarns(@TempDir Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        Path cut = Files.write(folder.resolve("cut.pcapng"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Cli.OK, run("-r", cut.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines.length > 20 && lines.length < 93, lines.length + " lines");
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("wb: warning: "), err.toString(StandardCharsets.UTF_8));
    }
}
