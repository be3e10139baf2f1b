package org.wirebench.proto.ipv6.tests;

import static org.wirebench.testing.Bytes.bytes;
import static org.wirebench.testing.Bytes.concat;

/** The IPv6 header most tests start with. */
final class Ipv6Frames {
    /** fe80::211:22ff:fe33:4455, a link-local address made from the MAC 00:11:22:33:44:55. */
    static final byte[] LINK_LOCAL = bytes(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55);
    /** ff02::1, all nodes on the link. */
    static final byte[] ALL_NODES = bytes(0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01);

    private Ipv6Frames() {
    }

    /** A fixed header from fe80::211:22ff:fe33:4455 to ff02::1, traffic class 0, flow label 0, hop limit 255. */
    static byte[] header(int payloadLength, int nextHeader) {
        return concat(bytes(
                0x60, 0x00, 0x00, 0x00, // version 6, traffic class 0, flow label 0
                payloadLength >>> 8, payloadLength, // payload length
                nextHeader, // next header
                0xff), // hop limit 255
                LINK_LOCAL, // source
                ALL_NODES); // destination
    }
}
