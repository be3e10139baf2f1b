package org.wirebench.proto.ipv6.internal;

import java.util.Arrays;

import org.wirebench.core.ByteView;
import org.wirebench.core.Packet;

/**
 * Windows on bytes that are knowingly only the start of something longer: the packet an ICMPv6 error quotes,
 * the first fragment of a packet. Reading past them is like reading past a snap length ("packet size
 * limited"), not a sign that a length lied (malformed).
 */
final class CutShort {

    private CutShort() {
    }

    /**
     * `view`, reporting `reportedLength` bytes when that is more than it reports. A wider window can only be opened
     * on the frame's own array, which the engine's views are windows on; `view` itself when it is not one.
     */
    static ByteView reporting(ByteView view, int reportedLength, Packet packet) {
        if (reportedLength <= view.reportedLength()) {
            return view;
        }
        byte[] frame = packet.frame().data();
        int start = view.frameOffset(0);
        int end = start + view.length();
        if (end > frame.length || !Arrays.equals(frame, start, end, view.bytes(0, view.length()), 0, view.length())) {
            return view;
        }
        return new ByteView(frame, start, view.length(), reportedLength);
    }
}
