package org.wirebench.testing;

/** IPv4 packets to put in front of what a test dissects, their lengths and header checksum computed. */
public final class Ipv4Packets {
    private static final int FIXED_HEADER = 20;

    private Ipv4Packets() {
    }

    /** `payload` for `protocol` in an IPv4 packet without options. */
    public static byte[] ipv4(int protocol, byte[] payload) {
        return ipv4(protocol, new byte[0], payload);
    }

    /**
     * `payload` for `protocol` in an IPv4 packet from 10.0.0.1 to 10.0.0.2 (identification 0x1234, don't fragment,
     * TTL 64) with `options`, a multiple of 4 bytes, after the fixed header.
     */
    public static byte[] ipv4(int protocol, byte[] options, byte[] payload) {
        int headerLength = FIXED_HEADER + options.length;
        int totalLength = headerLength + payload.length;
        byte[] header = Bytes.concat(Bytes.bytes(
                0x40 | headerLength / 4, 0x00, // version 4, header length; DSCP 0, ECN 0
                totalLength >>> 8, totalLength, // total length
                0x12, 0x34, 0x40, 0x00, // identification, don't fragment
                0x40, protocol, // TTL 64, protocol
                0x00, 0x00, // header checksum, computed below
                0x0a, 0x00, 0x00, 0x01, // source 10.0.0.1
                0x0a, 0x00, 0x00, 0x02), // destination 10.0.0.2
                options);
        int checksum = checksum(header);
        header[10] = (byte) (checksum >>> 8);
        header[11] = (byte) checksum;
        return Bytes.concat(header, payload);
    }

    /** RFC 1071, written out here rather than taken from the core, so that tests check the core's against it. */
    private static int checksum(byte[] header) {
        int sum = 0;
        for (int i = 0; i < header.length; i += 2) {
            sum += (header[i] & 0xff) << 8 | header[i + 1] & 0xff;
        }
        while (sum >>> 16 != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return ~sum & 0xffff;
    }
}
