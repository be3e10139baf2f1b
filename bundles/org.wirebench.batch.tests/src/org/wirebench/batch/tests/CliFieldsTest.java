package org.wirebench.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.batch.tests.TsharkRun.wb;

import org.junit.jupiter.api.Test;
import org.wirebench.testing.Corpus;
import org.wirebench.batch.Cli;

/** `-T fields`: the lines tshark 4.0.17 prints for the same arguments (TZ=UTC), byte for byte. */
class CliFieldsTest {
    private static final String SAMPLE = TsharkRun.SAMPLE.toString();

    @Test
    void frameFieldsAsTsharkPrintsThem() {
        TsharkRun run = wb("-r", SAMPLE, "-c", "3", "-T", "fields", "-e", "frame.number", "-e", "frame.time_epoch", "-e",
                "frame.len", "-e", "frame.cap_len", "-e", "frame.time_relative", "-e", "frame.time_delta", "-e",
                "frame.protocols", "-e", "ip.src", "-e", "tcp.dstport", "-E", "header=y");
        assertEquals(Cli.OK, run.status, run.err);
        assertEquals("""
                frame.number	frame.time_epoch	frame.len	frame.cap_len	frame.time_relative	frame.time_delta	frame.protocols	ip.src	tcp.dstport
                1	1795695936.967829586	51	51	0.000000000	0.000000000	eth:ethertype:ip:udp:data	127.0.0.1\t
                2	1795695936.968091545	51	51	0.000261959	0.000261959	eth:ethertype:ip:udp:data	127.0.0.1\t
                3	1795695936.968385724	50	50	0.000556138	0.000294179	eth:ethertype:ip:udp:data	127.0.0.1\t
                """, run.out);
    }

    @Test
    void separatorQuoteAndHeaderAsTsharkTakesThem() {
        TsharkRun run = wb("-r", SAMPLE, "-c", "2", "-T", "fields", "-e", "frame.number", "-e", "tcp.port", "-e",
                "udp.srcport", "-e", "data.data", "-E", "separator=,", "-E", "quote=d", "-E", "header=y");
        assertEquals(Cli.OK, run.status, run.err);
        assertEquals("""
                frame.number,tcp.port,udp.srcport,data.data
                "1",,"51839","ff8001010000001001"
                "2",,"4660","ff8801010000001001"
                """, run.out);
    }

    @Test
    void occurrencesAreJoinedWithCommas() {
        String dns = Corpus.capture("chrissanders-packets/dns.pcap").toString();
        TsharkRun run = wb("-r", dns, "-c", "4", "-T", "fields", "-e", "eth.src", "-e", "ip.flags.df", "-e", "ip.proto",
                "-e", "udp.checksum", "-e", "dns.flags", "-e", "dns.qry.name", "-e", "dns.a", "-e", "dns.resp.ttl",
                "-e", "ip.addr");
        assertEquals(Cli.OK, run.status, run.err);
        assertEquals("""
                c0:c1:c0:17:8c:e8	1	17	0xa127	0x8180	www.espn.com	68.71.212.158	225,223	4.2.2.1,172.16.16.154
                c0:c1:c0:17:8c:e8	1	17	0xea28	0x8180	espn.go.com	199.181.133.61	143,4	4.2.2.1,172.16.16.154
                c0:c1:c0:17:8c:e8	1	17	0xcc12	0x8180	cdn.optimizely.com	72.21.91.8	11,1357,2664	4.2.2.1,172.16.16.154
                c0:c1:c0:17:8c:e8	1	17	0x456f	0x8180	a1.espncdn.com	72.246.56.35,72.246.56.83	134,10943,13,13	4.2.2.1,172.16.16.154
                """, run.out);
    }

    @Test
    void anUnknownFieldIsOneLineWithTheNearestNames() {
        TsharkRun run = wb("-r", SAMPLE, "-T", "fields", "-e", "frame.number", "-e", "ip.sorc");
        assertEquals(Cli.USAGE, run.status);
        assertEquals("", run.out);
        assertEquals(1, run.err.split("\n").length, run.err);
        assertTrue(run.err.startsWith("wb: -e ip.sorc: no such field; did you mean ip.src"), run.err);
    }

    @Test
    void fieldsNeedsFieldsAndFieldsNeedFields() {
        assertEquals(Cli.USAGE, wb("-r", SAMPLE, "-T", "fields").status);
        assertEquals(Cli.USAGE, wb("-r", SAMPLE, "-T", "json", "-e", "ip.src").status);
    }
}
