package org.wirebench.tcpdump.internal;

/** print-http.c, print-smtp.c, print-ftp.c ...: tcpdump's txtproto_print for line-based protocols (to be completed). */
final class TxtProto {
    private TxtProto() {
    }

    static void print(Nd nd, int off, int length, String protocol) {
        nd.protocol = protocol;
    }
}
