package org.wirebench.proto.http.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.wirebench.testing.Bytes.text;
import static org.wirebench.testing.Frames.frame;
import static org.wirebench.testing.PacketAssertions.item;
import static org.wirebench.testing.Registries.spec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Binding;
import org.wirebench.core.ByteView;
import org.wirebench.core.DesegmentRequest;
import org.wirebench.core.Dissector;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.ProtocolSpec;
import org.wirebench.proto.http.internal.HttpDissector;
import org.wirebench.testing.Stub;

/** What HTTP asks a reassembling transport for, before it dissects a message that is not whole. */
class HttpDesegmentationTest {
    /** A made-up link type under which the stand-in transport takes the frame. */
    private static final int LINK = 60002;

    /** Stands in for TCP: the whole frame is a payload from port 40000 to 80, which HTTP may ask more for. */
    private static final class Reassembling implements Dissector {
        DesegmentRequest request;

        @Override
        public void register(Protocol protocol, Fields fields) {
        }

        @Override
        public void dissect(ByteView data, Packet packet, Item parent) {
            packet.setProtocolColumn("TCP");
            packet.setPorts("tcp", 40000, 80);
            request = packet.callPortsDesegmenting("tcp.port", 40000, 80, data, parent);
        }
    }

    private final Reassembling tcp = new Reassembling();
    private final DissectorRegistry registry = DissectorRegistry.builder()
            .add(new ProtocolSpec("tcp", "TCP stand-in", "tcp", List.of(new Binding("linktype", LINK)), List.of(), () -> tcp))
            .add(new ProtocolSpec("http", "Hypertext Transfer Protocol", "http", List.of(Binding.parse("tcp.port=80")), List.of("tcp"),
                    HttpDissector::new))
            .add(spec("data", "Data", "data", () -> new Stub(null)))
            .build();

    private Packet dissect(String... payload) {
        return registry.dissect(frame(1, LINK, text(payload)), null, true);
    }

    @Test
    void anOpenHeaderSectionAsksForOneMoreSegment() {
        Packet packet = dissect("POST /x HTTP/1.1\r\n", "Host: a"); // the header section goes on in the next segment

        assertEquals(new DesegmentRequest(0, DesegmentRequest.ONE_MORE_SEGMENT), tcp.request);
        assertEquals("POST /x HTTP/1.1", packet.info());
        assertEquals("frame:tcp", packet.layers(), "HTTP shows where the message is whole");
    }

    @Test
    void aBodyShorterThanItsContentLengthAsksForTheRest() {
        dissect("POST /x HTTP/1.1\r\n", "Content-Length: 10\r\n", "\r\n", "abc"); // 7 bytes of the body to come

        assertEquals(new DesegmentRequest(0, 7), tcp.request);
    }

    @Test
    void aWholeMessageAsksNothing() {
        Packet packet = dissect("POST /x HTTP/1.1\r\n", "Content-Length: 3\r\n", "\r\n", "abc");

        assertNull(tcp.request);
        assertEquals("frame:tcp:http:data", packet.layers());
        assertEquals(1, item(packet, "http.request").number());
    }

    @Test
    void aSecondMessageNotWholeIsAskedForFromItsStart() {
        Packet packet = dissect("GET /a HTTP/1.1\r\n\r\n", "GET /b HTTP/1.1\r\n"); // the second starts at offset 19

        assertEquals(new DesegmentRequest(19, DesegmentRequest.ONE_MORE_SEGMENT), tcp.request);
        assertEquals("GET /a HTTP/1.1 GET /b HTTP/1.1", packet.info());
        assertEquals("frame:tcp:http", packet.layers());
    }

    @Test
    void aResponseWithoutABodyAsksNothingWhateverItsContentLength() {
        dissect("HTTP/1.1 304 Not Modified\r\n", "Content-Length: 100\r\n", "\r\n");

        assertNull(tcp.request);
    }
}
