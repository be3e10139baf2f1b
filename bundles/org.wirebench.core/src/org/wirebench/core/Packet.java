package org.wirebench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The dissection of one frame in progress and its result (Wireshark's packet_info): the columns, the protocol
 * stack, the addresses and ports lower layers found, the expert items, and the tree when one is kept.
 */
public final class Packet {
    private static final int MAX_DEPTH = 48;

    private final DissectorRegistry registry;
    private final Session session;
    private final Frame frame;
    private final Item root;
    private final StringBuilder layers = new StringBuilder();
    private final StringBuilder info = new StringBuilder();
    private final List<Expert> experts = new ArrayList<>(2);
    private String protocolColumn = "";
    private String source = "";
    private String destination = "";
    private String netSource = "";
    private String netDestination = "";
    private byte[] netSourceBytes;
    private byte[] netDestinationBytes;
    private String transport = "";
    private int sourcePort = -1;
    private int destinationPort = -1;
    private boolean malformed;
    private int depth;

    private final long relativeNanos;
    private final long deltaNanos;

    Packet(DissectorRegistry registry, Session session, Frame frame, boolean tree, long relativeNanos, long deltaNanos) {
        this.relativeNanos = relativeNanos;
        this.deltaNanos = deltaNanos;
        this.registry = registry;
        this.session = session;
        this.frame = frame;
        this.root = tree ? Item.root(this) : Item.ignoring(this);
    }

    public Frame frame() {
        return frame;
    }

    /** Nanoseconds since the first frame of the session. */
    public long relativeNanos() {
        return relativeNanos;
    }

    /** Nanoseconds since the previous frame of the session. */
    public long deltaNanos() {
        return deltaNanos;
    }

    public DissectorRegistry registry() {
        return registry;
    }

    /** The tree's root; in a summary pass an item that keeps nothing. */
    public Item tree() {
        return root;
    }

    // --- handing on to the next protocol -------------------------------------------------------------------

    /** Dissects `data` with the protocol registered under `key` in `table`; false when none is. */
    public boolean callTable(String table, long key, ByteView data, Item parent) {
        Protocol protocol = registry.lookup(table, key);
        if (protocol == null) {
            return false;
        }
        run(protocol, data, parent);
        return true;
    }

    /**
     * Dissects a transport payload: the protocol bound to this conversation, else the one registered for the
     * lower port, else for the higher port, else the first heuristic of the transport (`tcp` for `tcp.port`) that
     * accepts the bytes, else raw data.
     */
    public void callPorts(String table, int sourcePort, int destinationPort, ByteView data, Item parent) {
        Protocol protocol = session == null || !session.hasConversations() ? null : session.conversation(conversationKey());
        if (protocol == null) {
            protocol = registry.lookup(table, Math.min(sourcePort, destinationPort));
        }
        if (protocol == null) {
            protocol = registry.lookup(table, Math.max(sourcePort, destinationPort));
        }
        if (protocol == null) {
            int dot = table.indexOf('.');
            protocol = heuristic(dot < 0 ? table : table.substring(0, dot), data);
        }
        if (protocol == null) {
            callData(data, parent);
        } else {
            run(protocol, data, parent);
        }
    }

    /** Offers `data` to the heuristic dissectors of `list` in turn; true when one took it. */
    public boolean callHeuristics(String list, ByteView data, Item parent) {
        Protocol protocol = heuristic(list, data);
        if (protocol != null) {
            run(protocol, data, parent);
        }
        return protocol != null;
    }

    private Protocol heuristic(String list, ByteView data) {
        for (Protocol candidate : registry.heuristics(list)) {
            if (((HeuristicDissector) candidate.dissector()).accepts(data, this)) {
                return candidate;
            }
        }
        return null;
    }

    /** Dissects `data` with the protocol of this id (a dissector handle, as for the header an ICMP error quotes). */
    public boolean callProtocol(String protocolId, ByteView data, Item parent) {
        Protocol protocol = registry.protocol(protocolId);
        if (protocol == null) {
            return false;
        }
        run(protocol, data, parent);
        return true;
    }

    /** Shows `data` as undissected bytes (the `data` protocol). */
    public void callData(ByteView data, Item parent) {
        if (data.length() > 0 || data.reportedLength() > 0) {
            callProtocol("data", data, parent);
        }
    }

    /** Binds the current transport conversation (addresses, ports) to a protocol for the rest of the capture. */
    public void bindConversation(String protocolId) {
        Protocol protocol = registry.protocol(protocolId);
        if (session != null && protocol != null) {
            session.bind(conversationKey(), protocol);
        }
    }

    private String conversationKey() {
        String a = netSource + "/" + sourcePort;
        String b = netDestination + "/" + destinationPort;
        return transport + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
    }

    void run(Protocol protocol, ByteView data, Item parent) {
        if (depth >= MAX_DEPTH) {
            parent.expert(Severity.ERROR, "Too many protocol layers: " + protocol.name() + " not dissected");
            return;
        }
        layers.append(layers.isEmpty() ? "" : ":").append(protocol.filterPrefix());
        depth++;
        try {
            protocol.dissector().dissect(data, this, parent);
        } catch (TruncatedException e) {
            markShort(protocol, e, parent);
        } catch (RuntimeException e) {
            // a dissector bug must cost one packet's dissection, never the run
            parent.expert(Severity.ERROR, "Dissector bug, protocol " + protocol.name() + ": " + e);
            malformed = true;
        } finally {
            depth--;
        }
    }

    private void markShort(Protocol protocol, TruncatedException e, Item parent) {
        int length = Math.max(0, frame.capturedLength() - e.frameOffset());
        if (e.malformed()) {
            malformed = true;
            appendInfo("[Malformed Packet]");
            root.add(registry.malformedField(), null, 0, 0, (Object) null)
                    .text("[Malformed Packet: " + protocol.name() + "]")
                    .expert(Severity.ERROR, "Malformed Packet (Exception occurred)");
        } else {
            appendInfo("[Packet size limited during capture]");
            parent.addText(null, 0, 0, "[Packet size limited during capture: " + protocol.name() + " truncated]");
        }
        experts.add(new Expert(Severity.ERROR, e.getMessage(), e.frameOffset(), length));
    }

    void addExpert(Expert expert) {
        experts.add(expert);
    }

    // --- what lower layers tell upper ones ------------------------------------------------------------------

    /** Network addresses as text, as IP dissectors set them; also the default Source/Destination columns. */
    public void setNetAddresses(String source, String destination) {
        setNetAddresses(source, destination, null, null);
    }

    /**
     * Network addresses as text and as their 4 or 16 bytes (kept, not copied), which an upper layer's checksum
     * covers in its pseudo-header.
     */
    public void setNetAddresses(String source, String destination, byte[] sourceBytes, byte[] destinationBytes) {
        this.netSource = source;
        this.netDestination = destination;
        this.netSourceBytes = sourceBytes;
        this.netDestinationBytes = destinationBytes;
        this.source = source;
        this.destination = destination;
    }

    /** The transport protocol and ports of the payload being dissected. */
    public void setPorts(String transport, int sourcePort, int destinationPort) {
        this.transport = transport;
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
    }

    public String netSource() {
        return netSource;
    }

    public String netDestination() {
        return netDestination;
    }

    /** The bytes of {@link #netSource()}, or null when the network layer gave only its text. */
    public byte[] netSourceBytes() {
        return netSourceBytes;
    }

    /** The bytes of {@link #netDestination()}, or null when the network layer gave only its text. */
    public byte[] netDestinationBytes() {
        return netDestinationBytes;
    }

    public int sourcePort() {
        return sourcePort;
    }

    public int destinationPort() {
        return destinationPort;
    }

    // --- columns --------------------------------------------------------------------------------------------

    public void setProtocolColumn(String protocol) {
        this.protocolColumn = protocol;
    }

    public void setColumns(String source, String destination) {
        this.source = source;
        this.destination = destination;
    }

    public void setInfo(String text) {
        info.setLength(0);
        info.append(text);
    }

    /** Appends to the Info column, separated by a space. */
    public void appendInfo(String text) {
        if (!info.isEmpty()) {
            info.append(' ');
        }
        info.append(text);
    }

    public String protocolColumn() {
        return protocolColumn;
    }

    public String source() {
        return source;
    }

    public String destination() {
        return destination;
    }

    public String info() {
        return info.toString();
    }

    /**
     * Saves the columns and what lower layers told upper ones, so that a layer which must not take them over (the
     * datagram an ICMP error quotes: Wireshark keeps the columns read-only meanwhile) can be dissected before
     * {@link #restoreColumns}.
     */
    public Columns saveColumns() {
        return new Columns(this);
    }

    /** Puts back what {@link #saveColumns()} saved; Info keeps the mark of a packet found malformed since. */
    public void restoreColumns(Columns saved) {
        setNetAddresses(saved.netSource, saved.netDestination, saved.netSourceBytes, saved.netDestinationBytes);
        setColumns(saved.source, saved.destination);
        setPorts(saved.transport, saved.sourcePort, saved.destinationPort);
        protocolColumn = saved.protocol;
        setInfo(saved.info);
        if (malformed && !saved.malformed) {
            appendInfo("[Malformed Packet]");
        }
    }

    /** What {@link #saveColumns()} saves. */
    public static final class Columns {
        private final String protocol;
        private final String info;
        private final String source;
        private final String destination;
        private final String netSource;
        private final String netDestination;
        private final byte[] netSourceBytes;
        private final byte[] netDestinationBytes;
        private final String transport;
        private final int sourcePort;
        private final int destinationPort;
        private final boolean malformed;

        private Columns(Packet packet) {
            protocol = packet.protocolColumn;
            info = packet.info.toString();
            source = packet.source;
            destination = packet.destination;
            netSource = packet.netSource;
            netDestination = packet.netDestination;
            netSourceBytes = packet.netSourceBytes;
            netDestinationBytes = packet.netDestinationBytes;
            transport = packet.transport;
            sourcePort = packet.sourcePort;
            destinationPort = packet.destinationPort;
            malformed = packet.malformed;
        }
    }

    /** The protocol stack, `eth:ethertype:ip:tcp` (Wireshark's frame.protocols). */
    public String layers() {
        return layers.toString();
    }

    public List<Expert> experts() {
        return experts;
    }

    /** True when some layer was too short for what its headers announced. */
    public boolean malformed() {
        return malformed;
    }

    /**
     * State a dissector keeps across the frames of one capture (TCP sequence bases, request/response
     * matching), created on first use under `key`. Dissectors keep no such state themselves: one registry
     * serves many captures and passes at once. Without a session every call gets a fresh object.
     */
    public <T> T sessionState(Object key, java.util.function.Supplier<T> create) {
        return session == null ? create.get() : session.state(key, create);
    }
}
