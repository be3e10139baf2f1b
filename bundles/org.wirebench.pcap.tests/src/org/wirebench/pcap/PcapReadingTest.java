package org.wirebench.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;

/** pcap files built byte by byte: both magic numbers in both byte orders, the link-type field's FCS bits. */
class PcapReadingTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "BIG_ENDIAN, microseconds", "LITTLE_ENDIAN, microseconds", "BIG_ENDIAN, nanoseconds", "LITTLE_ENDIAN, nanoseconds" })
    void bothByteOrdersAndBothPrecisions(String order, String precision) throws IOException {
        boolean nanos = precision.equals("nanoseconds");
        CaptureBytes bytes = new CaptureBytes(order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                .pcapHeader(nanos ? CaptureBytes.NANOSECONDS : CaptureBytes.MICROSECONDS, 1500, 1)
                .pcapRecord(1_600_000_000L, 999_999, CaptureBytes.data(1, 60), 60)
                .pcapRecord(0xf000_0000L, 5, CaptureBytes.data(2, 7), 1400);
        try (CaptureFile capture = CaptureFile.open(bytes.write(folder.resolve("capture.bin")))) {
            assertEquals(CaptureFormat.PCAP, capture.format());
            assertEquals(nanos ? TimestampResolution.NANOSECONDS : TimestampResolution.MICROSECONDS, capture.resolution(0));
            assertEquals(new CaptureInterface(0, 1, 1500, null, null, -1), capture.interfaces().get(0));
            assertEquals(2, capture.frameCount());
            long unit = nanos ? 1 : 1000;
            assertEquals(1_600_000_000_000_000_000L + 999_999 * unit, capture.timestampNanos(0));
            // the seconds field is unsigned: 0xf0000000 is in 2097, not before 1970
            assertEquals(0xf000_0000L * 1_000_000_000L + 5 * unit, capture.timestampNanos(1));
            Frame frame = capture.read(1, null);
            assertEquals(7, frame.capturedLength());
            assertEquals(1400, frame.originalLength());
            assertArrayEquals(CaptureBytes.data(2, 7), Arrays.copyOf(frame.data(), 7));
        }
    }

    @ParameterizedTest(name = "link-type field 0x{0}")
    @CsvSource({
            "00000001, 1, -1", // no FCS information
            "04000001, 1, 0", // FCS length known: none
            "24000001, 1, 4", // two 16-bit words
            "14000069, 105, 2",
            "30000001, 1, -1", // a length without the flag that makes it valid (seen in tcpdump's test captures)
            "300000e5, 229, -1" })
    void linkTypeAndFcsLength(String field, int linkType, int fcsLength) throws IOException {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).pcapHeader(CaptureBytes.MICROSECONDS, 65535, Integer.parseUnsignedInt(field, 16))
                .pcapRecord(1, 2, CaptureBytes.data(0, 20), 20);
        try (CaptureFile capture = CaptureFile.open(bytes.write(folder.resolve("fcs.pcap")))) {
            assertEquals(linkType, capture.interfaces().get(0).linkType());
            assertEquals(fcsLength, capture.interfaces().get(0).fcsLength());
        }
    }

    @Test
    void aSnapLengthBeyondTheIntRangeIsCapped() throws IOException {
        CaptureBytes bytes = new CaptureBytes(ByteOrder.LITTLE_ENDIAN).pcapHeader(CaptureBytes.MICROSECONDS, 0xffff_ffffL, 1)
                .pcapRecord(1, 2, CaptureBytes.data(0, 20), 20);
        try (CaptureFile capture = CaptureFile.open(bytes.write(folder.resolve("snap.pcap")))) {
            assertEquals(Integer.MAX_VALUE, capture.interfaces().get(0).snapLength());
            assertEquals(1, capture.frameCount());
        }
    }
}
