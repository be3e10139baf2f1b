package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirebench.batch.Cli;

/** `wb --version`, `--help` and usage errors, through the same entry point the launcher calls. */
class CliUsageTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionNamesTheBundleVersionAndJava() {
        assertEquals(Cli.OK, run("--version"));
        assertTrue(out().startsWith("wb version 0.1.0."), out());
        assertTrue(out().contains("Java " + Runtime.version().feature()), out());
        assertEquals("", err());
    }

    @ParameterizedTest
    @ValueSource(strings = { "--help", "-h" })
    void helpListsTheOptions(String option) {
        assertEquals(Cli.OK, run(option));
        assertTrue(out().startsWith("Usage: wb"), out());
        assertTrue(out().contains("--version"), out());
        assertEquals("", err());
    }

    @Test
    void unknownShortOptionIsOneLineAndTheUsage() {
        assertEquals(Cli.USAGE, run("-Z"));
        String[] lines = err().split("\n");
        assertEquals("wb: unknown option -- 'Z'", lines[0]);
        assertTrue(lines[1].startsWith("Usage: wb"), err());
        assertEquals("", out());
    }

    @Test
    void unknownLongOption() {
        assertEquals(Cli.USAGE, run("--frobnicate"));
        assertTrue(err().startsWith("wb: unknown option --frobnicate\n"), err());
    }

    @Test
    void missingOptionArgument() {
        assertEquals(Cli.USAGE, run("-r"));
        assertTrue(err().startsWith("wb: option requires an argument -- 'r'\n"), err());
    }
}
