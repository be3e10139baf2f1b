package org.wirebench.proto.http.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Severity;

/**
 * The header section: the common headers as fields under Wireshark's filter names, any other as a text line, and
 * every line also as a hidden `http.request.line` or `http.response.line`, so a filter can reach any header.
 */
final class HttpHeaders {
    /** Lower-case header name, filter name, display name. */
    private static final String[][] KNOWN = {
            { "host", "http.host", "Host" },
            { "user-agent", "http.user_agent", "User-Agent" },
            { "content-type", "http.content_type", "Content-Type" },
            { "content-length", "http.content_length_header", "Content-Length" },
            { "server", "http.server", "Server" },
            { "connection", "http.connection", "Connection" },
            { "accept", "http.accept", "Accept" },
            { "accept-encoding", "http.accept_encoding", "Accept Encoding" },
            { "accept-language", "http.accept_language", "Accept-Language" },
            { "referer", "http.referer", "Referer" },
            { "cookie", "http.cookie", "Cookie" },
            { "set-cookie", "http.set_cookie", "Set-Cookie" },
            { "location", "http.location", "Location" },
            { "date", "http.date", "Date" },
            { "last-modified", "http.last_modified", "Last-Modified" },
            { "cache-control", "http.cache_control", "Cache-Control" },
            { "content-encoding", "http.content_encoding", "Content-Encoding" },
            { "transfer-encoding", "http.transfer_encoding", "Transfer-Encoding" },
            { "authorization", "http.authorization", "Authorization" },
            { "www-authenticate", "http.www_authenticate", "WWW-Authenticate" },
            { "upgrade", "http.upgrade", "Upgrade" },
            { "x-forwarded-for", "http.x_forwarded_for", "X-Forwarded-For" } };

    /**
     * What the header section says about the rest of the message.
     *
     * @param end           the offset after the section (after its empty line when `complete`)
     * @param complete      whether the empty line that ends it is in these bytes
     * @param contentLength the Content-Length, -1 when absent or invalid
     * @param mediaType     the Content-Type without parameters, lower case; or null
     * @param host          the Host, or null
     */
    record Section(int end, boolean complete, long contentLength, String mediaType, String host) {
    }

    private final Map<String, Field> byName = new HashMap<>();
    private Field requestLine;
    private Field responseLine;
    private Field contentLength;

    void register(Fields fields) {
        for (String[] known : KNOWN) {
            byName.put(known[0], fields.add(known[1], known[2], FieldType.STRING));
        }
        requestLine = fields.add("http.request.line", "Request line", FieldType.STRING);
        responseLine = fields.add("http.response.line", "Response line", FieldType.STRING);
        contentLength = fields.add("http.content_length", "Content length", FieldType.UINT64);
    }

    /** Dissects the header lines from `offset` to the empty line or the end of the data. */
    Section dissect(ByteView data, int offset, boolean request, Item http) {
        long length = -1;
        String mediaType = null;
        String host = null;
        int position = offset;
        while (position < data.length()) {
            HttpLine line = HttpLine.at(data, position);
            if (line.text().isEmpty()) {
                http.addText(data, position, line.size(), "\\r\\n");
                return new Section(position + line.size(), true, length, mediaType, host);
            }
            http.add(request ? requestLine : responseLine, data, position, line.size(), (Object) (line.text() + "\r\n")).hidden();
            int colon = line.text().indexOf(':');
            String name = colon <= 0 ? "" : line.text().substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.text().substring(colon + 1).strip();
            Field field = byName.get(name);
            Item item = field == null ? http.addText(data, position, line.size(), line.text() + "\\r\\n")
                    : http.add(field, data, position, line.size(), (Object) value).text(line.text() + "\\r\\n");
            switch (name) {
                case "content-length" -> length = contentLength(value, item, data, position, line.size());
                case "content-type" -> mediaType = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                case "host" -> host = value;
                default -> {
                    // shown, nothing more to learn from it
                }
            }
            position += line.size();
        }
        return new Section(position, false, length, mediaType, host);
    }

    private long contentLength(String value, Item header, ByteView data, int offset, int size) {
        if (!value.matches("\\d{1,18}")) {
            header.expert(Severity.WARNING, "Invalid Content-Length: " + value);
            return -1;
        }
        long length = Long.parseLong(value);
        header.add(contentLength, data, offset, size, length).generated();
        return length;
    }
}
