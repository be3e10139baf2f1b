package org.wirebench.pcap;

/** The container format of a capture file, as its magic number tells it (never its name). */
public enum CaptureFormat {
    /** libpcap's format: one link type, timestamps in microseconds or nanoseconds. */
    PCAP,
    /** pcapng: sections, several interfaces, options such as comments. */
    PCAPNG
}
