package org.wirebench.analysis;

/**
 * `frame.protocols` as tshark prints it, from the engine's protocol stack. tshark's stack leaves out `frame`
 * and names the ethertype table as a layer of its own (`eth:ethertype:ip`, `vlan:ethertype:arp`), which the
 * engine, whose link dissectors look the table up themselves, does not run as a protocol.
 */
final class TsharkProtocols {
    private TsharkProtocols() {
    }

    static StringBuilder append(String layers, StringBuilder text) {
        String[] names = layers.split(":");
        boolean first = true;
        for (int i = 0; i < names.length; i++) {
            if (i == 0 && names[i].equals("frame")) {
                continue;
            }
            text.append(first ? "" : ":").append(names[i]);
            first = false;
            if (i + 1 < names.length && byEthertype(names[i]) && !names[i + 1].equals("llc")) {
                text.append(":ethertype");
            }
        }
        return text;
    }

    /** The link layers that hand their payload on through the ethertype table (802.3 frames go to LLC). */
    private static boolean byEthertype(String layer) {
        return switch (layer) {
            case "eth", "vlan", "sll" -> true;
            default -> false;
        };
    }
}
