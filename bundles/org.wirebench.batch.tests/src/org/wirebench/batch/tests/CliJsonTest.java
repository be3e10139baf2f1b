package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.batch.tests.TsharkRun.wb;

import org.junit.jupiter.api.Test;
import org.wirebench.batch.Cli;

/** `-T json`: tshark 4.0's shape, one object per packet with `_index` and `_source.layers.<proto>.<field>`. */
class CliJsonTest {
    private static final String SAMPLE = TsharkRun.SAMPLE.toString();

    @Test
    void oneObjectPerPacketShapedAsTsharkShapesIt() {
        TsharkRun run = wb("-r", SAMPLE, "-T", "json");
        assertEquals(Cli.OK, run.status, run.err);
        assertTrue(run.out.startsWith("""
                [
                  {
                    "_index": "packets-2026-11-26",
                    "_type": "doc",
                    "_score": null,
                    "_source": {
                      "layers": {
                        "frame": {
                """), run.out.substring(0, 300));
        assertEquals(93, run.out.split("\"_index\"", -1).length - 1);
        assertTrue(run.out.endsWith("    }\n  }\n]\n"), run.out.substring(run.out.length() - 40));
        assertTrue(run.out.contains("\n          \"frame.time_epoch\": \"1795695936.967829586\",\n"), "frame fields as tshark shows them");
        assertTrue(run.out.contains("\n          \"frame.protocols\": \"eth:ethertype:ip:udp:data\"\n"));
        assertTrue(run.out.contains("\n          \"ip.flags\": \"0x02\",\n          \"ip.flags_tree\": {\n"), "a field with items under it");
        assertTrue(run.out.contains("\n          \"ip.src\": \"127.0.0.1\",\n"));
        assertTrue(run.out.contains("\n          \"data.data\": \"ff:80:01:01:00:00:00:10:01\",\n"), "bytes with colons, as tshark");
        assertBalanced(run.out);
    }

    @Test
    void noPacketIsAnEmptyArray() {
        TsharkRun run = wb("-r", SAMPLE, "-T", "json", "-c", "1");
        assertTrue(run.out.startsWith("[\n  {\n") && run.out.endsWith("  }\n]\n"), run.out);
    }

    @Test
    void aLogCannotGoIntoJson() {
        assertEquals(Cli.USAGE, wb("-r", SAMPLE, "-T", "json", "--merge-log", SAMPLE.toString()).status);
    }

    /** Brackets and braces outside strings balance: the text is one JSON value. */
    private static void assertBalanced(String json) {
        int depth = 0;
        boolean string = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                assertTrue(--depth >= 0, "closes more than it opens at " + i);
            }
        }
        assertEquals(0, depth);
    }
}
