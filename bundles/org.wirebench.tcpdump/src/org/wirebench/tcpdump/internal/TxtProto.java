package org.wirebench.tcpdump.internal;

/**
 * print-http.c, print-smtp.c, print-ftp.c ...: tcpdump's txtproto_print for line-based protocols. The protocol
 * name in capitals, then the first line (`: GET / HTTP/1.1`), or with -v `, length: N` and every printable line
 * on its own tab-indented line. Protocols with requests and responses (HTTP, RTSP, SIP) print only payloads that
 * start with a known request or a three-digit response code: a body continued in a later segment shows the name only.
 */
final class TxtProto {
    private static final int MAX_TOKEN = 128;

    private static final String[] HTTP = {"GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST", "BCOPY", "BMOVE",
        "MKCOL", "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY", "BDELETE",
        "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE", "PROPPATCH", "BPROPFIND",
        "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE", "RPC_CONNECT", "VERSION-CONTROL",
        "BASELINE-CONTROL"};
    private static final String[] RTSP = {"DESCRIBE", "ANNOUNCE", "GET_PARAMETER", "OPTIONS", "PAUSE", "PLAY", "RECORD",
        "REDIRECT", "SETUP", "SET_PARAMETER", "TEARDOWN"};
    private static final String[] SIP = {"ACK", "BYE", "CANCEL", "DO", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS",
        "PRACK", "QAUTH", "REFER", "REGISTER", "SPRACK", "SUBSCRIBE", "UPDATE", "PUBLISH"};

    private TxtProto() {
    }

    /** Prints `length` bytes at `off` as the text protocol `protocol` ("http", "smtp", "ftp", "rtsp", "sip", ...). */
    static void print(Nd nd, int off, int length, String protocol) {
        nd.protocol = protocol;
        String[] commands = switch (protocol) {
            case "http" -> HTTP;
            case "rtsp" -> RTSP;
            case "sip" -> SIP;
            default -> null;
        };
        boolean printThis = commands == null || looksLikeRequestOrResponse(nd, off, length, commands);
        for (int i = 0; i < protocol.length(); i++) {
            nd.print(Character.toUpperCase(protocol.charAt(i)));
        }
        if (!printThis) {
            return;
        }
        if (nd.vflag > 0) {
            nd.print(", length: ").print(length & 0xffffffffL);
            int idx = 0;
            while (idx < length) {
                int eol = line(nd, "\n\t", off, idx, length);
                if (eol == 0) {
                    break;
                }
                idx = eol;
            }
        } else {
            line(nd, ": ", off, 0, length);
        }
    }

    /** A known request name first, or a three-digit response code second (HTTP/1.1 200 OK). */
    private static boolean looksLikeRequestOrResponse(Nd nd, int off, int length, String[] commands) {
        StringBuilder token = new StringBuilder(16);
        int idx = token(nd, off, 0, length, token);
        if (idx == 0) {
            return false;
        }
        boolean known = false;
        for (String command : commands) {
            if (sameIgnoringCase(command, token)) {
                known = true;
                break;
            }
        }
        // tcpdump looks at the second token whatever the first was
        token.setLength(0);
        idx = token(nd, off, idx, length, token);
        if (idx != 0 && token.length() == 3 && isDigit(token.charAt(0)) && isDigit(token.charAt(1)) && isDigit(token.charAt(2))) {
            return true;
        }
        return known;
    }

    /** ascii_strcasecmp equal. */
    private static boolean sameIgnoringCase(String command, StringBuilder token) {
        if (command.length() != token.length()) {
            return false;
        }
        for (int i = 0; i < command.length(); i++) {
            char c = token.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            }
            if (c != command.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * fetch_token: the printable ASCII token at `idx` into `token`; returns the index after it and the blanks that
     * follow, or 0 for no token (binary data, a blank first, too long, or past the capture).
     */
    private static int token(Nd nd, int off, int idx, int length, StringBuilder token) {
        for (; idx < length; idx++) {
            if (!nd.has(off + idx, 1)) {
                return 0;
            }
            int c = nd.p[off + idx] & 0xff;
            if (c >= 0x80) {
                return 0;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                break;
            }
            if (!printable(c) || token.length() + 2 > MAX_TOKEN + 1) {
                return 0;
            }
            token.append((char) c);
        }
        if (token.length() == 0) {
            return 0;
        }
        for (; idx < length; idx++) {
            if (!nd.has(off + idx, 1)) {
                break;
            }
            int c = nd.p[off + idx] & 0xff;
            if (c == '\r' || c == '\n' || !printable(c) || c != ' ' && c != '\t') {
                break;
            }
        }
        return idx;
    }

    /**
     * print_txt_line: prints `prefix` and the line at `idx` without its LF or CR-LF; returns the index after the
     * line end, or 0 when the line has binary data or no end in the packet (a line without end is still printed,
     * with a truncation mark).
     */
    private static int line(Nd nd, String prefix, int off, int idx, int length) {
        int start = idx;
        while (idx < length) {
            int c = nd.u8(off + idx);
            if (c == '\n') {
                emit(nd, prefix, off + start, idx - start);
                return idx + 1;
            }
            if (c == '\r') {
                if (idx + 1 >= length) {
                    return 0;
                }
                if (nd.u8(off + idx + 1) == '\n') {
                    emit(nd, prefix, off + start, idx - start);
                    return idx + 2;
                }
                return 0;
            }
            if (!printable(c) && c != '\t') {
                return 0;
            }
            idx++;
        }
        // printable to the end of the payload but no line end: tcpdump counts that as cut off
        emit(nd, prefix, off + start, idx - start);
        nd.trunc();
        return 0;
    }

    private static void emit(Nd nd, String prefix, int at, int count) {
        StringBuilder out = nd.out;
        out.append(prefix);
        for (int i = 0; i < count; i++) {
            out.append((char) (nd.p[at + i] & 0xff));
        }
    }

    private static boolean printable(int c) {
        return c >= 0x20 && c < 0x7f;
    }
}
