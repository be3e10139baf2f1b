package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.wirebench.core.LinkType;

/** 802.11 with and without radiotap, LLC/SNAP and EAPOL, as tcpdump 4.99.3 prints them. */
class WirelessPrinterTest {
    /** A beacon without radiotap. */
    static final byte[] BEACON = hex(
            "8000", "0000", // frame control (management, beacon), duration
            "111111111111", "222222222222", "333333333333", "1000", // DA, SA, BSSID, sequence
            "0000000000000000", "6400", "1100", // time stamp, interval, capabilities ESS + privacy
            "0003414243", // SSID "ABC"
            "010482848b96", // rates 1, 2, 5.5, 11 Mb/s, all basic
            "030106"); // DS parameter set: channel 6

    /** A QoS data frame from the AP (to-DS) carrying an EAPOL key frame, after a radiotap header. */
    static final byte[] RADIOTAP_EAPOL = hex(
            "00", "00", "0e00", "0e000000", // version, pad, header length 14, present: flags, rate, channel
            "10", "02", "6c09a000", // flags: FCS at the end; 1 Mb/s; 2412 MHz, CCK 2 GHz
            "8801", "3a01", "111111111111", "222222222222", "333333333333", "1000", "0000", // QoS data, BSSID SA DA
            "aaaa03", "000000888e", // LLC UI, SNAP: ethertype EAPOL
            "02030005", "00", // EAPOL v2, key, length 5, one byte of key data
            "deadbeef"); // FCS

    @Test
    void aBeaconShowsSsidRatesAndChannel() {
        assertEquals("Beacon (ABC) [1.0* 2.0* 5.5* 11.0* Mbit] ESS CH: 6, PRIVACY",
                Print.frame(Print.options(0, false), LinkType.IEEE802_11, BEACON));
    }

    @Test
    void radiotapFieldsComeFirstThenTheMacHeaderLlcAndEapol() {
        assertEquals("1.0 Mb/s 2412 MHz 11b EAPOL key (3) v2, len 5",
                Print.frame(Print.options(0, false), LinkType.IEEE802_11_RADIOTAP, RADIOTAP_EAPOL));
        assertEquals("1.0 Mb/s 2412 MHz 11b 314us CF +QoS BSSID:11:11:11:11:11:11 SA:22:22:22:22:22:22 "
                + "DA:33:33:33:33:33:33 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: "
                + "oui Ethernet (0x000000), ethertype EAPOL (0x888e), length 5: EAPOL key (3) v2, len 5",
                Print.frame(Print.options(1, true), LinkType.IEEE802_11_RADIOTAP, RADIOTAP_EAPOL));
    }

    @Test
    void aCutElementEndsTheBeaconWithATruncationMark() {
        // the rates and DS elements are missing: the SSID still shows, the channel does not
        byte[] cut = Arrays.copyOf(BEACON, BEACON.length - 6);
        assertEquals("Beacon (ABC) ESS, PRIVACY [|802.11]", Print.frame(Print.options(0, false), LinkType.IEEE802_11, cut));
    }

    @Test
    void aRadiotapHeaderLongerThanTheCaptureIsTruncated() {
        // the header claims 32 bytes, 9 were captured
        assertEquals(" [|802.11_radio]",
                Print.frame(Print.options(0, false), LinkType.IEEE802_11_RADIOTAP, hex("0000", "2000", "0e000000", "10")));
    }
}
