package org.wirebench.tcpdump.internal;

/** The IP protocol names tcpdump 4.99.3 knows: its `ipproto_values` table and its built-in netdb protocol names. */
final class IpProto {
    /** netdb_protoname: the /etc/protocols spelling of numbers 0..142 (null where IANA assigns none). */
    private static final String[] NETDB = {
        "hopopt", "icmp", "igmp", "ggp", "ipencap", "st", "tcp", "cbt", "egp", "igp", "bbn-rcc-mon", "nvp-ii",
        "pup", "argus", "emcon", "xnet", "chaos", "udp", "mux", "dcn-meas", "hmp", "prm", "xns-idp", "trunk-1",
        "trunk-2", "leaf-1", "leaf-2", "rdp", "irtp", "iso-tp4", "netblt", "mfe-nsp", "merit-inp", "dccp", "3pc",
        "idpr", "xtp", "ddp", "idpr-cmtp", "tp++", "il", "ipv6", "sdrp", "ipv6-route", "ipv6-frag", "idrp", "rsvp",
        "gre", "dsr", "bna", "esp", "ah", "i-nlsp", "swipe", "narp", "mobile", "tlsp", "skip", "ipv6-icmp",
        "ipv6-nonxt", "ipv6-opts", null, "cftp", null, "sat-expak", "kryptolan", "rvd", "ippc", null, "sat-mon",
        "visa", "ipcv", "cpnx", "rspf", "wsn", "pvp", "br-sat-mon", "sun-nd", "wb-mon", "wb-expak", "iso-ip", "vmtp",
        "secure-vmtp", "vines", "ttp", "nsfnet-igp", "dgp", "tcf", "eigrp", "ospf", "sprite-rpc", "larp", "mtp",
        "ax.25", "ipip", "micp", "scc-sp", "etherip", "encap", null, "gmtp", "ifmp", "pnni", "pim", "aris", "scps",
        "qnx", "a/n", "ipcomp", "snp", "compaq-peer", "ipx-in-ip", "vrrp", "pgm", null, "l2tp", "ddx", "iatp", "stp",
        "srp", "uti", "smp", "sm", "ptp", "isis", "fire", "crtp", "crudp", "sscopmce", "iplt", "sps", "pipe", "sctp",
        "fc", "rsvp-e2e-ignore", "mobility-header", "udplite", "mpls-in-ip", "manet", "hip", "shim6", "wesp", "rohc",
    };

    private IpProto() {
    }

    /** tok2str(ipproto_values): the name in `proto TCP (6)` and `next-header UDP (17)`, or null. */
    static String name(int proto) {
        return switch (proto) {
            case 0 -> "Options";
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 4 -> "IPIP";
            case 6 -> "TCP";
            case 8 -> "EGP";
            case 9 -> "IGRP";
            case 17 -> "UDP";
            case 33 -> "DCCP";
            case 41 -> "IPv6";
            case 43 -> "Routing";
            case 44 -> "Fragment";
            case 46 -> "RSVP";
            case 47 -> "GRE";
            case 50 -> "ESP";
            case 51 -> "AH";
            case 55 -> "Mobile IP";
            case 58 -> "ICMPv6";
            case 62 -> "Mobile IP (old)";
            case 88 -> "EIGRP";
            case 89 -> "OSPF";
            case 103 -> "PIM";
            case 108 -> "Compressed IP";
            case 112 -> "VRRP";
            case 113 -> "PGM";
            case 132 -> "SCTP";
            case 135 -> "Mobility";
            case 143 -> "Ethernet";
            default -> null;
        };
    }

    /** The protocol name tcpdump prints without -n (`l2tp`), or null when it prints `ip-proto-N`. */
    static String netdb(int proto) {
        if (proto < NETDB.length) {
            return NETDB[proto];
        }
        return switch (proto) {
            case 253 -> "exptest-253";
            case 254 -> "exptest-254";
            case 255 -> "reserved";
            default -> null;
        };
    }

    /** ` l2tp` or ` ip-proto-115`: how tcpdump names a protocol it has no printer for. */
    static void printUnknown(Nd nd, int proto) {
        String name = nd.nflag ? null : netdb(proto);
        if (name != null) {
            nd.print(' ').print(name);
        } else {
            nd.print(" ip-proto-").print(proto);
        }
    }
}
