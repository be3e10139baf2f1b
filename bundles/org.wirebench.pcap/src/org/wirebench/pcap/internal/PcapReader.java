package org.wirebench.pcap.internal;

import java.nio.file.Path;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.LinkType;
import org.wirebench.pcap.CaptureFormat;
import org.wirebench.pcap.CaptureFormatException;
import org.wirebench.pcap.TimestampResolution;

/**
 * libpcap's format: a 24-byte file header in the writer's byte order (the magic number tells which, and whether
 * timestamps count microseconds or nanoseconds), then records of a 16-byte header and the captured bytes.
 */
public final class PcapReader extends CaptureReader {
    public static final int MICROSECOND_MAGIC = 0xa1b2c3d4;
    public static final int NANOSECOND_MAGIC = 0xa1b23c4d;
    public static final int FILE_HEADER = 24;
    public static final int RECORD_HEADER = 16;
    /** The link-type field's flag for a known FCS length, and the FCS length in 16-bit words above it. */
    public static final int FCS_PRESENT = 0x0400_0000;
    public static final int FCS_SHIFT = 28;
    /**
     * A captured length above this marks a corrupt record, as in Wireshark (WTAP_MAX_PACKET_SIZE_STANDARD)
     * unless the file's snap length is larger: no real link produces bigger packets. Never more than a byte
     * array holds.
     */
    private static final long MAX_STANDARD_PACKET = 262_144;

    private final boolean littleEndian;

    PcapReader(MappedBytes bytes, Path file) throws CaptureFormatException {
        super(bytes, file);
        if (bytes.size() < FILE_HEADER) {
            throw new CaptureFormatException(file, 0, "truncated pcap file header (" + bytes.size() + " of " + FILE_HEADER + " bytes)");
        }
        int magic = bytes.int32(0, false);
        littleEndian = Integer.reverseBytes(magic) == MICROSECOND_MAGIC || Integer.reverseBytes(magic) == NANOSECOND_MAGIC;
        boolean nanosecond = (littleEndian ? Integer.reverseBytes(magic) : magic) == NANOSECOND_MAGIC;
        long snapLength = bytes.u32(16, littleEndian);
        int linkField = bytes.int32(20, littleEndian);
        int fcsLength = (linkField & FCS_PRESENT) != 0 ? (linkField >>> FCS_SHIFT) * 2 : -1;
        interfaces.add(new CaptureInterface(0, LinkType.base(linkField), (int) Math.min(snapLength, Integer.MAX_VALUE), null, null, fcsLength));
        TimestampResolution resolution = nanosecond ? TimestampResolution.NANOSECONDS : TimestampResolution.MICROSECONDS;
        resolutions.add(resolution);
        index(nanosecond ? 1 : 1000, Math.min(FrameIndex.MAX_ARRAY, Math.max(MAX_STANDARD_PACKET, snapLength)));
        frames.trim();
    }

    static boolean isMagic(int magic) {
        return magic == MICROSECOND_MAGIC || magic == NANOSECOND_MAGIC || Integer.reverseBytes(magic) == MICROSECOND_MAGIC
                || Integer.reverseBytes(magic) == NANOSECOND_MAGIC;
    }

    private void index(long nanosPerTick, long maxCaptured) {
        long size = bytes.size();
        long position = FILE_HEADER;
        while (position < size) {
            if (size - position < RECORD_HEADER) {
                truncated(position, "record header", RECORD_HEADER);
                return;
            }
            long seconds = bytes.u32(position, littleEndian);
            long fraction = bytes.u32(position + 4, littleEndian);
            long captured = bytes.u32(position + 8, littleEndian);
            long original = bytes.u32(position + 12, littleEndian);
            if (captured > maxCaptured) {
                damaged(new CaptureFormatException(file, position, "corrupt record: captured length " + captured + " exceeds the maximum of " + maxCaptured));
                return;
            }
            long end = position + RECORD_HEADER + captured;
            if (end > size) {
                truncated(position, "record", RECORD_HEADER + captured);
                return;
            }
            // fields are unsigned; the sum is not normalised, a fraction of a second or more counts in full
            long nanos = seconds * 1_000_000_000L + fraction * nanosPerTick;
            if (!frames.add(position, nanos, (int) captured, (int) Math.min(original, Integer.MAX_VALUE), 0)) {
                full(position);
                return;
            }
            position = end;
        }
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAP;
    }

    @Override
    public long dataOffset(int frame) {
        return frames.offset(frame) + RECORD_HEADER;
    }

    @Override
    public String comment(int frame) {
        return null;
    }

    @Override
    public long fileTime(int frame) {
        long record = frames.offset(frame);
        return bytes.u32(record, littleEndian) << 32 | bytes.u32(record + 4, littleEndian);
    }
}
