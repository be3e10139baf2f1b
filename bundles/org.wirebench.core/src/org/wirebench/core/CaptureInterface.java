package org.wirebench.core;

/**
 * One capture interface: a pcap file has one, a pcapng file one per Interface Description Block.
 *
 * @param id          index within its file (pcapng interface id, across sections)
 * @param linkType    a {@link LinkType} value
 * @param snapLength  the largest number of bytes captured per packet (0: no limit)
 * @param name        if_name, or null
 * @param description if_description, or null
 * @param fcsLength   bytes of frame check sequence at the end of each packet, -1 when unknown
 */
public record CaptureInterface(int id, int linkType, int snapLength, String name, String description, int fcsLength) {
}
