package org.wirebench.pcap.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wirebench.core.CaptureInterface;
import org.wirebench.pcap.CaptureFormat;
import org.wirebench.pcap.CaptureFormatException;
import org.wirebench.pcap.TimestampResolution;

/**
 * pcapng: a sequence of blocks (type, total length, body, total length again) grouped in sections. Each section
 * header sets the byte order of its section and starts a new set of interfaces; interfaces are numbered across
 * sections in file order, so an interface id of this class is unique in the file. Packets come in enhanced,
 * simple and obsolete packet blocks; every other block is skipped by its length, which is checked at both ends.
 */
public final class PcapngReader extends CaptureReader {
    public static final int SECTION_HEADER = 0x0a0d0d0a;
    public static final int INTERFACE_DESCRIPTION = 1;
    public static final int PACKET = 2;
    public static final int SIMPLE_PACKET = 3;
    public static final int ENHANCED_PACKET = 6;
    public static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
    public static final int IF_NAME = 2;
    public static final int IF_DESCRIPTION = 3;
    public static final int IF_TSRESOL = 9;
    public static final int IF_FCSLEN = 13;
    public static final int IF_TSOFFSET = 14;

    /** Type, length and trailing length: the smallest block. */
    private static final int BLOCK_OVERHEAD = 12;
    private static final int MIN_SECTION_HEADER = 28;
    private static final int MIN_INTERFACE_DESCRIPTION = 20;
    /** Type, length, interface, two timestamp words, two lengths: the fields before the packet data. */
    private static final int PACKET_HEADER = 28;
    private static final int SIMPLE_PACKET_HEADER = 12;
    /** Index flag: a simple packet block (its data after a 12-byte header, no options). */
    private static final int SIMPLE = 1;
    /** Index flag: the block has room for options after its data: a comment may be there. */
    private static final int HAS_OPTIONS = 2;

    /** Where a section starts and its byte order, to read its blocks again later. */
    private record Section(long start, boolean littleEndian) {
    }

    private final List<Section> sections = new ArrayList<>();
    /** if_tsoffset of each interface, in nanoseconds. */
    private long[] timeOffsets = new long[4];
    private boolean littleEndian;
    private int sectionBase;
    private int sectionInterfaces;

    PcapngReader(MappedBytes bytes, Path file) throws CaptureFormatException {
        super(bytes, file);
        index();
        frames.trim();
    }

    static long pad4(long length) {
        return (length + 3) & ~3L;
    }

    private void index() throws CaptureFormatException {
        long size = bytes.size();
        long position = 0;
        try {
            while (position < size) {
                if (size - position < BLOCK_OVERHEAD) {
                    truncated(position, "block", BLOCK_OVERHEAD);
                    return;
                }
                int rawType = bytes.int32(position, false);
                if (rawType == SECTION_HEADER) {
                    littleEndian = byteOrder(position);
                }
                int type = bytes.int32(position, littleEndian);
                long length = bytes.u32(position + 4, littleEndian);
                if (length < BLOCK_OVERHEAD || length % 4 != 0) {
                    throw corrupt(position, "block length " + length + (length < BLOCK_OVERHEAD ? " is below the minimum of " + BLOCK_OVERHEAD : " is not a multiple of 4"));
                }
                if (length > size - position) {
                    truncated(position, "block", length);
                    return;
                }
                long trailer = bytes.u32(position + length - 4, littleEndian);
                if (trailer != length) {
                    throw corrupt(position, "block length " + length + " differs from the length " + trailer + " at the end of the block");
                }
                switch (type) {
                    case SECTION_HEADER -> readSection(position, length);
                    case INTERFACE_DESCRIPTION -> readInterface(position, length);
                    case ENHANCED_PACKET, PACKET, SIMPLE_PACKET -> {
                        if (!readPacket(type, position, length)) {
                            full(position);
                            return;
                        }
                    }
                    // name resolution, interface statistics, custom, decryption secrets, unknown: nothing to index
                    default -> {
                    }
                }
                position += length;
            }
        } catch (CaptureFormatException e) {
            if (position == 0) {
                throw e;
            }
            damaged(e);
        }
    }

    private CaptureFormatException corrupt(long position, String problem) {
        return new CaptureFormatException(file, position, "corrupt pcapng block: " + problem);
    }

    private boolean byteOrder(long position) throws CaptureFormatException {
        int magic = bytes.int32(position + 8, false);
        if (magic != BYTE_ORDER_MAGIC && magic != Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
            throw corrupt(position, String.format("section header with byte-order magic 0x%08x", magic));
        }
        return magic != BYTE_ORDER_MAGIC;
    }

    private void readSection(long position, long length) throws CaptureFormatException {
        if (length < MIN_SECTION_HEADER) {
            throw corrupt(position, "section header length " + length + " is below the minimum of " + MIN_SECTION_HEADER);
        }
        int major = bytes.u16(position + 12, littleEndian);
        if (major != 1) {
            throw corrupt(position, "section header of unsupported version " + major + "." + bytes.u16(position + 14, littleEndian));
        }
        sections.add(new Section(position, littleEndian));
        sectionBase = interfaces.size();
        sectionInterfaces = 0;
        Options options = new Options(bytes, littleEndian, position + 24, position + length - 4);
        while (options.next()) {
            if (options.code() == Options.COMMENT) {
                sectionComments.add(options.text());
            }
        }
        checkOptions(options, position);
    }

    private void readInterface(long position, long length) throws CaptureFormatException {
        if (length < MIN_INTERFACE_DESCRIPTION) {
            throw corrupt(position, "interface description length " + length + " is below the minimum of " + MIN_INTERFACE_DESCRIPTION);
        }
        int linkType = bytes.u16(position + 8, littleEndian);
        long snapLength = bytes.u32(position + 12, littleEndian);
        String name = null;
        String description = null;
        int fcsLength = -1;
        TimestampResolution resolution = TimestampResolution.MICROSECONDS;
        long offsetSeconds = 0;
        Options options = new Options(bytes, littleEndian, position + 16, position + length - 4);
        while (options.next()) {
            switch (options.code()) {
                case IF_NAME -> name = options.text();
                case IF_DESCRIPTION -> description = options.text();
                // the spec's example and our model count octets (its text says bits, an open erratum)
                case IF_FCSLEN -> fcsLength = options.length() >= 1 ? options.u8() : fcsLength;
                case IF_TSRESOL -> resolution = options.length() >= 1 ? resolution(options.u8(), position) : resolution;
                case IF_TSOFFSET -> offsetSeconds = options.length() >= 8 ? options.int64() : offsetSeconds;
                default -> {
                }
            }
        }
        checkOptions(options, position);
        int id = interfaces.size();
        interfaces.add(new CaptureInterface(id, linkType, (int) Math.min(snapLength, Integer.MAX_VALUE), name, description, fcsLength));
        resolutions.add(resolution);
        if (id == timeOffsets.length) {
            timeOffsets = Arrays.copyOf(timeOffsets, 2 * id);
        }
        timeOffsets[id] = offsetSeconds * 1_000_000_000L;
        sectionInterfaces++;
    }

    private TimestampResolution resolution(int tsresol, long position) {
        if (TimestampResolution.supported(tsresol)) {
            return new TimestampResolution(tsresol);
        }
        warnings.add(file + ": interface at offset " + position + " has an unsupported if_tsresol " + tsresol + "; microseconds assumed");
        return TimestampResolution.MICROSECONDS;
    }

    private void checkOptions(Options options, long position) {
        if (options.overrun()) {
            warnings.add(file + ": an option of the block at offset " + position + " runs past the block; the options after it are ignored");
        }
    }

    /** Indexes a packet block; false when the index is full. */
    private boolean readPacket(int type, long position, long length) throws CaptureFormatException {
        if (type == SIMPLE_PACKET) {
            return readSimplePacket(position, length);
        }
        if (length < PACKET_HEADER + 4) {
            throw corrupt(position, "packet block length " + length + " is below the minimum of " + (PACKET_HEADER + 4));
        }
        // enhanced and obsolete packet blocks differ only in the width of the interface id
        long localInterface = type == ENHANCED_PACKET ? bytes.u32(position + 8, littleEndian) : bytes.u16(position + 8, littleEndian);
        if (localInterface >= sectionInterfaces) {
            throw corrupt(position, "packet of interface " + localInterface + ", but its section describes " + sectionInterfaces);
        }
        long ticks = bytes.u32(position + 12, littleEndian) << 32 | bytes.u32(position + 16, littleEndian);
        long captured = bytes.u32(position + 20, littleEndian);
        long original = bytes.u32(position + 24, littleEndian);
        if (captured > length - PACKET_HEADER - 4) {
            throw corrupt(position, "captured length " + captured + " exceeds its block of " + length + " bytes");
        }
        int id = sectionBase + (int) localInterface;
        long nanos = resolutions.get(id).toNanos(ticks) + timeOffsets[id];
        int flags = length - 4 > PACKET_HEADER + pad4(captured) ? HAS_OPTIONS : 0;
        return frames.add(position, nanos, (int) captured, (int) Math.min(original, Integer.MAX_VALUE), id, flags);
    }

    /** A simple packet block: the section's first interface, no timestamp (0, as libpcap reports it). */
    private boolean readSimplePacket(long position, long length) throws CaptureFormatException {
        if (length < SIMPLE_PACKET_HEADER + 4) {
            throw corrupt(position, "simple packet block length " + length + " is below the minimum of " + (SIMPLE_PACKET_HEADER + 4));
        }
        if (sectionInterfaces == 0) {
            throw corrupt(position, "simple packet block in a section without an interface");
        }
        long original = bytes.u32(position + 8, littleEndian);
        long captured = Math.min(original, length - SIMPLE_PACKET_HEADER - 4);
        int snapLength = interfaces.get(sectionBase).snapLength();
        if (snapLength > 0) {
            captured = Math.min(captured, snapLength);
        }
        return frames.add(position, 0, (int) captured, (int) Math.min(original, Integer.MAX_VALUE), sectionBase, SIMPLE);
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAPNG;
    }

    private boolean littleEndianAt(long block) {
        int low = 0;
        int high = sections.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (sections.get(middle).start() <= block) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return sections.get(low).littleEndian();
    }

    @Override
    public long dataOffset(int frame) {
        return frames.offset(frame) + ((frames.flags(frame) & SIMPLE) != 0 ? SIMPLE_PACKET_HEADER : PACKET_HEADER);
    }

    @Override
    public String comment(int frame) {
        if ((frames.flags(frame) & HAS_OPTIONS) == 0) {
            // a simple packet block, or a packet block that ends with its data
            return null;
        }
        long block = frames.offset(frame);
        boolean order = littleEndianAt(block);
        long end = block + bytes.u32(block + 4, order) - 4;
        Options options = new Options(bytes, order, block + PACKET_HEADER + pad4(frames.capturedLength(frame)), end);
        String comment = null;
        while (options.next()) {
            if (options.code() == Options.COMMENT) {
                comment = comment == null ? options.text() : comment + "\n" + options.text();
            }
        }
        return comment;
    }
}
