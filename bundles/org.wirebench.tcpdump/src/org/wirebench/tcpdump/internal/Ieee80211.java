package org.wirebench.tcpdump.internal;

/** print-802_11.c: IEEE 802.11 with and without radiotap (to be completed). */
final class Ieee80211 {
    private Ieee80211() {
    }

    static int print(Nd nd, int off, int length, int caplen) {
        nd.protocol = "802.11";
        return 0;
    }

    static int printRadiotap(Nd nd, int length, int caplen) {
        nd.protocol = "802.11_radio";
        return 0;
    }
}
