package org.wirebench.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;

/**
 * How the dissector fuzz targets read their input: one options byte, then up to {@value #MAX_FRAMES} frames, each
 * a two-byte big-endian length and that many bytes (a length past the end takes what is left). The frames are
 * dissected in order through one session, so state kept across frames (TCP analysis, conversations) is fuzzed too.
 * <p>
 * Options byte: bits 0-1 the FCS length the capture interface announces (0, 2: unknown; 1: none; 3: four bytes);
 * bit 2 set: the frames were cut by a snap length, their wire length is longer than the bytes captured by
 * 1 + 16 * (bits 3-7), so reads past the end are "size limited during capture" rather than malformed.
 */
final class FuzzFrames {
    static final int MAX_FRAMES = 8;
    private static final long FIRST_TIMESTAMP = 1_700_000_000_000_000_000L;
    private static final long FRAME_INTERVAL = 1_000_000L;

    private FuzzFrames() {
    }

    static List<Frame> decode(byte[] input, int linkType) {
        int options = input.length == 0 ? 0 : input[0] & 0xff;
        int fcsLength = switch (options & 3) {
            case 1 -> 0;
            case 3 -> 4;
            default -> -1;
        };
        boolean snapped = (options & 4) != 0;
        int cut = 1 + 16 * (options >>> 3);
        CaptureInterface captureInterface = new CaptureInterface(0, linkType, 0, null, null, fcsLength);
        List<Frame> frames = new ArrayList<>();
        int position = Math.min(1, input.length);
        do {
            int length;
            if (input.length - position >= 2) {
                length = Math.min((input[position] & 0xff) << 8 | input[position + 1] & 0xff, input.length - position - 2);
                position += 2;
            } else {
                length = input.length - position;
            }
            byte[] bytes = Arrays.copyOfRange(input, position, position + length);
            position += length;
            frames.add(new Frame().set(frames.size() + 1, FIRST_TIMESTAMP + frames.size() * FRAME_INTERVAL, bytes, length,
                    snapped ? length + cut : length, captureInterface, null));
        } while (position < input.length && frames.size() < MAX_FRAMES);
        return frames;
    }

    /** The input that {@link #decode} turns into these frames, with options 0 (whole frames, FCS unknown). */
    static byte[] encode(List<byte[]> frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        for (byte[] frame : frames) {
            int length = Math.min(frame.length, 0xffff);
            out.write(length >>> 8);
            out.write(length);
            out.write(frame, 0, length);
        }
        return out.toByteArray();
    }
}
