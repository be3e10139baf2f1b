package org.wirebench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.wirebench.analysis.ColouringRules;
import org.wirebench.analysis.OpenCapture;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.testing.Corpus;

/** Wireshark's default colouring rules over corpus frames, and the colorfilters format. */
class ColouringRulesTest {

    private static String ruleOf(String capture, int index) throws IOException {
        try (OpenCapture open = OpenCapture.open(Corpus.capture(capture), Corpus.registry())) {
            ColouringRules.Rule rule = ColouringRules.parse(ColouringRules.DEFAULTS, open.registry()).match(open.dissect(index));
            return rule == null ? null : rule.name();
        }
    }

    @Test
    void theFirstMatchingDefaultRuleColoursTheRow() throws IOException {
        assertEquals("TCP SYN/FIN", ruleOf("chrissanders-packets/synscan.pcapng", 0));
        // the HTTP rule comes first in Wireshark's order, so a SYN to port 80 is green there too
        assertEquals("HTTP", ruleOf("chrissanders-packets/tcp_handshake.pcapng", 0));
        // `http || tcp.port == 80 || http2`: http2 is not dissected here, and never present
        assertEquals("HTTP", ruleOf("chrissanders-packets/tcp_handshake.pcapng", 2));
        assertEquals("ARP", ruleOf("chrissanders-packets/arp_gratuitous.pcapng", 0));
        assertEquals("UDP", ruleOf("chrissanders-packets/http_espn_fail.pcapng", 0));
        assertEquals("ICMP", ruleOf("chrissanders-packets/icmp_echo.pcapng", 0));
    }

    @Test
    void everyDefaultRuleCompilesAndABrokenOneSaysWhy() {
        DissectorRegistry registry = Corpus.registry();
        ColouringRules rules = ColouringRules.parse(ColouringRules.DEFAULTS, registry);
        assertEquals(19, rules.rules().size());
        assertEquals("HSRP State Change", rules.rules().get(1).name());
        for (int i = 0; i < rules.rules().size(); i++) {
            assertNull(rules.problem(i), rules.rules().get(i).name());
        }
        ColouringRules broken = ColouringRules.parse("@Broken@tcp.port ==@[0,0,0][0,0,0]", registry);
        assertTrue(broken.problem(0).startsWith("position 11:"), broken.problem(0));
        ColouringRules.Rule tcp = rules.rules().get(16);
        assertEquals("TCP", tcp.name());
        assertEquals(0x12272e, tcp.foreground());
        assertEquals(0xe7e6ff, tcp.background());
        assertTrue(tcp.enabled());
    }

    @Test
    void aSwitchedOffRuleNeverMatchesAndABadLineIsNamed() throws IOException {
        DissectorRegistry registry = Corpus.registry();
        ColouringRules rules = ColouringRules.parse("# mine\n!@Off@tcp@[0,0,0][65535,0,0]\n@On@frame@[0,0,0][0,65535,0]\n", registry);
        try (OpenCapture open = OpenCapture.open(Corpus.capture("chrissanders-packets/tcp_handshake.pcapng"), registry)) {
            assertEquals("On", rules.match(open.dissect(0)).name());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColouringRules.parse("@A@tcp@[0,0,0][0,0,0]\n@B@udp[0,0,0]\n", registry));
        assertTrue(e.getMessage().startsWith("line 2: not a colouring rule"), e.getMessage());
    }
}
