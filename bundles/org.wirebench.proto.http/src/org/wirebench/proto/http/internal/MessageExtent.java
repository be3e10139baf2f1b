package org.wirebench.proto.http.internal;

import org.wirebench.core.ByteView;
import org.wirebench.core.DesegmentRequest;

/**
 * How much of a message is still to come, read before anything is dissected so that HTTP can ask TCP for it
 * (Wireshark's header and body desegmentation): the header section up to its empty line, then a body of the
 * Content-Length. A chunked body, or one that runs to the end of the connection, is dissected as it comes.
 */
final class MessageExtent {
    private static final String CONTENT_LENGTH = "content-length:";

    private MessageExtent() {
    }

    /**
     * The bytes the message whose header lines start at `headers` lacks after the end of `data`:
     * {@link DesegmentRequest#ONE_MORE_SEGMENT} while the header section is open, else what the body of the
     * Content-Length lacks (none when `bodiless`), 0 when nothing is missing.
     */
    static int missing(ByteView data, int headers, boolean bodiless) {
        long contentLength = -1;
        for (int position = headers;;) {
            int newline = data.indexOf('\n', position);
            if (newline < 0) {
                return DesegmentRequest.ONE_MORE_SEGMENT;
            }
            int lineEnd = newline > position && data.u8(newline - 1) == '\r' ? newline - 1 : newline;
            if (lineEnd == position) {
                long lacking = bodiless || contentLength < 0 ? 0 : newline + 1 + contentLength - data.length();
                return (int) Math.max(0, Math.min(lacking, DesegmentRequest.ONE_MORE_SEGMENT - 1));
            }
            if (lineEnd - position > CONTENT_LENGTH.length() && data.ascii(position, CONTENT_LENGTH.length()).equalsIgnoreCase(CONTENT_LENGTH)) {
                contentLength = digits(data.ascii(position + CONTENT_LENGTH.length(), lineEnd - position - CONTENT_LENGTH.length()).strip());
            }
            position = newline + 1;
        }
    }

    /** A Content-Length value, -1 when it is no number (the dissector then marks it invalid). */
    private static long digits(String value) {
        return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
    }
}
