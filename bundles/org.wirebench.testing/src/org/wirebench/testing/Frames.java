package org.wirebench.testing;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;

/** Frames of made-up captures: frame `n` arrives `n` seconds after the epoch. */
public final class Frames {
    /** LINKTYPE_USER0: a test binds the protocol under test here to feed it the frame's bytes directly. */
    public static final int TEST_LINK_TYPE = 147;

    private Frames() {
    }

    /** An interface of `linkType` as a pcap file header describes it: no snap length, FCS length unknown. */
    public static CaptureInterface capture(int linkType) {
        return new CaptureInterface(0, linkType, 0, null, null, -1);
    }

    public static Frame frame(int number, int linkType, byte[] bytes) {
        return frame(number, linkType, bytes, bytes.length);
    }

    /** Frame `number` on an interface of `linkType`, of which only the first `captured` of `bytes` were captured. */
    public static Frame frame(int number, int linkType, byte[] bytes, int captured) {
        return new Frame().set(number, number * 1_000_000_000L, bytes, captured, bytes.length, capture(linkType), null);
    }

    /** Frame 1 on `capture`: `bytes` were captured of `originalLength` on the wire. */
    public static Frame frame(CaptureInterface capture, byte[] bytes, int originalLength) {
        return new Frame().set(1, 1_000_000_000L, bytes, bytes.length, originalLength, capture, null);
    }
}
