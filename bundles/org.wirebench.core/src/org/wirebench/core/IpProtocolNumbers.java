package org.wirebench.core;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The `ip.proto` dissector table, which IPv4 (protocol) and IPv6 (next header) own together, and the names of its
 * keys, the IANA protocol numbers, as Wireshark shows them. Here because the two IP bundles may share nothing but
 * the core.
 */
public final class IpProtocolNumbers {
    public static final String TABLE = "ip.proto";

    public static final Map<Long, String> NAMES = Map.ofEntries(
            entry(0L, "IPv6 Hop-by-Hop Option"),
            entry(1L, "ICMP"),
            entry(2L, "IGMP"),
            entry(4L, "IPIP"),
            entry(6L, "TCP"),
            entry(8L, "EGP"),
            entry(9L, "IGRP"),
            entry(17L, "UDP"),
            entry(33L, "Datagram Congestion Control Protocol"),
            entry(41L, "IPv6"),
            entry(43L, "Routing Header for IPv6"),
            entry(44L, "Fragment Header for IPv6"),
            entry(46L, "Reservation Protocol"),
            entry(47L, "Generic Routing Encapsulation"),
            entry(50L, "Encap Security Payload"),
            entry(51L, "Authentication Header"),
            entry(58L, "ICMPv6"),
            entry(59L, "No Next Header for IPv6"),
            entry(60L, "Destination Options for IPv6"),
            entry(88L, "EIGRP"),
            entry(89L, "OSPF IGP"),
            entry(97L, "Ether in IP"),
            entry(103L, "PIM"),
            entry(108L, "IPComp"),
            entry(112L, "VRRP"),
            entry(115L, "Layer 2 Tunneling"),
            entry(132L, "SCTP"),
            entry(135L, "Mobile IPv6"),
            entry(136L, "UDPLite"),
            entry(137L, "MPLS in IP"),
            entry(143L, "Ethernet"));

    private IpProtocolNumbers() {
    }

    /** The name of `protocol`, or `Unknown`. */
    public static String name(int protocol) {
        return NAMES.getOrDefault((long) protocol, "Unknown");
    }
}
