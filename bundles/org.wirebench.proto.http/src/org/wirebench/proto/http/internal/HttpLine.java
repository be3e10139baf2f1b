package org.wirebench.proto.http.internal;

import org.wirebench.core.ByteView;

/**
 * One line of a message: its text without the line end, and the bytes it takes with it (to the end of the data
 * when the data ends first).
 */
record HttpLine(String text, int size) {

    static HttpLine at(ByteView data, int offset) {
        int end = data.indexOf('\n', offset);
        int size = (end < 0 ? data.length() : end + 1) - offset;
        String text = data.ascii(offset, size);
        int lineEnd = text.endsWith("\r\n") ? 2 : text.endsWith("\n") ? 1 : 0;
        return new HttpLine(text.substring(0, text.length() - lineEnd), size);
    }
}
