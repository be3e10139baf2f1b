package org.wirebench.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
 * The pcapng reader, as {@link PcapReaderFuzzTest} does the pcap reader. The first byte picks what goes in front
 * of the rest: 0, 7: nothing; 1: a little-endian section header block; 2: that and an interface description
 * block (Ethernet); 3: both big-endian; 4: both little-endian, the interface with if_name and if_tsresol 9 (ns);
 * 5: as 2, the whole gzip'd; 6: a section header with a comment and an interface with if_tsoffset and if_fcslen 4.
 */
class PcapngReaderFuzzTest {

    /** A block: type, total length, the body padded to 4 bytes, total length again. */
    static byte[] block(ByteOrder order, int type, byte[] body) {
        int padded = (body.length + 3) & ~3;
        return ByteBuffer.allocate(12 + padded).order(order).putInt(type).putInt(12 + padded).put(body).position(8 + padded)
                .putInt(12 + padded).array();
    }

    /** An option: code, length, the value padded to 4 bytes. */
    static byte[] option(ByteOrder order, int code, byte[] value) {
        return ByteBuffer.allocate(4 + ((value.length + 3) & ~3)).order(order).putShort((short) code).putShort((short) value.length)
                .put(value).array();
    }

    static byte[] endOfOptions() {
        return new byte[4];
    }

    static byte[] sectionHeader(ByteOrder order, byte[] options) {
        byte[] fixed = ByteBuffer.allocate(16).order(order).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0).putLong(-1).array();
        return block(order, 0x0a0d0d0a, CaptureChecks.concat(fixed, options));
    }

    static byte[] interfaceDescription(ByteOrder order, int linkType, int snapLength, byte[] options) {
        byte[] fixed = ByteBuffer.allocate(8).order(order).putShort((short) linkType).putShort((short) 0).putInt(snapLength).array();
        return block(order, 1, CaptureChecks.concat(fixed, options));
    }

    static byte[] enhancedPacket(ByteOrder order, int interfaceId, long ticks, byte[] data, int originalLength, byte[] options) {
        byte[] fixed = ByteBuffer.allocate(20).order(order).putInt(interfaceId).putInt((int) (ticks >>> 32)).putInt((int) ticks)
                .putInt(data.length).putInt(originalLength).array();
        return block(order, 6, CaptureChecks.concat(fixed, data, new byte[(4 - data.length % 4) % 4], options));
    }

    static byte[] simplePacket(ByteOrder order, byte[] data) {
        return block(order, 3, CaptureChecks.concat(ByteBuffer.allocate(4).order(order).putInt(data.length).array(), data));
    }

    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;

    static byte[] file(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        return switch (input[0] & 7) {
            case 1 -> CaptureChecks.concat(sectionHeader(LE, new byte[0]), rest);
            case 2 -> CaptureChecks.concat(sectionHeader(LE, new byte[0]), interfaceDescription(LE, 1, 0, new byte[0]), rest);
            case 3 -> CaptureChecks.concat(sectionHeader(BE, new byte[0]), interfaceDescription(BE, 1, 0, new byte[0]), rest);
            case 4 -> CaptureChecks.concat(sectionHeader(LE, new byte[0]), interfaceDescription(LE, 1, 65535, CaptureChecks.concat(
                    option(LE, 2, "eth0".getBytes(StandardCharsets.UTF_8)), option(LE, 9, new byte[] { 9 }), endOfOptions())), rest);
            case 5 -> CaptureChecks.gzip(CaptureChecks.concat(sectionHeader(LE, new byte[0]), interfaceDescription(LE, 1, 0, new byte[0]), rest));
            case 6 -> CaptureChecks.concat(
                    sectionHeader(LE, CaptureChecks.concat(option(LE, 1, "fuzz".getBytes(StandardCharsets.UTF_8)), endOfOptions())),
                    interfaceDescription(LE, 1, 0, CaptureChecks.concat(option(LE, 14, ByteBuffer.allocate(8).order(LE).putLong(3600).array()),
                            option(LE, 13, new byte[] { 4 }), endOfOptions())),
                    rest);
            default -> rest;
        };
    }

    static Stream<Arguments> seeds() {
        List<byte[]> frames = new ArrayList<>();
        for (Seeds.Seed seed : Seeds.ethernet().subList(0, 4)) {
            frames.addAll(seed.frames());
        }
        byte[] comment = CaptureChecks.concat(option(LE, 1, "a comment".getBytes(StandardCharsets.UTF_8)),
                option(LE, 1, "and another".getBytes(StandardCharsets.UTF_8)), endOfOptions());
        List<byte[]> littleEndian = new ArrayList<>();
        List<byte[]> bigEndian = new ArrayList<>();
        long ticks = 1_700_000_000_000_000L;
        for (byte[] frame : frames) {
            littleEndian.add(enhancedPacket(LE, 0, ticks++, frame, frame.length, littleEndian.isEmpty() ? comment : new byte[0]));
            bigEndian.add(enhancedPacket(BE, 0, ticks++, frame, frame.length + 10, new byte[0]));
        }
        littleEndian.add(simplePacket(LE, frames.get(0)));
        littleEndian.add(block(LE, 5, ByteBuffer.allocate(12).order(LE).putInt(0).putLong(0).array())); // interface statistics, skipped
        List<Arguments> seeds = new ArrayList<>();
        seeds.add(seed("enhanced and simple packets, comments", 2, CaptureChecks.concat(littleEndian.toArray(byte[][]::new))));
        seeds.add(seed("big-endian packets", 3, CaptureChecks.concat(bigEndian.toArray(byte[][]::new))));
        seeds.add(seed("nanosecond interface", 4, littleEndian.get(1)));
        seeds.add(seed("gzip'd", 5, littleEndian.get(0)));
        seeds.add(seed("time offset, FCS", 6, CaptureChecks.concat(littleEndian.get(1), littleEndian.get(2))));
        seeds.add(seed("a second section", 2, CaptureChecks.concat(littleEndian.get(1), sectionHeader(BE, new byte[0]),
                interfaceDescription(BE, 101, 128, new byte[0]), enhancedPacket(BE, 0, 5, Seeds.ethernet().get(0).frames().get(0), 99, new byte[0]))));
        seeds.add(seed("a block cut by the end of the file", 2, Arrays.copyOf(littleEndian.get(0), littleEndian.get(0).length - 6)));
        CaptureInterface ethernet = new CaptureInterface(0, 1, 0, "eth0", "the first", 0);
        List<Frame> written = new ArrayList<>();
        for (byte[] frame : frames) {
            written.add(new Frame().set(written.size() + 1, 1_700_000_000_123_456_789L, frame, frame.length, frame.length, ethernet, "frame comment"));
        }
        seeds.add(seed("written by CaptureWriter", 0, CaptureChecks.written(true, written, ethernet, TimestampResolution.MICROSECONDS)));
        return seeds.stream();
    }

    private static Arguments seed(String name, int mode, byte[] rest) {
        return Arguments.of(Named.of(name, CaptureChecks.concat(new byte[] { (byte) mode }, rest)));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10s")
    void pcapng(byte[] input) {
        CaptureChecks.check("pcapng reader", file(input));
    }
}
