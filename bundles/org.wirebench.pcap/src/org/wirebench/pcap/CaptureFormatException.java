package org.wirebench.pcap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a capture, or a capture whose structure breaks at some byte: the message names the file
 * and, where there is one, the offset, so that a user can look at the bytes.
 */
public final class CaptureFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long offset;

    /**
     * @param offset the byte offset where the structure breaks, or -1 when the file as a whole is not a capture
     */
    public CaptureFormatException(Path file, long offset, String problem) {
        super(offset < 0 ? file + ": " + problem : file + ": " + problem + " at offset " + offset);
        this.file = file;
        this.offset = offset;
    }

    public Path file() {
        return file;
    }

    /** The byte offset in the (decompressed) capture, or -1. */
    public long offset() {
        return offset;
    }
}
