package org.wirebench.proto.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.HeuristicDissector;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.Severity;

/**
 * HTTP/1.x messages (RFC 9112): start line, header lines, and the body. On TCP a message is dissected once its
 * header section and its Content-Length body are whole: until then HTTP asks TCP for more ({@link MessageExtent}),
 * as Wireshark does; a chunked body, or one without a length, is dissected as far as the bytes go (no de-chunking).
 * Several messages in one segment are dissected in turn; a segment that starts inside a message is a continuation. As a heuristic on TCP it takes payloads that start with
 * a request line or `HTTP/1.`, and binds the conversation so the rest of it is HTTP too.
 */
public final class HttpDissector implements HeuristicDissector {
    /** The methods the heuristic recognises (RFC 9110 §9 and RFC 5789); on HTTP's ports any token is a method. */
    private static final List<String> METHODS = List.of("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "CONNECT", "TRACE", "PATCH");
    private static final String VERSION_PREFIX = "HTTP/1.";
    private static final Pattern REQUEST_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\\S+) (HTTP/\\d[\\d.]*)");
    private static final Pattern STATUS_LINE = Pattern.compile("(HTTP/\\d[\\d.]*) (\\d{3})(?: (.*))?");

    private final HttpHeaders headers = new HttpHeaders();
    private Protocol protocol;
    private Field request;
    private Field response;
    private Field method;
    private Field uri;
    private Field uriPath;
    private Field uriQuery;
    private Field requestVersion;
    private Field fullUri;
    private Field responseVersion;
    private Field code;
    private Field phrase;
    private Field fileData;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        request = fields.add("http.request", "Request", FieldType.BOOLEAN);
        response = fields.add("http.response", "Response", FieldType.BOOLEAN);
        method = fields.add("http.request.method", "Request Method", FieldType.STRING);
        uri = fields.add("http.request.uri", "Request URI", FieldType.STRING);
        uriPath = fields.add("http.request.uri.path", "Request URI Path", FieldType.STRING);
        uriQuery = fields.add("http.request.uri.query", "Request URI Query", FieldType.STRING);
        requestVersion = fields.add("http.request.version", "Request Version", FieldType.STRING);
        fullUri = fields.add("http.request.full_uri", "Full request URI", FieldType.STRING);
        responseVersion = fields.add("http.response.version", "Response Version", FieldType.STRING);
        code = fields.add("http.response.code", "Status Code", FieldType.UINT16);
        phrase = fields.add("http.response.phrase", "Response Phrase", FieldType.STRING);
        fileData = fields.add("http.file_data", "File Data", FieldType.STRING);
        headers.register(fields);
    }

    @Override
    public boolean accepts(ByteView data, Packet packet) {
        boolean recognised = startsWith(data, VERSION_PREFIX) || isRequestLine(data);
        if (recognised) {
            packet.bindConversation(protocol.id());
        }
        return recognised;
    }

    /** A method the heuristic knows, a target, and an HTTP/1.x version on the first line. */
    private static boolean isRequestLine(ByteView data) {
        if (!startsWithMethod(data)) {
            return false;
        }
        Matcher parts = REQUEST_LINE.matcher(HttpLine.at(data, 0).text());
        return parts.matches() && parts.group(3).startsWith(VERSION_PREFIX);
    }

    /** Byte by byte, without making strings: the heuristic sees every TCP payload no port claims. */
    private static boolean startsWith(ByteView data, String prefix) {
        if (!data.has(0, prefix.length())) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data.u8(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithMethod(ByteView data) {
        for (String method : METHODS) {
            if (startsWith(data, method) && data.has(method.length(), 1) && data.u8(method.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("HTTP");
        for (int offset = 0; offset < data.length();) {
            offset = message(data, offset, packet, parent, offset == 0);
        }
    }

    /** Dissects the message at `offset`; returns where the next one starts. */
    private int message(ByteView data, int offset, Packet packet, Item parent, boolean first) {
        HttpLine start = HttpLine.at(data, offset);
        Matcher requestParts = REQUEST_LINE.matcher(start.text());
        Matcher statusParts = STATUS_LINE.matcher(start.text());
        boolean isRequest = requestParts.matches();
        boolean isResponse = !isRequest && statusParts.matches();
        if ((isRequest || isResponse) && packet.canDesegment()) {
            int more = MessageExtent.missing(data, offset + start.size(), isResponse && !hasBody(statusParts.group(2)));
            if (more > 0) {
                // the start line shows while the rest is gathered, nothing else until the message is whole
                if (first) {
                    packet.setInfo(start.text());
                } else {
                    packet.appendInfo(start.text());
                }
                packet.desegment(offset, more);
                return data.length();
            }
        }
        Item http = parent.add(protocol.field(), data, offset, data.length() - offset, (Object) null);
        if (!isRequest && !isResponse) {
            if (first) {
                packet.setInfo("Continuation");
            }
            packet.callData(data.slice(offset), parent);
            return data.length();
        }
        Item line = http.addText(data, offset, start.size(), start.text() + "\\r\\n");
        line.expert(Severity.CHAT, start.text() + "\\r\\n");
        http.add(isRequest ? request : response, data, offset, 0, 1).hidden();
        startLine(data, offset, isRequest ? requestParts : statusParts,
                isRequest ? new Field[] { method, uri, requestVersion } : new Field[] { responseVersion, code, phrase }, line);

        HttpHeaders.Section headerSection = headers.dissect(data, offset + start.size(), isRequest, http);
        if (headerSection.host() != null && isRequest) {
            http.add(fullUri, data, offset, 0, (Object) ("http://" + headerSection.host() + requestParts.group(2))).generated();
        }

        int bodyStart = headerSection.end();
        int available = data.length() - bodyStart;
        long announced = headerSection.contentLength();
        int bodyLength = !headerSection.complete() ? 0
                : announced >= 0 ? (int) Math.min(announced, available) : isResponse && hasBody(statusParts.group(2)) ? available : 0;
        // tshark's text, less the blank it leaves at the end: "GET / HTTP/1.1", "HTTP/1.1 200 OK  (text/html)"
        String mediaType = headerSection.mediaType();
        String info = start.text() + (mediaType != null && bodyLength > 0 ? "  (" + mediaType + ")" : "");
        if (first) {
            packet.setInfo(info);
        } else {
            packet.appendInfo(info);
        }
        if (!headerSection.complete()) {
            return data.length();
        }
        if (announced > available) {
            http.expert(Severity.NOTE, "Body of " + announced + " bytes, " + available + " here: the rest was not reassembled");
        }
        http.length(bodyStart + bodyLength - offset);
        if (bodyLength > 0) {
            body(data, bodyStart, bodyLength, mediaType, http, parent, packet);
        }
        return bodyStart + bodyLength;
    }

    /** The parts of a start line as their fields: the status code as a number, a request URI with its path and query. */
    private void startLine(ByteView data, int offset, Matcher parts, Field[] fields, Item line) {
        for (int group = 1; group <= fields.length && parts.start(group) >= 0; group++) {
            int at = offset + parts.start(group);
            String text = parts.group(group);
            if (fields[group - 1] == code) {
                line.add(code, data, at, text.length(), Integer.parseInt(text));
            } else {
                Item item = line.add(fields[group - 1], data, at, text.length());
                if (fields[group - 1] == uri) {
                    uriParts(data, at, text, item);
                }
            }
        }
    }

    /** The path and query of a request URI that has a query. */
    private void uriParts(ByteView data, int offset, String text, Item uriItem) {
        int query = text.indexOf('?');
        if (query >= 0) {
            uriItem.add(uriPath, data, offset, query);
            uriItem.add(uriQuery, data, offset + query + 1, text.length() - query - 1);
        }
    }

    /** RFC 9112 §6.3: 1xx, 204 and 304 responses have no body. */
    private static boolean hasBody(String status) {
        return !status.startsWith("1") && !status.equals("204") && !status.equals("304");
    }

    /** The body as File Data, then as lines of text when its media type is text, else as raw data. */
    private void body(ByteView data, int offset, int length, String mediaType, Item http, Item parent, Packet packet) {
        http.add(fileData, data, offset, length).text("File Data: " + length + " bytes");
        if (mediaType == null || !isText(mediaType)) {
            packet.callData(data.slice(offset, length), parent);
            return;
        }
        String text = new String(data.bytes(offset, length), StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        Item lineBased = parent.addText(data, offset, length, "Line-based text data: " + mediaType + " (" + count + " lines)");
        int at = offset;
        for (int i = 0; i < count; i++) {
            int size = Math.min(lines[i].length() + 1, offset + length - at);
            lineBased.addText(data, at, size, lines[i].replace("\r", "\\r") + (size > lines[i].length() ? "\\n" : ""));
            at += size;
        }
    }

    private static boolean isText(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("xml")
                || mediaType.endsWith("javascript") || mediaType.equals("application/x-www-form-urlencoded");
    }
}
