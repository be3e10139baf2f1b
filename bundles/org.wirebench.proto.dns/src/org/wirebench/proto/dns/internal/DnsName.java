package org.wirebench.proto.dns.internal;

import java.util.Locale;

import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * A domain name read from a message (RFC 1035 §4.1.4), compression pointers followed.
 *
 * @param text   the name, labels joined by dots, `<Root>` for the root
 * @param length the bytes it takes where it was read, up to and including its first pointer
 * @param labels how many labels it has
 */
record DnsName(String text, int length, int labels) {
    /** RFC 1035 §2.3.4: a name has at most 255 bytes on the wire. */
    private static final int MAX_LENGTH = 255;

    /** A name that cannot be read; `text` is what the tree shows in its place. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String text;
        /** Where in the message reading went wrong. */
        final int offset;
        /** The bytes the name takes where it was read, as far as that is known. */
        final int length;

        Unreadable(String text, int offset, int length) {
            super(text, null, false, false);
            this.text = text;
            this.offset = offset;
            this.length = length;
        }
    }

    /**
     * Reads the name at `start` of `message`. Every pointer must point before every place this name was read from
     * so far: that allows all real compression, and makes loops and forward pointers errors instead of hangs.
     */
    static DnsName read(ByteView message, int start) {
        StringBuilder text = new StringBuilder();
        int position = start;
        int floor = start;
        int end = -1;
        int labels = 0;
        int wireLength = 1;
        while (true) {
            int length = message.u8(position);
            switch (length & 0xc0) {
                case 0x00 -> {
                    if (length == 0) {
                        end = end < 0 ? position + 1 : end;
                        return new DnsName(labels == 0 ? "<Root>" : text.toString(), end - start, labels);
                    }
                    wireLength += 1 + length;
                    if (wireLength > MAX_LENGTH) {
                        throw new Unreadable("<Name too long>", position, (end < 0 ? position : end) - start);
                    }
                    appendLabel(text.append(labels == 0 ? "" : "."), message.bytes(position + 1, length));
                    labels++;
                    position += 1 + length;
                }
                case 0xc0 -> {
                    int target = (length & 0x3f) << 8 | message.u8(position + 1);
                    end = end < 0 ? position + 2 : end;
                    if (target >= floor) {
                        throw new Unreadable(target > position ? "<Name contains a forward pointer>" : "<Name contains a pointer that loops>",
                                position, end - start);
                    }
                    floor = target;
                    position = target;
                }
                default -> throw new Unreadable("<Unknown extended label>", position, (end < 0 ? position + 1 : end) - start);
            }
        }
    }

    /**
     * Reads the name at `start`; one that cannot be read is added under `parent` as `field` with the text Wireshark
     * shows in its place, goes into the Info column, and makes the packet malformed where reading went wrong.
     */
    static DnsName readOrMark(ByteView message, int start, Item parent, Field field, Packet packet) {
        try {
            return read(message, start);
        } catch (Unreadable e) {
            String reason = e.text.substring(1, e.text.length() - 1);
            parent.add(field, message, start, e.length, (Object) e.text).expert(Severity.ERROR, reason);
            packet.appendInfo(e.text);
            throw new TruncatedException(true, message.frameOffset(e.offset), 1);
        }
    }

    /** Printable ASCII as is, a dot or backslash inside a label escaped, other bytes as `\ddd` (RFC 4343 §2.1). */
    private static void appendLabel(StringBuilder text, byte[] label) {
        for (byte b : label) {
            int c = b & 0xff;
            if (c == '.' || c == '\\') {
                text.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                text.append((char) c);
            } else {
                text.append('\\').append(String.format(Locale.ROOT, "%03d", c));
            }
        }
    }
}
