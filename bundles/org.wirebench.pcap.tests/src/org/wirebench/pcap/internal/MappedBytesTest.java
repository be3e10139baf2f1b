package org.wirebench.pcap.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every read at every offset gives the file's bytes, whether it lies inside one chunk or across several. */
class MappedBytesTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "chunks of 2^{0} bytes")
    @ValueSource(ints = { 1, 2, 3, 5, 8, MappedBytes.DEFAULT_CHUNK_SHIFT })
    void readsAtEveryOffset(int chunkShift) throws IOException {
        byte[] content = new byte[1000];
        new Random(chunkShift).nextBytes(content);
        MappedBytes bytes = MappedBytes.map(Files.write(folder.resolve("bytes"), content), chunkShift);
        ByteBuffer big = ByteBuffer.wrap(content).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer little = ByteBuffer.wrap(content.clone()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(content.length, bytes.size());
        for (int at = 0; at < content.length; at++) {
            assertEquals(content[at] & 0xff, bytes.u8(at));
            if (at + 2 <= content.length) {
                assertEquals(big.getShort(at) & 0xffff, bytes.u16(at, false), "u16 at " + at);
                assertEquals(little.getShort(at) & 0xffff, bytes.u16(at, true), "u16le at " + at);
            }
            if (at + 4 <= content.length) {
                assertEquals(big.getInt(at), bytes.int32(at, false), "int32 at " + at);
                assertEquals(little.getInt(at), bytes.int32(at, true), "int32le at " + at);
                assertEquals(little.getInt(at) & 0xffff_ffffL, bytes.u32(at, true));
            }
            int length = Math.min(content.length - at, at % 70);
            byte[] copy = new byte[length + 2];
            bytes.copy(at, copy, 1, length);
            assertArrayEquals(Arrays.copyOfRange(content, at, at + length), Arrays.copyOfRange(copy, 1, length + 1), "copy at " + at);
        }
    }

    @Test
    void textLosesTheNulPaddingAtItsEnd() throws IOException {
        byte[] content = "xeth0\0\0\0ünïcode".getBytes(StandardCharsets.UTF_8);
        MappedBytes bytes = MappedBytes.map(Files.write(folder.resolve("text"), content), 2);
        assertEquals("eth0", bytes.utf8(1, 7));
        assertEquals("ünïcode", bytes.utf8(8, content.length - 8));
    }

    @Test
    void anEmptyFileMapsToNothing() throws IOException {
        assertEquals(0, MappedBytes.map(Files.write(folder.resolve("empty"), new byte[0]), 4).size());
    }

    @Test
    void chunksAreAtMostOneGigabyte() {
        assertThrows(IllegalArgumentException.class, () -> MappedBytes.map(folder, 31));
        assertThrows(IllegalArgumentException.class, () -> MappedBytes.map(folder, 0));
    }
}
