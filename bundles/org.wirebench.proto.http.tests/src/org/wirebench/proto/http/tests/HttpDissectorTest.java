package org.wirebench.proto.http.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirebench.testing.Bytes.hex;
import static org.wirebench.testing.Bytes.text;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.Mutations.assertNeverBreak;
import static org.wirebench.testing.PacketAssertions.assertAbsent;
import static org.wirebench.testing.PacketAssertions.assertSameColumns;
import static org.wirebench.testing.PacketAssertions.assertSpan;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.PacketAssertions.items;
import static org.wirebench.testing.Registries.spec;
import static org.wirebench.testing.TransportStandIn.ports;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.HeuristicDissector;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.ProtocolSpec;
import org.wirebench.core.Session;
import org.wirebench.proto.http.internal.HttpDissector;
import org.wirebench.testing.Stub;
import org.wirebench.testing.TransportStandIn;

class HttpDissectorTest {
    /** A made-up link type under which the stand-in for TCP takes the frame. */
    private static final int TCP = 60001;

    /** chrissanders http_ip4and6.pcapng frame 4, the TCP payload. */
    static final byte[] GET = text(
            "GET / HTTP/1.1\r\n", // request line: 16 bytes
            "User-Agent: curl/7.35.0\r\n", // 25 bytes, from offset 16
            "Host: 172.16.16.139\r\n", // 21 bytes, from offset 41
            "Accept: */*\r\n", // from offset 62
            "\r\n"); // end of the header section, 77 bytes in all

    /** Frame 6: the response, its 298-byte HTML body in the same segment. */
    static final byte[] OK = hex(
            "485454502f312e3120323030204f4b0d0a", // HTTP/1.1 200 OK (17 bytes)
            "446174653a2053756e2c203232204e6f7620323031352031373a35383a313120474d540d0a", // Date
            "5365727665723a204170616368652f322e342e3720285562756e7475290d0a", // Server: Apache/2.4.7 (Ubuntu)
            "582d506f77657265642d42793a205048502f352e352e392d317562756e7475342e31340d0a", // X-Powered-By
            "566172793a204163636570742d456e636f64696e670d0a", // Vary
            "436f6e74656e742d4c656e6774683a203239380d0a", // Content-Length: 298
            "436f6e74656e742d547970653a20746578742f68746d6c0d0a", // Content-Type: text/html
            "0d0a", // end of the header section: the body starts at offset 193
            "0a3c21444f43545950452068746d6c205055424c494320222d2f2f5733432f2f445444205848544d4c20312e30205472616e736974696f6e",
            "616c2f2f454e222022687474703a2f2f7777772e77332e6f72672f54522f7868746d6c312f4454442f7868746d6c312d7472616e73697469",
            "6f6e616c2e647464223e0a3c68746d6c20786d6c6e733d22687474703a2f2f7777772e77332e6f72672f313939392f7868746d6c223e0a20",
            "203c686561643e0a202020203c7469746c653e50726163746963616c205061636b657420416e616c797369733c2f7469746c653e0a20203c",
            "2f686561643e0a20203c626f64793e0a0a57656c636f6d652120596f75206861766520636f6e6e6563746564207573696e67204950563421",
            "203c2f626f64793e0a3c2f68746d6c3e0a0a");

    private final Stub data = new Stub(null);
    private final DissectorRegistry registry = DissectorRegistry.builder()
            .add(TransportStandIn.spec("tcp", TCP))
            .add(new ProtocolSpec("http", "Hypertext Transfer Protocol", "http",
                    List.of(Binding.parse("tcp.port=80"), Binding.parse("tcp.port=8080")), List.of("tcp"), HttpDissector::new))
            .add(spec("data", "Data", "data", () -> data))
            .build();
    private final Session session = new Session();

    private Packet tcp(int source, int destination, byte[] payload) {
        return registry.dissect(frame(1, TCP, ports(source, destination, payload)), session, true);
    }

    @Test
    void requestLineAndHeadersAndTheirBytes() {
        Packet packet = tcp(53350, 80, GET); // the stand-in's 4 bytes of ports come first
        assertFalse(packet.malformed());
        assertEquals("HTTP", packet.protocolColumn());
        assertEquals("GET / HTTP/1.1", packet.info());
        assertSpan(item(packet, "http"), 4, 77);
        assertEquals(1, item(packet, "http.request").number());
        assertTrue(item(packet, "http.request").isHidden());
        assertEquals("GET", item(packet, "http.request.method").value());
        assertSpan(item(packet, "http.request.method"), 4, 3);
        assertEquals("/", item(packet, "http.request.uri").value());
        assertSpan(item(packet, "http.request.uri"), 8, 1);
        assertEquals("HTTP/1.1", item(packet, "http.request.version").value());
        assertSpan(item(packet, "http.request.version"), 10, 8);
        assertEquals("curl/7.35.0", item(packet, "http.user_agent").value());
        assertEquals("User-Agent: curl/7.35.0\\r\\n", item(packet, "http.user_agent").label());
        assertSpan(item(packet, "http.user_agent"), 4 + 16, 25);
        assertEquals("172.16.16.139", item(packet, "http.host").value());
        assertSpan(item(packet, "http.host"), 4 + 41, 21);
        assertEquals("*/*", item(packet, "http.accept").value());
        assertEquals("http://172.16.16.139/", item(packet, "http.request.full_uri").value());
        List<Object> lines = items(packet, "http.request.line").stream().map(Item::value).toList();
        assertEquals(List.of("User-Agent: curl/7.35.0\r\n", "Host: 172.16.16.139\r\n", "Accept: */*\r\n"), lines);
        assertAbsent(packet, "http.response");
        assertEquals(0, data.calls());
    }

    @Test
    void responseWithTextBody() {
        Packet packet = tcp(80, 53350, OK);
        assertEquals("HTTP/1.1 200 OK  (text/html)", packet.info()); // as tshark shows it
        assertEquals("HTTP/1.1", item(packet, "http.response.version").value());
        assertEquals(200, item(packet, "http.response.code").number());
        assertSpan(item(packet, "http.response.code"), 4 + 9, 3);
        assertEquals("OK", item(packet, "http.response.phrase").value());
        assertSpan(item(packet, "http.response.phrase"), 4 + 13, 2);
        assertEquals("Apache/2.4.7 (Ubuntu)", item(packet, "http.server").value());
        assertEquals("298", item(packet, "http.content_length_header").value());
        assertEquals(298, item(packet, "http.content_length").number());
        assertEquals("text/html", item(packet, "http.content_type").value());
        Item body = item(packet, "http.file_data");
        assertEquals("File Data: 298 bytes", body.label());
        assertSpan(body, 4 + 193, 298);
        Item lines = packet.tree().children().stream().filter(c -> c.label().startsWith("Line-based")).findFirst().orElseThrow();
        assertEquals("Line-based text data: text/html (11 lines)", lines.label());
        assertEquals("<html xmlns=\"http://www.w3.org/1999/xhtml\">\\n", lines.children().get(2).label());
        assertEquals(0, data.calls());
        assertSpan(item(packet, "http"), 4, OK.length);
    }

    @Test
    void queryPartsOfTheUriAndABinaryBodyGoToData() {
        Packet packet = tcp(40000, 8080, text(
                "POST /upload?name=a&x=1 HTTP/1.0\r\n",
                "Content-Type: application/octet-stream\r\n",
                "Content-Length: 4\r\n",
                "\r\n"), new byte[] { 1, 2, 3, 4 });
        assertEquals("POST /upload?name=a&x=1 HTTP/1.0  (application/octet-stream)", packet.info());
        assertEquals("/upload", item(packet, "http.request.uri.path").value());
        assertEquals("name=a&x=1", item(packet, "http.request.uri.query").value());
        assertSpan(item(packet, "http.request.uri.query"), 4 + 13, 10);
        assertEquals(1, data.calls());
        assertEquals(4, data.received().length());
    }

    private Packet tcp(int source, int destination, byte[] head, byte[] body) {
        byte[] payload = new byte[head.length + body.length];
        System.arraycopy(head, 0, payload, 0, head.length);
        System.arraycopy(body, 0, payload, head.length, body.length);
        return tcp(source, destination, payload);
    }

    @Test
    void twoPipelinedRequestsInOneSegment() {
        Packet packet = tcp(40000, 80, text("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals("GET /a HTTP/1.1 GET /b HTTP/1.1", packet.info());
        List<Item> uris = items(packet, "http.request.uri");
        assertEquals(List.of("/a", "/b"), uris.stream().map(Item::value).toList());
        assertSpan(uris.get(1), 4 + 28 + 4, 2);
    }

    @Test
    void bodyLongerThanTheSegmentIsANoteNotAnError() {
        Packet packet = tcp(80, 40000, text("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/plain\r\n\r\nhello"));
        assertFalse(packet.malformed());
        assertEquals("File Data: 5 bytes", item(packet, "http.file_data").label());
        assertEquals("Body of 1000 bytes, 5 here: the rest was not reassembled", packet.experts().get(1).message());
    }

    @Test
    void aSegmentInsideABodyIsAContinuation() {
        Packet packet = tcp(80, 40000, text("more of the body"));
        assertEquals("Continuation", packet.info());
        assertEquals("HTTP", packet.protocolColumn());
        assertEquals(1, data.calls());
        assertEquals(4, data.received().frameOffset(0));
    }

    @Test
    void responsesWithoutBodiesAndWithoutLength() {
        Packet empty = tcp(80, 40000, text("HTTP/1.1 204 No Content\r\nServer: x\r\n\r\n"));
        assertEquals("HTTP/1.1 204 No Content", empty.info());
        assertAbsent(empty, "http.file_data");
        Packet untilClose = tcp(80, 40000, text("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nline one\nline two"));
        assertEquals("File Data: 17 bytes", item(untilClose, "http.file_data").label());
        Packet bare = tcp(80, 40000, text("HTTP/1.1 404\r\n\r\n")); // a status line without a phrase
        assertEquals(404, item(bare, "http.response.code").number());
    }

    @Test
    void headersCutByTheSegmentEndTheMessage() {
        Packet packet = tcp(40000, 80, text("GET / HTTP/1.1\r\nHost: exam"));
        assertFalse(packet.malformed());
        assertEquals("GET / HTTP/1.1", packet.info());
        assertEquals("exam", item(packet, "http.host").value());
    }

    @Test
    void invalidContentLengthIsAWarning() {
        Packet packet = tcp(80, 40000, text("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n"));
        assertTrue(packet.experts().stream().anyMatch(e -> e.message().equals("Invalid Content-Length: lots")));
        assertFalse(packet.malformed());
    }

    @Test
    void heuristicTakesHttpOnAnyPortAndBindsTheConversation() {
        Packet request = tcp(40000, 8000, GET);
        assertEquals("GET / HTTP/1.1", request.info());
        Packet body = tcp(8000, 40000, text("rest of a body")); // bound: HTTP, though no heuristic would take it
        assertEquals("Continuation", body.info());
        Packet other = registry.dissect(frame(2, TCP, ports(40001, 8001, text("SSH-2.0-OpenSSH\r\n"))), session, true);
        assertEquals("", other.protocolColumn());
        assertEquals(2, data.calls()); // the continuation's bytes, then the SSH bytes
    }

    @Test
    void heuristicChecksAFewBytesAndNeverThrows() {
        HeuristicDissector http = (HeuristicDissector) registry.protocol("http").dissector();
        Packet packet = tcp(1, 2, new byte[0]);
        assertTrue(http.accepts(ByteView.of(text("HTTP/1.1 200 OK\r\n")), packet));
        assertTrue(http.accepts(ByteView.of(text("OPTIONS * HTTP/1.1\r\n")), packet));
        assertFalse(http.accepts(ByteView.of(text("GET / HTTP/2\r\n")), packet));
        assertFalse(http.accepts(ByteView.of(text("GETX / HTTP/1.1\r\n")), packet));
        assertFalse(http.accepts(ByteView.of(text("GET")), packet));
        assertFalse(http.accepts(ByteView.of(), packet));
        assertFalse(http.accepts(ByteView.of(hex("00ff00ff")), packet));
    }

    static Stream<byte[]> vectors() {
        return Stream.of(GET, OK, text("more of the body"), text("HTTP/1.1 404\r\n\r\n"), text("GET / HTTP/1.1\r\nHost: exam"),
                text("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\n\r\n"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void summaryPassGivesTheColumnsOfTheFullPass(byte[] payload) {
        var frame = frame(1, TCP, ports(40000, 80, payload));
        Packet summary = registry.dissect(frame, session, false);
        assertSameColumns(registry.dissect(frame, session, true), summary);
    }

    /** Random bytes changed and cut off: the dissector must answer with columns and experts, never throw or hang. */
    @Test
    void mutatedVectorsNeverBreakTheDissector() {
        assertNeverBreak(vectors().toList(), 0, (round, bytes, captured, tree) ->
                registry.dissect(frame(1, TCP, ports(40000, 80, Arrays.copyOf(bytes, captured))), session, tree));
    }
}
