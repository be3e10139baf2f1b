package org.wirebench.tcpdump;

import java.time.ZoneId;

/**
 * The tcpdump flags that shape its output, counted as tcpdump counts them (`-vv` is verbose 2).
 *
 * @param verbose    `-v` count
 * @param numeric    `-n`: ports and protocols as numbers (addresses are always numeric: no DNS look-ups)
 * @param link       `-e`: the link-level header first
 * @param quick      `-q`: less protocol detail
 * @param absoluteSeq `-S`: absolute TCP sequence numbers
 * @param timeFormat `-t` count: 0 time of day, 1 none, 2 epoch, 3 since previous, 4 date and time, 5 since first,
 *                   6 since first and then since previous (two columns, for DAQ timing)
 * @param nano       nine fraction digits instead of six
 * @param hex        `-x` count (1 without, 2 with the link header)
 * @param hexAscii   `-X` count
 * @param ascii      `-A` count
 * @param numbers    `-#`: a packet number before each line
 * @param zone       the zone of local times (tcpdump honours TZ)
 */
public record TcpdumpOptions(int verbose, boolean numeric, boolean link, boolean quick, boolean absoluteSeq,
        int timeFormat, boolean nano, int hex, int hexAscii, int ascii, boolean numbers, ZoneId zone) {

    /** `timeFormat`: the time since the first packet, then the time since the previous one. */
    public static final int FIRST_AND_DELTA = 6;
}
