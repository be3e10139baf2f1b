package org.wirebench.proto.ipv6.internal;

import static java.util.Map.entry;

import java.util.Map;

/** ICMPv6 message types and, for the error types, their codes, named as Wireshark names them. */
final class Icmpv6Messages {
    static final int DESTINATION_UNREACHABLE = 1;
    static final int PACKET_TOO_BIG = 2;
    static final int TIME_EXCEEDED = 3;
    static final int PARAMETER_PROBLEM = 4;
    static final int ECHO_REQUEST = 128;
    static final int ECHO_REPLY = 129;
    static final int ROUTER_SOLICITATION = 133;
    static final int ROUTER_ADVERTISEMENT = 134;
    static final int NEIGHBOR_SOLICITATION = 135;
    static final int NEIGHBOR_ADVERTISEMENT = 136;
    static final int REDIRECT = 137;
    static final int ROUTER_RENUMBERING = 138;
    static final int NODE_INFORMATION_QUERY = 139;
    static final int NODE_INFORMATION_REPLY = 140;

    static final Map<Long, String> TYPES = Map.ofEntries(
            entry(1L, "Destination Unreachable"),
            entry(2L, "Packet Too Big"),
            entry(3L, "Time Exceeded"),
            entry(4L, "Parameter Problem"),
            entry(128L, "Echo (ping) request"),
            entry(129L, "Echo (ping) reply"),
            entry(130L, "Multicast Listener Query"),
            entry(131L, "Multicast Listener Report"),
            entry(132L, "Multicast Listener Done"),
            entry(133L, "Router Solicitation"),
            entry(134L, "Router Advertisement"),
            entry(135L, "Neighbor Solicitation"),
            entry(136L, "Neighbor Advertisement"),
            entry(137L, "Redirect"),
            entry(138L, "Router Renumbering"),
            entry(139L, "Node Information Query"),
            entry(140L, "Node Information Reply"),
            entry(141L, "Inverse Neighbor Discovery Solicitation"),
            entry(142L, "Inverse Neighbor Discovery Advertisement"),
            entry(143L, "Multicast Listener Report Message v2"),
            entry(144L, "Home Agent Address Discovery Request"),
            entry(145L, "Home Agent Address Discovery Reply"),
            entry(146L, "Mobile Prefix Solicitation"),
            entry(147L, "Mobile Prefix Advertisement"),
            entry(151L, "Multicast Router Advertisement"),
            entry(152L, "Multicast Router Solicitation"),
            entry(153L, "Multicast Router Termination"),
            entry(155L, "RPL Control"),
            entry(160L, "Extended Echo request"),
            entry(161L, "Extended Echo reply"));

    private static final Map<Integer, String[]> CODES = Map.of(
            DESTINATION_UNREACHABLE, new String[] { "no route to destination", "Administratively prohibited",
                    "Beyond scope of source address", "Address unreachable", "Port unreachable",
                    "Source address failed ingress/egress policy", "Reject route to destination", "Error in Source Routing Header" },
            TIME_EXCEEDED, new String[] { "hop limit exceeded in transit", "fragment reassembly time exceeded" },
            PARAMETER_PROBLEM, new String[] { "erroneous header field encountered", "unrecognized Next Header type encountered",
                    "unrecognized IPv6 option encountered", "IPv6 First Fragment has incomplete IPv6 Header Chain" },
            ROUTER_RENUMBERING, new String[] { "Command", "Result" },
            NODE_INFORMATION_QUERY, new String[] { "Query subject = IPv6 addresses", "Query subject = Name",
                    "Query subject = IPv4 addresses" },
            NODE_INFORMATION_REPLY, new String[] { "Successful", "Refuses", "Unknown query type" });

    private Icmpv6Messages() {
    }

    static String type(int type) {
        return TYPES.getOrDefault((long) type, "Unknown (" + type + ")");
    }

    /** The name of `code` for the types whose codes have names; null for the other types. */
    static String code(int type, int code) {
        String[] codes = CODES.get(type);
        if (codes == null) {
            return null;
        }
        if (type == ROUTER_RENUMBERING && code == 255) {
            return "Sequence number reset";
        }
        return code < codes.length ? codes[code] : "Unknown (" + code + ")";
    }

    /** Error messages (types below 128), which quote as much of the offending packet as fits. */
    static boolean error(int type) {
        return type < 128;
    }
}
