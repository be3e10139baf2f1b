package org.wirebench.pcap.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The bytes of a capture being written, buffered, in little-endian order (that of nearly every capture host).
 * They go to a temporary file beside the target, renamed to the target on {@link #close()}: a writer stopped
 * half-way never leaves a half-written file under the target's name. That suits saving and exporting; writing
 * a live capture, where an abrupt stop must leave a readable file, will want to write the target directly and
 * flush after each packet instead.
 */
public final class CaptureOutput implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;
    private static final byte[] ZEROS = new byte[3];

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE).order(ByteOrder.LITTLE_ENDIAN);

    public CaptureOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        // not Files.createTempFile: its owner-only permissions would stay with the capture after the rename;
        // CREATE_NEW makes a name taken meanwhile fail, and another random name is tried
        Path candidate;
        FileChannel created;
        do {
            candidate = this.target.resolveSibling("." + this.target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            created = create(candidate);
        } while (created == null);
        this.temporary = candidate;
        this.channel = created;
    }

    /** A new file, or null when the name is taken. */
    private static FileChannel create(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return null;
        }
    }

    /** The buffer, with room for `count` bytes (at most 64 KiB) to be put into it. */
    public ByteBuffer room(int count) throws IOException {
        if (buffer.remaining() < count) {
            drain();
        }
        return buffer;
    }

    public void put(byte[] data, int offset, int length) throws IOException {
        if (length > buffer.remaining()) {
            drain();
            if (length > buffer.capacity()) {
                write(ByteBuffer.wrap(data, offset, length));
                return;
            }
        }
        buffer.put(data, offset, length);
    }

    /** Zero bytes up to the next multiple of 4, after a field of `length` bytes. */
    public void pad(int length) throws IOException {
        int count = -length & 3;
        room(count).put(ZEROS, 0, count);
    }

    private void drain() throws IOException {
        buffer.flip();
        write(buffer);
        buffer.clear();
    }

    private void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Gives up: closes and deletes the temporary file, leaving the target as it was. */
    public void discard() throws IOException {
        try (channel) {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes what is buffered, forces it to the disk and renames the file to the target. */
    @Override
    public void close() throws IOException {
        try (channel) {
            drain();
            channel.force(false);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
