package org.wirebench.proto.ipv4.internal;

import static java.util.Map.entry;

import java.util.Map;

/** ICMP message types and, for the types that have them, their codes, named as Wireshark names them. */
final class IcmpMessages {
    static final int ECHO_REPLY = 0;
    static final int DESTINATION_UNREACHABLE = 3;
    static final int SOURCE_QUENCH = 4;
    static final int REDIRECT = 5;
    static final int ECHO_REQUEST = 8;
    static final int ROUTER_ADVERTISEMENT = 9;
    static final int ROUTER_SOLICITATION = 10;
    static final int TIME_EXCEEDED = 11;
    static final int PARAMETER_PROBLEM = 12;
    static final int TIMESTAMP_REQUEST = 13;
    static final int TIMESTAMP_REPLY = 14;
    static final int INFORMATION_REQUEST = 15;
    static final int INFORMATION_REPLY = 16;
    static final int ADDRESS_MASK_REQUEST = 17;
    static final int ADDRESS_MASK_REPLY = 18;
    /** Destination unreachable, fragmentation needed: the code that carries the next hop's MTU. */
    static final int FRAGMENTATION_NEEDED = 4;

    static final Map<Long, String> TYPES = Map.ofEntries(
            entry(0L, "Echo (ping) reply"),
            entry(3L, "Destination unreachable"),
            entry(4L, "Source quench (flow control)"),
            entry(5L, "Redirect"),
            entry(8L, "Echo (ping) request"),
            entry(9L, "Router advertisement"),
            entry(10L, "Router solicitation"),
            entry(11L, "Time-to-live exceeded"),
            entry(12L, "Parameter problem"),
            entry(13L, "Timestamp request"),
            entry(14L, "Timestamp reply"),
            entry(15L, "Information request"),
            entry(16L, "Information reply"),
            entry(17L, "Address mask request"),
            entry(18L, "Address mask reply"),
            entry(30L, "Traceroute"),
            entry(40L, "Photuris"),
            entry(42L, "Extended Echo request"),
            entry(43L, "Extended Echo reply"));

    private static final Map<Integer, String[]> CODES = Map.of(
            DESTINATION_UNREACHABLE, new String[] { "Network unreachable", "Host unreachable", "Protocol unreachable",
                    "Port unreachable", "Fragmentation needed", "Source route failed", "Destination network unknown",
                    "Destination host unknown", "Source host isolated", "Network administratively prohibited",
                    "Host administratively prohibited", "Network unreachable for TOS", "Host unreachable for TOS",
                    "Communication administratively filtered", "Host precedence violation", "Precedence cutoff in effect" },
            REDIRECT, new String[] { "Redirect for network", "Redirect for host", "Redirect for TOS and network",
                    "Redirect for TOS and host" },
            TIME_EXCEEDED, new String[] { "Time to live exceeded in transit", "Fragment reassembly time exceeded" },
            PARAMETER_PROBLEM, new String[] { "Pointer indicates the error", "Required option missing", "Bad length" });

    private IcmpMessages() {
    }

    static String type(int type) {
        return TYPES.getOrDefault((long) type, "Unknown ICMP (obsolete or malformed?)");
    }

    /** The name of `code` for a type whose codes have names; null for the other types. */
    static String code(int type, int code) {
        if (type == ROUTER_ADVERTISEMENT) {
            return code == 0 ? "Normal router advertisement" : code == 16 ? "Does not route common traffic" : "Unknown code: " + code;
        }
        String[] codes = CODES.get(type);
        if (codes == null) {
            return null;
        }
        return code < codes.length ? codes[code] : "Unknown code: " + code;
    }

    /** Types with an identifier and a sequence number after the checksum. */
    static boolean identified(int type) {
        return type == ECHO_REPLY || type == ECHO_REQUEST || type >= TIMESTAMP_REQUEST && type <= ADDRESS_MASK_REPLY;
    }

    /** Error messages, which quote the header and first bytes of the datagram they are about. */
    static boolean error(int type) {
        return type == DESTINATION_UNREACHABLE || type == SOURCE_QUENCH || type == REDIRECT || type == TIME_EXCEEDED
                || type == PARAMETER_PROBLEM;
    }
}
