package org.wirebench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The dissection of one frame in progress and its result (Wireshark's packet_info): the columns, the protocol
 * stack, the addresses and ports lower layers found, the expert items, and the tree when one is kept.
 */
public final class Packet {
    private static final int MAX_DEPTH = 48;

    private static final int TEXT = 0;
    private static final int ETHER = 1;
    private static final int IPV4 = 2;
    private static final int IPV6 = 3;

    private final DissectorRegistry registry;
    private final Session session;
    private final Frame frame;
    private final Item root;
    /** Where the dissectors add: the root, or a stand-in that keeps only wanted fields. */
    private final Item into;
    /** The protocols run so far, in order: {@link #layers()} is rendered from them only when asked. */
    private Protocol[] layers = new Protocol[6];
    private int layerCount;
    /** The Info column while the frame is dissected (a builder the session lends), else null. */
    private StringBuilder info;
    /** The Info column once the dissection is over. */
    private String finishedInfo;
    private List<Expert> experts;
    private String protocolColumn = "";
    /*
     * The Source and Destination columns and the network addresses are kept as the lower layers give them (text,
     * a MAC or IPv4 address as a number, an IPv6 address as its bytes) and rendered as text once, when asked: a
     * summary pass that asks only for Info makes no address strings.
     */
    private int columnKind = TEXT;
    private String source = "";
    private String destination = "";
    private long columnSource;
    private long columnDestination;
    private byte[] columnSourceBytes;
    private byte[] columnDestinationBytes;
    private int netKind = TEXT;
    private String netSource = "";
    private String netDestination = "";
    private int ipv4Source;
    private int ipv4Destination;
    private byte[] netSourceBytes;
    private byte[] netDestinationBytes;
    private String transport = "";
    private int sourcePort = -1;
    private int destinationPort = -1;
    private boolean malformed;
    private int depth;
    /** How many quoted packets (an ICMP error's) are being dissected: nothing in them is reassembled. */
    private int quoting;
    /** The depth of the dissector that may ask the transport for more bytes, -1 when none may. */
    private int desegmentDepth = -1;
    private DesegmentRequest desegmentRequest;
    private List<DataSource> dataSources;

    private final long relativeNanos;
    private final long deltaNanos;

    Packet(DissectorRegistry registry, Session session, Frame frame, boolean tree, long relativeNanos, long deltaNanos) {
        this(registry, session, frame, tree, null, relativeNanos, deltaNanos);
    }

    /** `wanted` not null: only the items of those fields are kept, under the root, as {@link Item#collecting} says. */
    Packet(DissectorRegistry registry, Session session, Frame frame, boolean tree, FieldSet wanted, long relativeNanos,
            long deltaNanos) {
        this.relativeNanos = relativeNanos;
        this.deltaNanos = deltaNanos;
        this.registry = registry;
        this.session = session;
        this.frame = frame;
        this.root = tree || wanted != null ? Item.root(this) : Item.ignoring(this);
        this.into = wanted == null ? root : Item.collecting(this, root, wanted);
        this.info = session == null ? new StringBuilder(112) : session.lendInfo();
    }

    /** Ends the dissection: Info becomes a string, and the builder goes back to the session. */
    void finish() {
        StringBuilder built = info;
        if (built != null) {
            finishedInfo = built.toString();
            info = null;
            if (session != null) {
                session.returnInfo(built);
            }
        }
    }

    /** The Info builder, made again from the finished text when a caller edits Info after the dissection. */
    private StringBuilder editableInfo() {
        StringBuilder built = info;
        if (built == null) {
            built = info = new StringBuilder(finishedInfo);
            finishedInfo = null;
        }
        return built;
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

    /** The tree's root; in a summary pass an item that keeps nothing; for wanted fields, their items. */
    public Item tree() {
        return root;
    }

    /** The item the first dissector adds to. */
    Item dissectionRoot() {
        return into;
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
        DissectorRegistry.Table entries = registry.table(table);
        if (protocol == null && entries != null) {
            protocol = entries.lookup(Math.min(sourcePort, destinationPort));
            if (protocol == null) {
                protocol = entries.lookup(Math.max(sourcePort, destinationPort));
            }
        }
        if (protocol == null) {
            protocol = heuristic(entries != null ? entries.heuristics() : registry.heuristics(transportOf(table)), data);
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

    /** The heuristic list of a port table: `tcp` for `tcp.port`. */
    static String transportOf(String table) {
        int dot = table.indexOf('.');
        return dot < 0 ? table : table.substring(0, dot);
    }

    private Protocol heuristic(String list, ByteView data) {
        return heuristic(registry.heuristics(list), data);
    }

    private Protocol heuristic(List<Protocol> candidates, ByteView data) {
        for (int i = 0, n = candidates.size(); i < n; i++) {
            Protocol candidate = candidates.get(i);
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

    /**
     * {@link #callPorts} for a transport that reassembles (TCP): the dissector it reaches may ask for more bytes
     * ({@link #desegment}). Returns what it asked, or null when its PDUs ended within `data`.
     */
    public DesegmentRequest callPortsDesegmenting(String table, int sourcePort, int destinationPort, ByteView data, Item parent) {
        int outerDepth = desegmentDepth;
        desegmentDepth = depth + 1;
        desegmentRequest = null;
        try {
            callPorts(table, sourcePort, destinationPort, data, parent);
            return desegmentRequest;
        } finally {
            desegmentDepth = outerDepth;
            desegmentRequest = null;
        }
    }

    /**
     * Whether the dissector being run may ask for more bytes: it was called by a transport that reassembles, on
     * bytes not quoted by an ICMP error. Otherwise it dissects what it has.
     */
    public boolean canDesegment() {
        return depth == desegmentDepth && quoting == 0;
    }

    /**
     * Asks the transport for more bytes: the PDU starting at `offset` of the bytes this dissector got needs `more`
     * bytes after their end ({@link DesegmentRequest#ONE_MORE_SEGMENT} when unknown). The dissector then stops;
     * it is called again with the PDU whole, in the frame that completes it. Ignored unless {@link #canDesegment()}.
     */
    public void desegment(int offset, int more) {
        if (canDesegment()) {
            desegmentRequest = new DesegmentRequest(offset, more);
        }
    }

    /** Makes `source` one of this packet's data sources, which the hex view shows beside the frame. */
    public void addDataSource(DataSource source) {
        if (dataSources == null) {
            dataSources = new ArrayList<>(2);
        }
        dataSources.add(source);
    }

    /** The reassembled bytes this packet's items may point into, besides the frame, in the order they were made. */
    public List<DataSource> dataSources() {
        return dataSources == null ? List.of() : dataSources;
    }

    /** True while a packet quoted by an ICMP error is dissected ({@link #saveColumns()}): no reassembly in it. */
    public boolean inErrorPacket() {
        return quoting > 0;
    }

    /** Binds the current transport conversation (addresses, ports) to a protocol for the rest of the capture. */
    public void bindConversation(String protocolId) {
        Protocol protocol = registry.protocol(protocolId);
        if (session != null && protocol != null) {
            session.bind(conversationKey(), protocol);
        }
    }

    private String conversationKey() {
        String a = netSource() + "/" + sourcePort;
        String b = netDestination() + "/" + destinationPort;
        return transport + " " + (a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
    }

    void run(Protocol protocol, ByteView data, Item parent) {
        if (depth >= MAX_DEPTH) {
            parent.expert(Severity.ERROR, "Too many protocol layers: " + protocol.name() + " not dissected");
            return;
        }
        if (layerCount == layers.length) {
            layers = java.util.Arrays.copyOf(layers, 2 * layerCount);
        }
        int layersBefore = layerCount;
        layers[layerCount++] = protocol;
        depth++;
        try {
            protocol.dissector().dissect(data, this, parent);
            if (depth == desegmentDepth && desegmentRequest != null && desegmentRequest.offset() == 0) {
                // it dissected nothing yet: the layer shows in the frame that completes the PDU, as in Wireshark
                layerCount = layersBefore;
            }
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
        addExpert(new Expert(Severity.ERROR, e.getMessage(), e.frameOffset(), length));
    }

    void addExpert(Expert expert) {
        if (experts == null) {
            experts = new ArrayList<>(2);
        }
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
        this.netKind = TEXT;
        this.netSource = source;
        this.netDestination = destination;
        this.netSourceBytes = sourceBytes;
        this.netDestinationBytes = destinationBytes;
        this.columnKind = TEXT;
        this.source = source;
        this.destination = destination;
    }

    /**
     * IPv4 network addresses (also the default Source/Destination columns), kept as numbers: their text and bytes
     * ({@link #netSource()}, {@link #netSourceBytes()}) are made only when asked for.
     */
    public void setIpv4Addresses(int source, int destination) {
        this.netKind = IPV4;
        this.ipv4Source = source;
        this.ipv4Destination = destination;
        this.netSource = null;
        this.netDestination = null;
        this.netSourceBytes = null;
        this.netDestinationBytes = null;
        this.columnKind = IPV4;
        this.columnSource = source & 0xffff_ffffL;
        this.columnDestination = destination & 0xffff_ffffL;
        this.source = null;
        this.destination = null;
    }

    /**
     * IPv6 network addresses (also the default Source/Destination columns) as their 16 bytes (kept, not copied):
     * their text is made only when asked for.
     */
    public void setIpv6Addresses(byte[] source, byte[] destination) {
        this.netKind = IPV6;
        this.netSource = null;
        this.netDestination = null;
        this.netSourceBytes = source;
        this.netDestinationBytes = destination;
        this.columnKind = IPV6;
        this.columnSourceBytes = source;
        this.columnDestinationBytes = destination;
        this.source = null;
        this.destination = null;
    }

    /** True when the network addresses are IPv4 addresses given as numbers ({@link #setIpv4Addresses}). */
    public boolean hasIpv4Addresses() {
        return netKind == IPV4;
    }

    /**
     * True when the network addresses are IPv6 addresses given as bytes ({@link #setIpv6Addresses}): 16 bytes
     * each in {@link #netSourceBytes()} and {@link #netDestinationBytes()}.
     */
    public boolean hasIpv6Addresses() {
        return netKind == IPV6;
    }

    /** The IPv4 source address as a number; meaningful when {@link #hasIpv4Addresses()}. */
    public int ipv4Source() {
        return ipv4Source;
    }

    /** The IPv4 destination address as a number; meaningful when {@link #hasIpv4Addresses()}. */
    public int ipv4Destination() {
        return ipv4Destination;
    }

    /** The transport protocol and ports of the payload being dissected. */
    public void setPorts(String transport, int sourcePort, int destinationPort) {
        this.transport = transport;
        this.sourcePort = sourcePort;
        this.destinationPort = destinationPort;
    }

    public String netSource() {
        String text = netSource;
        if (text == null) {
            text = netSource = netKind == IPV6 ? Addresses.ipv6(netSourceBytes) : Addresses.ipv4(ipv4Source & 0xffff_ffffL);
        }
        return text;
    }

    public String netDestination() {
        String text = netDestination;
        if (text == null) {
            text = netDestination = netKind == IPV6 ? Addresses.ipv6(netDestinationBytes) : Addresses.ipv4(ipv4Destination & 0xffff_ffffL);
        }
        return text;
    }

    /** The bytes of {@link #netSource()}, or null when the network layer gave only its text. */
    public byte[] netSourceBytes() {
        if (netSourceBytes == null && netKind == IPV4) {
            netSourceBytes = ipv4Bytes(ipv4Source);
        }
        return netSourceBytes;
    }

    /** The bytes of {@link #netDestination()}, or null when the network layer gave only its text. */
    public byte[] netDestinationBytes() {
        if (netDestinationBytes == null && netKind == IPV4) {
            netDestinationBytes = ipv4Bytes(ipv4Destination);
        }
        return netDestinationBytes;
    }

    private static byte[] ipv4Bytes(int address) {
        return new byte[] { (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address };
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
        this.columnKind = TEXT;
        this.source = source;
        this.destination = destination;
    }

    /** Source and Destination columns of two MAC addresses (48 bits each), rendered `aa:bb:cc:dd:ee:ff` when asked. */
    public void setEtherColumns(long source, long destination) {
        this.columnKind = ETHER;
        this.columnSource = source;
        this.columnDestination = destination;
        this.source = null;
        this.destination = null;
    }

    public void setInfo(String text) {
        StringBuilder info = editableInfo();
        info.setLength(0);
        info.append(text);
    }

    /** Appends to the Info column, separated by a space. */
    public void appendInfo(String text) {
        StringBuilder info = editableInfo();
        if (!info.isEmpty()) {
            info.append(' ');
        }
        info.append(text);
    }

    /**
     * The Info column being built, to append to in place (numbers without making strings of them). What is
     * appended shows at once, as with {@link #appendInfo}; no separator is added.
     */
    public StringBuilder infoText() {
        return editableInfo();
    }

    public String protocolColumn() {
        return protocolColumn;
    }

    public String source() {
        String text = source;
        if (text == null) {
            text = source = switch (columnKind) {
                case ETHER -> etherColumn(columnSource);
                case IPV6 -> Addresses.ipv6(columnSourceBytes);
                default -> Addresses.ipv4(columnSource);
            };
        }
        return text;
    }

    public String destination() {
        String text = destination;
        if (text == null) {
            text = destination = switch (columnKind) {
                case ETHER -> etherColumn(columnDestination);
                case IPV6 -> Addresses.ipv6(columnDestinationBytes);
                default -> Addresses.ipv4(columnDestination);
            };
        }
        return text;
    }

    private String etherColumn(long mac) {
        if (session == null || !session.resolvesMacVendors()) {
            return Addresses.ether(mac);
        }
        byte[] bytes = new byte[6];
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (mac >>> (40 - 8 * i));
        }
        return Names.ether(bytes, 0);
    }

    /** Appends a port to Info: the number, or `http(80)` when the session resolves transport names and knows the port. */
    public StringBuilder appendPort(StringBuilder info, String transport, int port) {
        String name = session != null && session.resolvesPorts() ? Names.service(transport, port) : null;
        return name == null ? info.append(port) : info.append(name).append('(').append(port).append(')');
    }

    public String info() {
        StringBuilder built = info;
        return built != null ? built.toString() : finishedInfo;
    }

    /**
     * Saves the columns and what lower layers told upper ones, so that a layer which must not take them over (the
     * datagram an ICMP error quotes: Wireshark keeps the columns read-only meanwhile) can be dissected before
     * {@link #restoreColumns}. Until then the packet is {@link #inErrorPacket() in an error packet}.
     */
    public Columns saveColumns() {
        quoting++;
        return new Columns(this);
    }

    /** Puts back what {@link #saveColumns()} saved; Info keeps the mark of a packet found malformed since. */
    public void restoreColumns(Columns saved) {
        quoting--;
        netKind = saved.netKind;
        netSource = saved.netSource;
        netDestination = saved.netDestination;
        netSourceBytes = saved.netSourceBytes;
        netDestinationBytes = saved.netDestinationBytes;
        ipv4Source = saved.ipv4Source;
        ipv4Destination = saved.ipv4Destination;
        columnKind = saved.columnKind;
        source = saved.source;
        destination = saved.destination;
        columnSource = saved.columnSource;
        columnDestination = saved.columnDestination;
        columnSourceBytes = saved.columnSourceBytes;
        columnDestinationBytes = saved.columnDestinationBytes;
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
        private final int netKind;
        private final int ipv4Source;
        private final int ipv4Destination;
        private final int columnKind;
        private final long columnSource;
        private final long columnDestination;
        private final byte[] columnSourceBytes;
        private final byte[] columnDestinationBytes;
        private final String transport;
        private final int sourcePort;
        private final int destinationPort;
        private final boolean malformed;

        private Columns(Packet packet) {
            protocol = packet.protocolColumn;
            info = packet.info();
            source = packet.source;
            destination = packet.destination;
            netSource = packet.netSource;
            netDestination = packet.netDestination;
            netSourceBytes = packet.netSourceBytes;
            netDestinationBytes = packet.netDestinationBytes;
            netKind = packet.netKind;
            ipv4Source = packet.ipv4Source;
            ipv4Destination = packet.ipv4Destination;
            columnKind = packet.columnKind;
            columnSource = packet.columnSource;
            columnDestination = packet.columnDestination;
            columnSourceBytes = packet.columnSourceBytes;
            columnDestinationBytes = packet.columnDestinationBytes;
            transport = packet.transport;
            sourcePort = packet.sourcePort;
            destinationPort = packet.destinationPort;
            malformed = packet.malformed;
        }
    }

    /** The protocol stack, `eth:ethertype:ip:tcp` (Wireshark's frame.protocols). */
    public String layers() {
        StringBuilder text = new StringBuilder(8 * layerCount);
        for (int i = 0; i < layerCount; i++) {
            if (i > 0) {
                text.append(':');
            }
            text.append(layers[i].filterPrefix());
        }
        return text.toString();
    }

    /** The number of protocols in {@link #layers()}. */
    public int layerCount() {
        return layerCount;
    }

    /** The `index`th protocol of {@link #layers()}, from 0. */
    public Protocol layer(int index) {
        java.util.Objects.checkIndex(index, layerCount);
        return layers[index];
    }

    public List<Expert> experts() {
        if (experts == null) {
            experts = new ArrayList<>(2);
        }
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
