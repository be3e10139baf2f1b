package org.wirebench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Packet;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.filter.FilterException;

/**
 * The packet list's colouring rules: an ordered list of display filters with colours, the first that matches a
 * frame colours its row. Kept in Wireshark's `colorfilters` format, so that a user's file carries over: one rule a
 * line, `@name@filter@[fg r,g,b][bg r,g,b]` with 16-bit components, `!` before a rule that is switched off, `#`
 * before a comment. A protocol or field this installation does not dissect is never present, as a protocol that
 * is not in the frame: `http || http2` colours HTTP, `hsrp.state != 8` nothing. A rule whose filter does not
 * compile is kept, never matches, and says why ({@link #problem}).
 */
public final class ColouringRules {
    /** Wireshark's default rules, in its order. */
    public static final String DEFAULTS = """
            @Bad TCP@tcp.analysis.flags && !tcp.analysis.window_update && !tcp.analysis.keep_alive && !tcp.analysis.keep_alive_ack@[4718,10030,11796][63479,34695,34695]
            @HSRP State Change@hsrp.state != 8 && hsrp.state != 16@[4718,10030,11796][65535,64764,40092]
            @Spanning Tree Topology  Change@stp.type == 0x80@[4718,10030,11796][65535,64764,40092]
            @OSPF State Change@ospf.msg != 1@[4718,10030,11796][65535,64764,40092]
            @ICMP errors@icmp.type in { 3..5, 11 } || icmpv6.type in { 1..4 }@[4718,10030,11796][47031,63479,29812]
            @ARP@arp@[4718,10030,11796][64250,61680,55255]
            @ICMP@icmp || icmpv6@[4718,10030,11796][64764,57568,65535]
            @TCP RST@tcp.flags.reset eq 1@[42148,0,0][65535,64764,40092]
            @SCTP ABORT@sctp.chunk_type eq ABORT@[42148,0,0][65535,64764,40092]
            @TTL low or unexpected@(ip.dst != 224.0.0.0/4 && ip.ttl < 5 && !pim && !ospf) || (ip.dst == 224.0.0.0/24 && ip.dst != 224.0.0.251 && ip.ttl != 1 && !(vrrp || carp))@[42148,0,0][60652,61680,60395]
            @Checksum Errors@eth.fcs.status=="Bad" || ip.checksum.status=="Bad" || tcp.checksum.status=="Bad" || udp.checksum.status=="Bad"@[4718,10030,11796][63479,34695,34695]
            @SMB@smb || nbss || nbns || netbios@[4718,10030,11796][65278,65535,53456]
            @HTTP@http || tcp.port == 80 || http2@[4718,10030,11796][58596,65535,51143]
            @DCERPC@dcerpc@[4718,10030,11796][51143,38807,65535]
            @Routing@hsrp || eigrp || ospf || bgp || cdp || vrrp || carp || gvrp || igmp || ismp@[4718,10030,11796][65535,62451,54998]
            @TCP SYN/FIN@tcp.flags & 0x02 || tcp.flags.fin == 1@[41120,41120,41120][20560,20560,20560]
            @TCP@tcp@[4718,10030,11796][59367,59110,65535]
            @UDP@udp@[4718,10030,11796][56026,61166,65535]
            @Broadcast@eth[0] & 1@[4718,10030,11796][65535,65535,65535]
            """;

    private static final Pattern RULE = Pattern.compile(
            "(!?)@([^@]*)@(.*)@\\[(\\d+),(\\d+),(\\d+)\\]\\[(\\d+),(\\d+),(\\d+)\\]\\s*");

    /** One rule; colours are 0xRRGGBB. */
    public record Rule(String name, String filter, int foreground, int background, boolean enabled) {
    }

    /** A rule with its compiled filter, or the reason it has none. */
    private record Compiled(Rule rule, DisplayFilter filter, String problem) {
    }

    private final List<Compiled> rules;

    private ColouringRules(List<Compiled> rules) {
        this.rules = rules;
    }

    /**
     * Reads rules in the colorfilters format and compiles their filters against `registry`.
     *
     * @throws IllegalArgumentException naming the line that is not a rule
     */
    public static ColouringRules parse(String text, DissectorRegistry registry) {
        List<Compiled> rules = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = RULE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + (n + 1) + ": not a colouring rule (@name@filter@[fg r,g,b][bg r,g,b]): " + line);
            }
            Rule rule = new Rule(m.group(2), m.group(3), rgb(m, 4), rgb(m, 7), m.group(1).isEmpty());
            try {
                rules.add(new Compiled(rule, DisplayFilter.compileAllowingUnknownFields(rule.filter(), registry), null));
            } catch (FilterException e) {
                rules.add(new Compiled(rule, null, e.getMessage()));
            }
        }
        return new ColouringRules(List.copyOf(rules));
    }

    private static int rgb(Matcher m, int group) {
        int rgb = 0;
        for (int i = 0; i < 3; i++) {
            rgb = rgb << 8 | Math.min(255, Integer.parseInt(m.group(group + i)) >> 8);
        }
        return rgb;
    }

    public List<Rule> rules() {
        return rules.stream().map(Compiled::rule).toList();
    }

    /** Why the rule at `index` never matches (its filter's error), or null when it can. */
    public String problem(int index) {
        return rules.get(index).problem();
    }

    /** The first enabled rule `packet` (dissected with its tree) matches, or null. */
    public Rule match(Packet packet) {
        for (Compiled compiled : rules) {
            if (compiled.rule().enabled() && compiled.filter() != null && compiled.filter().matches(packet)) {
                return compiled.rule();
            }
        }
        return null;
    }
}
