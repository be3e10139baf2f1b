package org.wirebench.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.TimestampResolution;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The pcap reader: fuzzed bytes as a file, opened leniently and strictly, every frame and comment read, what was
 * read written and read back ({@link CaptureChecks}). The first byte picks what goes in front of the rest, so that
 * the fuzzer gets past the magic number at once and spends its time on records:
 * 0, 7: nothing (the file is the rest); 1: a little-endian microsecond header; 2: a big-endian nanosecond header;
 * 3: a little-endian nanosecond header with snap length 96 and a 4-byte FCS in the link-type field;
 * 4: a little-endian microsecond header, the whole gzip'd; 5: the rest gzip'd; 6: a big-endian microsecond header.
 */
class PcapReaderFuzzTest {
    static final int MICROSECONDS = 0xa1b2c3d4;
    static final int NANOSECONDS = 0xa1b23c4d;

    static byte[] header(ByteOrder order, int magic, int snapLength, int linkField) {
        return ByteBuffer.allocate(24).order(order).putInt(magic).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(snapLength).putInt(linkField).array();
    }

    static byte[] file(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        return switch (input[0] & 7) {
            case 1 -> CaptureChecks.concat(header(ByteOrder.LITTLE_ENDIAN, MICROSECONDS, 65535, 1), rest);
            case 2 -> CaptureChecks.concat(header(ByteOrder.BIG_ENDIAN, NANOSECONDS, 65535, 1), rest);
            case 3 -> CaptureChecks.concat(header(ByteOrder.LITTLE_ENDIAN, NANOSECONDS, 96, 1 | 0x0400_0000 | 2 << 28), rest);
            case 4 -> CaptureChecks.gzip(CaptureChecks.concat(header(ByteOrder.LITTLE_ENDIAN, MICROSECONDS, 65535, 1), rest));
            case 5 -> CaptureChecks.gzip(rest);
            case 6 -> CaptureChecks.concat(header(ByteOrder.BIG_ENDIAN, MICROSECONDS, 65535, 1), rest);
            default -> rest;
        };
    }

    /** Records in the given byte order: seconds, fraction, captured and original length, the bytes. */
    static byte[] records(ByteOrder order, List<byte[]> frames, int cut) {
        List<byte[]> parts = new ArrayList<>();
        int second = 1_700_000_000;
        for (byte[] frame : frames) {
            int captured = Math.min(frame.length, cut);
            parts.add(ByteBuffer.allocate(16).order(order).putInt(second++).putInt(123_456).putInt(captured).putInt(frame.length).array());
            parts.add(Arrays.copyOf(frame, captured));
        }
        return CaptureChecks.concat(parts.toArray(byte[][]::new));
    }

    static Stream<Arguments> seeds() {
        List<byte[]> frames = new ArrayList<>();
        for (Seeds.Seed seed : Seeds.ethernet().subList(0, 6)) {
            frames.addAll(seed.frames());
        }
        List<Arguments> seeds = new ArrayList<>();
        seeds.add(seed("little-endian records", 1, records(ByteOrder.LITTLE_ENDIAN, frames, 65535)));
        seeds.add(seed("big-endian nanosecond records", 2, records(ByteOrder.BIG_ENDIAN, frames, 65535)));
        seeds.add(seed("records cut at 96 bytes, FCS", 3, records(ByteOrder.LITTLE_ENDIAN, frames, 96)));
        seeds.add(seed("gzip'd records", 4, records(ByteOrder.LITTLE_ENDIAN, frames.subList(0, 2), 65535)));
        seeds.add(seed("a record cut by the end of the file", 6,
                Arrays.copyOf(records(ByteOrder.BIG_ENDIAN, frames.subList(0, 2), 65535), 16 + frames.get(0).length + 20)));
        List<Frame> written = new ArrayList<>();
        CaptureInterface ethernet = new CaptureInterface(0, 1, 262144, null, null, -1);
        for (byte[] frame : frames) {
            written.add(new Frame().set(written.size() + 1, 1_700_000_000_123_456_789L + written.size(), frame, frame.length, frame.length, ethernet, null));
        }
        seeds.add(seed("written by CaptureWriter", 0, CaptureChecks.written(false, written, ethernet, TimestampResolution.NANOSECONDS)));
        seeds.add(seed("no capture", 0, "not a capture".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        return seeds.stream();
    }

    private static Arguments seed(String name, int mode, byte[] rest) {
        return Arguments.of(Named.of(name, CaptureChecks.concat(new byte[] { (byte) mode }, rest)));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void pcap(byte[] input) {
        CaptureChecks.check("pcap reader", file(input));
    }
}
