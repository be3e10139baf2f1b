package org.wirebench.tcpdump.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wirebench.testing.Bytes.hex;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.tcpdump.TcpdumpFormat;
import org.wirebench.tcpdump.TcpdumpOptions;
import org.wirebench.testing.Frames;

/** The link-layer printers, time stamps and dumps that every other printer stands on. */
class LinkPrinterTest {
    /** An Ethernet frame with an ethertype tcpdump has no printer for (0x88b5, local experimental). */
    static final byte[] UNKNOWN_ETHERTYPE = hex("ffffffffffff 001122334455 88b5", "41424344");

    @Test
    void anUnknownEthertypeShowsTheAddressesTypeAndADump() {
        assertEquals("00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x88b5), length 18: \n"
                + "\t0x0000:  4142 4344                                ABCD", Print.frame(Print.options(0, false), LinkType.ETHERNET, UNKNOWN_ETHERTYPE));
    }

    @Test
    void aFrameShorterThanAnEthernetHeaderIsTruncated() {
        assertEquals(" [|ether]", Print.frame(Print.options(0, false), LinkType.ETHERNET, hex("ffffffffffff0011")));
    }

    @Test
    void timeStampsInEachFormat() {
        Frame first = Frames.frame(1, LinkType.ETHERNET, UNKNOWN_ETHERTYPE);
        Frame second = Frames.frame(3, LinkType.ETHERNET, UNKNOWN_ETHERTYPE);
        second.set(2, 3_600_000_000_000L + 1_234_567_891L, UNKNOWN_ETHERTYPE, 18, 18, first.captureInterface(), null);
        assertEquals("01:00:01.234567", stamp(0, false, ZoneOffset.UTC, first, second));
        assertEquals("02:00:01.234567", stamp(0, false, ZoneId.of("Europe/Berlin"), first, second));
        assertEquals("3601.234567891", stamp(2, true, ZoneOffset.UTC, first, second));
        assertEquals(" 01:00:00.234567", stamp(3, false, ZoneOffset.UTC, first, second));
        assertEquals("1970-01-01 01:00:01.234567", stamp(4, false, ZoneOffset.UTC, first, second));
        assertEquals(" 01:00:00.234567891", stamp(5, true, ZoneOffset.UTC, first, second));
    }

    /** The time stamp printed for `second` after `first`. */
    private static String stamp(int format, boolean nano, ZoneId zone, Frame first, Frame second) {
        TcpdumpFormat printer = new TcpdumpFormat(new TcpdumpOptions(0, true, false, false, false, format, nano, 0, 0, 0, false, zone));
        printer.print(first, new StringBuilder());
        StringBuilder out = new StringBuilder();
        printer.print(second, out);
        return out.substring(0, out.indexOf(" 00:11", 1));
    }

    /** What `tcpdump -#` printed for records whose lengths cannot be right: the record, not the packet. */
    @Test
    void recordsWithImpossibleLengthsAreInvalidHeaders() {
        Frame shorter = Frames.frame(1, LinkType.ETHERNET, UNKNOWN_ETHERTYPE);
        shorter.set(1, 1_000_000_000L, UNKNOWN_ETHERTYPE, 18, 10, shorter.captureInterface(), null);
        Frame huge = Frames.frame(2, LinkType.ETHERNET, UNKNOWN_ETHERTYPE);
        huge.set(2, 2_000_000_000L, UNKNOWN_ETHERTYPE, 18, 300000, huge.captureInterface(), null);
        Frame empty = Frames.frame(3, LinkType.ETHERNET, new byte[0]);
        empty.set(3, 3_000_000_000L, new byte[0], 0, 0, empty.captureInterface(), null);
        TcpdumpOptions numbered = new TcpdumpOptions(0, true, false, false, false, 0, false, 0, 0, 0, true, ZoneOffset.UTC);
        assertEquals(java.util.List.of("    1  [Invalid header: len(10) < caplen(18)]", "    2  [Invalid header: len(300000) > 262144]",
                "    3  [Invalid header: caplen==0, len==0]"), java.util.List.of(Print.frames(numbered, shorter, huge, empty)));
    }

    /** A damaged pcap record's fraction of a second or more is printed as it is, as tcpdump's timeval holds it. */
    @Test
    void aFractionOfASecondOrMoreIsShownUnnormalised() {
        Frame frame = Frames.frame(1, LinkType.ETHERNET, UNKNOWN_ETHERTYPE);
        long seconds = 808464432L;
        frame.set(1, seconds * 1_000_000_000L + 808464432L * 1000, UNKNOWN_ETHERTYPE, 18, 18, frame.captureInterface(), null)
                .fileTime(seconds << 32 | 808464432L, false);
        TcpdumpOptions utc = new TcpdumpOptions(0, true, false, false, false, 0, false, 0, 0, 0, false, ZoneOffset.UTC);
        assertEquals("05:27:12.808464432 ", Print.frames(utc, frame)[0].substring(0, 19));
        frame.fileTime(0xe9ff_0000L << 32 | 5, false);
        assertEquals("[Error converting time] ", Print.frames(utc, frame)[0].substring(0, 24), "seconds past 2^31 are negative to tcpdump");
    }
}
