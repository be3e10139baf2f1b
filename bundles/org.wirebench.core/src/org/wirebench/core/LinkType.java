package org.wirebench.core;

import java.util.Map;

/** Link-layer header types as numbered in pcap and pcapng (the LINKTYPE_ values), the keys of the `linktype` table. */
public final class LinkType {
    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    public static final int IEEE802_11 = 105;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IEEE802_11_RADIOTAP = 127;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;

    private static final Map<Integer, String> NAMES = Map.of(NULL, "NULL", ETHERNET, "EN10MB", RAW, "RAW",
            IEEE802_11, "IEEE802_11", LOOP, "LOOP", LINUX_SLL, "LINUX_SLL", IEEE802_11_RADIOTAP, "IEEE802_11_RADIO",
            IPV4, "IPV4", IPV6, "IPV6", LINUX_SLL2, "LINUX_SLL2");

    private LinkType() {
    }

    /** The link type without the FCS and reserved bits a pcap header may carry in its upper 16 bits (as libpcap). */
    public static int base(int linkTypeField) {
        return linkTypeField & 0xffff;
    }

    /** libpcap's DLT name (`EN10MB`), or `LINKTYPE_n` for one not named here. */
    public static String name(int linkType) {
        return NAMES.getOrDefault(linkType, "LINKTYPE_" + linkType);
    }
}
