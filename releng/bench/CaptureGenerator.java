import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.pcap.CaptureWriter;
import org.wirebench.pcap.TimestampResolution;

/**
 * Writes a synthetic but realistic capture for the engine benchmark (releng/bench/engine), with Wirebench's own
 * writer:
 *
 * <pre>
 * java -cp CORE_JAR:PCAP_JAR releng/bench/CaptureGenerator.java OUT.pcapng|OUT.pcap [PACKETS] [SEED]
 * </pre>
 *
 * The same packets and seed give the same bytes. The capture is what a lab switch's mirror port would see
 * (Ethernet II, IPv4, frames under 60 bytes padded as on the wire, no FCS), about 180 k packets/s:
 * <ul>
 * <li>three iperf-like TCP bulk flows to port 5001, one connection after another per flow: handshake with
 * MSS/SACK/timestamps/window scale, 1448-byte segments in TSO-like bursts, an ACK every other segment, ~0.5% of
 * segments lost beyond the mirror, duplicate ACKs with SACK blocks, a fast retransmission a few ms later,
 * FIN teardown;</li>
 * <li>a SiTCP-like readout module 192.168.10.16: runs started and stopped over RBCP (UDP 4660), fixed-length
 * 1024-byte events over TCP port 24 to the DAQ host, status registers polled every 100 ms;</li>
 * <li>DNS over UDP 53: A and AAAA lookups in pairs, as glibc sends them, answered with compressed names,
 * CNAME chains, negative answers with an SOA, and an NXDOMAIN now and then;</li>
 * <li>ARP who-has and is-at now and then, a few unanswered, a few gratuitous.</li>
 * </ul>
 * Every kind of traffic is a {@link Source} that generates its packets a little ahead of time; a {@link Mixer}
 * merges them in time order. Only the JDK and the two Wirebench jars are used.
 */
public final class CaptureGenerator {
    static final long US = 1_000;
    static final long MS = 1_000_000;
    /** A fixed start, so that a seed always gives the same file. */
    static final long START = Instant.parse("2026-03-02T09:30:00Z").getEpochSecond() * 1_000_000_000L;

    private CaptureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: java -cp CORE_JAR:PCAP_JAR CaptureGenerator.java OUT.pcapng|OUT.pcap [PACKETS] [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int packets = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Mixer mixer = Mixer.lab(seed);
        // unknown FCS length (-1): a mirror port strips the FCS, and pcap then keeps its plain link type field
        CaptureInterface mirror = new CaptureInterface(0, LinkType.ETHERNET, 262144, "mirror0",
                "lab switch mirror port (synthetic)", -1);
        TimestampResolution nanos = TimestampResolution.NANOSECONDS;
        CaptureWriter writer;
        if (out.getFileName().toString().endsWith(".pcap")) {
            writer = CaptureWriter.pcap(out, mirror, nanos);
        } else {
            writer = CaptureWriter.pcapng(out, "Wirebench benchmark capture: " + packets + " packets, seed " + seed
                    + ", written by releng/bench/CaptureGenerator.java");
            writer.addInterface(mirror, nanos);
        }
        // not try-with-resources: close() renames the temporary file to OUT, which a failed run must not do
        Frame frame = new Frame();
        long last = 0;
        for (int number = 1; number <= packets; number++) {
            Pending packet = mixer.next();
            byte[] bytes = packet.frame();
            frame.set(number, packet.time(), bytes, bytes.length, bytes.length, mirror, null);
            writer.write(frame);
            last = packet.time();
        }
        writer.close();
        System.err.printf("%s: %,d packets, %,d bytes, %.3f s of traffic (%,.0f packets/s), seed %d%n", out, packets,
                Files.size(out), (last - START) / 1e9, packets / ((last - START) / 1e9), seed);
        for (Source source : mixer.sources) {
            System.err.printf("  %-28s %,9d packets%s%n", source.name, source.packets, source.notes());
        }
    }

    /** A generated packet: when it passes the mirror, and its Ethernet frame. */
    record Pending(long time, long order, byte[] frame) {
    }

    /** A station: its address, its MAC as the mirror sees it (a router's for remote hosts), its packets' TTL there. */
    record Host(int ip, long mac, int ttl) {
        /** A host on the mirrored segment; the MAC is made from the address (locally administered 02:00:...). */
        static Host local(String address) {
            int ip = Wire.ipv4(address);
            return new Host(ip, 0x02_00_00_00_00_00L | (ip & 0xffff_ffffL), 64);
        }

        /** A host `hops` routers away, reached through `gateway`. */
        static Host remote(String address, Host gateway, int hops) {
            return new Host(Wire.ipv4(address), gateway.mac(), 64 - hops);
        }
    }

    /** Merges the sources' packets in time order: each source is keyed by the time of its next packet. */
    static final class Mixer {
        private record Entry(long time, int index, Source source) {
        }

        final List<Source> sources;
        private final PriorityQueue<Entry> queue = new PriorityQueue<>(
                Comparator.comparingLong(Entry::time).thenComparingInt(Entry::index));

        Mixer(List<Source> sources) {
            this.sources = sources;
            for (int i = 0; i < sources.size(); i++) {
                queue.add(new Entry(sources.get(i).peek().time(), i, sources.get(i)));
            }
        }

        /** The lab: who talks to whom. Each source gets its own random stream, split off in a fixed order. */
        static Mixer lab(long seed) {
            SplittableRandom root = new SplittableRandom(seed);
            Host gateway = Host.local("10.0.0.1");
            Host resolver = Host.local("10.0.0.53");
            List<Host> clients = new ArrayList<>();
            for (int i = 21; i <= 40; i++) {
                clients.add(Host.local("10.0.0." + i));
            }
            Host daqHost = Host.local("192.168.10.1");
            Host module = Host.local("192.168.10.16");
            List<Source> sources = List.of(
                    // ~35, 28 and 20 k segments/s after slowing down for losses; round trips give fast retransmissions 1.5 to 4 ms on
                    new BulkTcp("TCP bulk 10.0.0.21 -> 10.1.0.10", root.split(), clients.get(0),
                            Host.remote("10.1.0.10", gateway, 2), 1_500 * US, 22 * US),
                    new BulkTcp("TCP bulk 10.0.0.22 -> 10.1.0.10", root.split(), clients.get(1),
                            Host.remote("10.1.0.10", gateway, 2), 2_500 * US, 28 * US),
                    new BulkTcp("TCP bulk 10.0.0.23 -> 10.2.0.10", root.split(), clients.get(2),
                            Host.remote("10.2.0.10", gateway, 3), 4_000 * US, 40 * US),
                    new SitcpReadout("SiTCP readout + RBCP", root.split(), daqHost, module),
                    new DnsLookups("DNS", root.split(), clients, resolver),
                    new ArpChatter("ARP", root.split(), List.of(gateway, resolver, clients.get(0), clients.get(1),
                            clients.get(2), clients.get(5), clients.get(9)), daqHost, module));
            return new Mixer(sources);
        }

        Pending next() {
            Entry entry = queue.poll();
            Pending packet = entry.source().take();
            queue.add(new Entry(entry.source().peek().time(), entry.index(), entry.source()));
            return packet;
        }
    }

    /**
     * One kind of traffic. Its packets wait in time order in `pending`; a packet can be handed out once no later
     * step can add one before it, that is once it is not after {@link #horizon()}. Sources never run dry: the
     * capture simply stops after the number of packets asked for, cutting flows as a real capture does.
     */
    abstract static class Source {
        final String name;
        final SplittableRandom random;
        long packets;
        private final PriorityQueue<Pending> pending = new PriorityQueue<>(
                Comparator.comparingLong(Pending::time).thenComparingLong(Pending::order));
        private long order;

        Source(String name, SplittableRandom random) {
            this.name = name;
            this.random = random;
        }

        /** The earliest time at which {@link #step()} can add a packet. */
        abstract long horizon();

        /** Does what happens at {@link #horizon()}, adding packets at or after it, and moves the horizon on. */
        abstract void step();

        /** Counts worth printing at the end. */
        String notes() {
            return "";
        }

        final void emit(long time, byte[] frame) {
            pending.add(new Pending(time, order++, frame));
        }

        final Pending peek() {
            while (pending.isEmpty() || pending.peek().time() > horizon()) {
                step();
            }
            return pending.peek();
        }

        final Pending take() {
            packets++;
            return pending.poll();
        }

        long between(long low, long high) {
            return random.nextLong(low, high + 1);
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        /** An exponentially distributed wait: arrivals that do not know about each other. */
        long exponential(long mean) {
            return (long) (-Math.log(1 - random.nextDouble()) * mean);
        }

        int ephemeralPort() {
            return random.nextInt(32768, 61000); // Linux's default ip_local_port_range
        }

        long clock(long time, long offset) {
            return (offset + (time - START) / MS) & 0xffff_ffffL; // TCP timestamps tick in ms on Linux
        }
    }

    /** A TCP connection's two ends and their IP ID counters (Linux counts per connection from a random start). */
    static final class Conn {
        final Host client;
        final int clientPort;
        final Host server;
        final int serverPort;
        final boolean serverDf;
        int clientId;
        int serverId;

        Conn(Host client, int clientPort, Host server, int serverPort, boolean serverDf, SplittableRandom random) {
            this.client = client;
            this.clientPort = clientPort;
            this.server = server;
            this.serverPort = serverPort;
            this.serverDf = serverDf;
            this.clientId = random.nextInt(0x10000);
            this.serverId = random.nextInt(0x10000);
        }

        byte[] fromClient(long seq, long ack, int flags, int window, byte[] options, byte[] payload, int offset, int length) {
            return Wire.tcp(client, clientPort, server, serverPort, clientId++, true, seq, ack, flags, window, options,
                    payload, offset, length);
        }

        byte[] fromServer(long seq, long ack, int flags, int window, byte[] options, byte[] payload, int offset, int length) {
            return Wire.tcp(server, serverPort, client, clientPort, serverId++, serverDf, seq, ack, flags, window,
                    options, payload, offset, length);
        }
    }

    /**
     * iperf-like bulk transfer from a client to port 5001, seen at the client's side. A lost segment passes the
     * mirror and is lost further on, so the capture shows it, then the receiver's duplicate ACKs with SACK blocks,
     * then the fast retransmission after the third of them, about a round trip later.
     */
    static final class BulkTcp extends Source {
        private static final int MSS = 1448; // 1500 - 20 IP - 20 TCP - 12 timestamp option
        private static final double LOSS = 0.005;
        private static final long WIRE_GAP = 1_300; // back-to-back 1514-byte frames at 10 Gbit/s
        private static final int CLIENT_WINDOW = 502; // x 128 (window scale 7)
        private static final int SERVER_WINDOW = 3127;
        private static final byte[] PATTERN = ("0123456789".repeat(MSS / 10 + 2)).getBytes(US_ASCII); // iperf's fill

        private final Host client;
        private final Host server;
        private final long rtt;
        private final long meanGap;
        private Conn conn;
        private boolean connected;
        private long next; // the sender's next action: connect, send, or close
        private long iss;
        private long irs;
        private long clientTs;
        private long serverTs;
        // sender
        private long sndNxt;
        private int segments;
        private int sent;
        private int burstLeft;
        private int slowLeft;
        private int slowStartBurst; // segments per round trip while in slow start, 0 after it
        private long roundStart;
        private final List<long[]> awaiting = new ArrayList<>(); // lost segments: {offset, duplicate ACKs seen}
        private final PriorityQueue<long[]> retransmits = new PriorityQueue<>(Comparator.comparingLong(r -> r[0]));
        // receiver
        private long rcvNxt;
        private final TreeMap<Long, Long> outOfOrder = new TreeMap<>();
        private boolean ackOwed;
        private long lastAckAt;
        // totals
        private long connections;
        private long lost;
        private long retransmitted;

        BulkTcp(String name, SplittableRandom random, Host client, Host server, long rtt, long meanGap) {
            super(name, random);
            this.client = client;
            this.server = server;
            this.rtt = rtt;
            this.meanGap = meanGap;
            this.next = START + between(0, 20 * MS);
        }

        @Override
        String notes() {
            return String.format(", %d connections, %d segments lost, %d retransmitted", connections, lost, retransmitted);
        }

        @Override
        long horizon() {
            return connected && !retransmits.isEmpty() ? Math.min(next, retransmits.peek()[0]) : next;
        }

        @Override
        void step() {
            if (!connected) {
                open(next);
                return;
            }
            boolean dataLeft = sent < segments;
            if (!retransmits.isEmpty() && (retransmits.peek()[0] <= next || !dataLeft)) {
                long[] retransmit = retransmits.poll();
                send(retransmit[0], retransmit[1], true);
                if (!dataLeft) {
                    next = Math.max(next, retransmit[0] + rtt + 50 * US); // close once it is acknowledged
                }
            } else if (dataLeft) {
                send(next, sndNxt, false);
                sndNxt += MSS;
                sent++;
                next += gap(next);
            } else if (!awaiting.isEmpty()) {
                // a loss in the last segments: too few duplicate ACKs follow, the loss probe timer resends
                for (long[] loss : awaiting) {
                    retransmits.add(new long[] { next + 2 * rtt, loss[0] });
                }
                awaiting.clear();
                next += 2 * rtt;
            } else {
                close(next);
            }
        }

        private void open(long t) {
            conn = new Conn(client, ephemeralPort(), server, 5001, true, random);
            iss = random.nextLong(1L << 32);
            irs = random.nextLong(1L << 32);
            clientTs = random.nextLong(1L << 32); // Linux gives each connection its own timestamp offset
            serverTs = random.nextLong(1L << 32);
            emit(t, conn.fromClient(iss, 0, Wire.SYN, 64240, Wire.synOptions(1460, clock(t, clientTs), 0, 7), null, 0, 0));
            long synAck = t + rtt;
            emit(synAck, conn.fromServer(irs, iss + 1, Wire.SYN | Wire.ACK, 65160,
                    Wire.synOptions(1460, clock(t + rtt / 2, serverTs), clock(t, clientTs), 7), null, 0, 0));
            long ack = synAck + between(10, 30) * US;
            emit(ack, conn.fromClient(iss + 1, irs + 1, Wire.ACK, CLIENT_WINDOW,
                    Wire.timestamps(clock(ack, clientTs), clock(t + rtt / 2, serverTs)), null, 0, 0));
            connected = true;
            connections++;
            sndNxt = 0;
            rcvNxt = 0;
            sent = 0;
            segments = (int) between(20_000, 120_000);
            slowLeft = 0;
            next = ack + between(40, 120) * US;
            slowStartBurst = 10; // Linux's initial window
            burstLeft = slowStartBurst;
            roundStart = next;
            outOfOrder.clear();
            ackOwed = false;
            lastAckAt = ack;
        }

        /**
         * The time to the next segment after one sent at `t`. Slow start first: a burst per round trip, doubling,
         * until the flow's rate is reached; then TSO-like bursts at line rate, with idle time between them that
         * makes the flow's mean rate.
         */
        private long gap(long t) {
            if (slowStartBurst > 0) {
                if (--burstLeft > 0) {
                    return WIRE_GAP + random.nextLong(200);
                }
                slowStartBurst *= 2;
                if (slowStartBurst * meanGap < rtt) { // the next round starts when the ACKs of this one come back
                    burstLeft = slowStartBurst;
                    roundStart += rtt + between(20, 60) * US;
                    return Math.max(WIRE_GAP, roundStart - t);
                }
                slowStartBurst = 0;
            }
            if (slowLeft > 0) {
                slowLeft--;
            }
            if (--burstLeft > 0) {
                return WIRE_GAP + random.nextLong(200);
            }
            burstLeft = random.nextInt(4, 17);
            long mean = slowLeft > 0 ? 2 * meanGap : meanGap; // congestion window halved after a loss
            long idle = burstLeft * mean - (burstLeft - 1) * WIRE_GAP;
            return Math.max(WIRE_GAP, idle * random.nextInt(70, 131) / 100);
        }

        private void send(long t, long offset, boolean retransmission) {
            int index = (int) (offset / MSS);
            int flags = Wire.ACK | (index % 45 == 44 ? Wire.PSH : 0); // PSH ends a 64 KB write
            emit(t, conn.fromClient(iss + 1 + offset, irs + 1, flags, CLIENT_WINDOW,
                    Wire.timestamps(clock(t, clientTs), clock(t - rtt / 2, serverTs)), PATTERN, (int) (offset % 10), MSS));
            if (retransmission) {
                retransmitted++;
            } else if (chance(LOSS)) {
                lost++;
                awaiting.add(new long[] { offset, 0 });
                slowLeft = 60;
                return;
            }
            receive(t, offset);
        }

        /** The receiver's side: acknowledges every other segment in order, every one while a hole is open. */
        private void receive(long t, long offset) {
            long ackAt = Math.max(lastAckAt + 500, t + rtt + random.nextLong(10 * US));
            long end = offset + MSS;
            boolean holes = !outOfOrder.isEmpty();
            if (offset == rcvNxt) {
                rcvNxt = end;
                while (!outOfOrder.isEmpty() && outOfOrder.firstKey() <= rcvNxt) {
                    rcvNxt = Math.max(rcvNxt, outOfOrder.pollFirstEntry().getValue());
                }
                if (holes || ackOwed) {
                    ack(ackAt, t, -1);
                } else {
                    ackOwed = true;
                }
            } else if (offset > rcvNxt) {
                Map.Entry<Long, Long> below = outOfOrder.floorEntry(offset);
                long blockStart = below != null && below.getValue() == offset ? below.getKey() : offset;
                Long after = outOfOrder.remove(end);
                outOfOrder.put(blockStart, after != null ? after : end);
                ack(ackAt, t, blockStart);
                for (Iterator<long[]> it = awaiting.iterator(); it.hasNext();) {
                    long[] loss = it.next();
                    if (++loss[1] == 3) { // fast retransmit on the third duplicate ACK
                        retransmits.add(new long[] { ackAt + between(20, 80) * US, loss[0] });
                        it.remove();
                    }
                }
            }
        }

        /** An ACK with SACK blocks while data is out of order, the newest block first (RFC 2018). */
        private void ack(long at, long t, long newestBlock) {
            ackOwed = false;
            lastAckAt = at;
            long tsval = clock(t + rtt / 2, serverTs);
            long tsecr = clock(t, clientTs);
            byte[] options;
            if (outOfOrder.isEmpty()) {
                options = Wire.timestamps(tsval, tsecr);
            } else {
                List<Long> blocks = new ArrayList<>();
                if (newestBlock >= 0) {
                    blocks.add(iss + 1 + newestBlock);
                    blocks.add(iss + 1 + outOfOrder.get(newestBlock));
                }
                for (Map.Entry<Long, Long> block : outOfOrder.descendingMap().entrySet()) {
                    if (blocks.size() < 6 && block.getKey() != newestBlock) {
                        blocks.add(iss + 1 + block.getKey());
                        blocks.add(iss + 1 + block.getValue());
                    }
                }
                options = Wire.timestampsAndSack(tsval, tsecr, blocks);
            }
            emit(at, conn.fromServer(irs + 1, iss + 1 + rcvNxt, Wire.ACK, SERVER_WINDOW, options, null, 0, 0));
        }

        private void close(long t) {
            long fin = iss + 1 + sndNxt;
            emit(t, conn.fromClient(fin, irs + 1, Wire.FIN | Wire.ACK, CLIENT_WINDOW,
                    Wire.timestamps(clock(t, clientTs), clock(t - rtt / 2, serverTs)), null, 0, 0));
            long finAck = Math.max(lastAckAt + 500, t + rtt);
            emit(finAck, conn.fromServer(irs + 1, fin + 1, Wire.FIN | Wire.ACK, SERVER_WINDOW,
                    Wire.timestamps(clock(t + rtt / 2, serverTs), clock(t, clientTs)), null, 0, 0));
            long last = finAck + between(10, 30) * US;
            emit(last, conn.fromClient(fin + 1, irs + 2, Wire.ACK, CLIENT_WINDOW,
                    Wire.timestamps(clock(last, clientTs), clock(t + rtt / 2, serverTs)), null, 0, 0));
            connected = false;
            next = last + between(5, 60) * MS; // iperf's next test
        }
    }

    /**
     * A SiTCP-like readout module: a hardware TCP stack that offers only MSS on its SYN-ACK (so the connection runs
     * without timestamps or SACK) and streams fixed-length events; its registers are read and written over RBCP,
     * an 8-byte header on UDP 4660. Each run: write the run register, read it back, connect, events (with a status
     * register polled every 100 ms), write the run register again to stop, close.
     */
    static final class SitcpReadout extends Source {
        private static final int EVENT = 1024;
        private static final int PORT = 24;
        private static final int RBCP = 4660;
        private static final int RUN_REGISTER = 0x10;
        private static final int STATUS_REGISTER = 0x20;
        private static final int CHANNELS = 8;
        private static final int SAMPLES = (EVENT - 16) / CHANNELS / 2;

        private enum Phase {
            START, EVENTS, STOP
        }

        private final Host host;
        private final Host module;
        private Phase phase = Phase.START;
        private long next;
        private long nextStatus;
        private Conn conn;
        private long hostIss;
        private long moduleIss;
        private long offset;
        private long eventsLeft;
        private long eventNumber;
        private boolean ackOwed;
        private long lastAckAt;
        private int rbcpPort;
        private int rbcpId;
        private int ipId;
        private int hostIpId;
        private long runs;
        private long registerAccesses;
        private final byte[] event = new byte[EVENT];

        SitcpReadout(String name, SplittableRandom random, Host host, Host module) {
            super(name, random);
            this.host = host;
            this.module = module;
            this.next = START + between(1, 30) * MS;
            this.ipId = random.nextInt(0x10000);
            this.hostIpId = random.nextInt(0x10000);
        }

        @Override
        String notes() {
            return String.format(", %d runs, %d events, %d RBCP accesses", runs, eventNumber, registerAccesses);
        }

        @Override
        long horizon() {
            return phase == Phase.EVENTS ? Math.min(next, nextStatus) : next;
        }

        @Override
        void step() {
            switch (phase) {
            case START -> start(next);
            case EVENTS -> {
                if (nextStatus <= next) {
                    byte[] count = ByteBuffer.allocate(4).putInt((int) eventNumber).array();
                    rbcp(nextStatus, 0xC0, STATUS_REGISTER, count);
                    nextStatus += 100 * MS;
                } else if (eventsLeft > 0) {
                    event(next);
                    eventsLeft--;
                    next += 9 * US + exponential(41 * US); // triggers at ~20 kHz; 1078 bytes take 8.6 us at 1 Gbit/s
                } else {
                    phase = Phase.STOP;
                    next += between(500, 2000) * US;
                }
            }
            case STOP -> stop(next);
            }
        }

        private void start(long t) {
            runs++;
            rbcpPort = ephemeralPort();
            long written = rbcp(t, 0x80, RUN_REGISTER, new byte[] { 1 });
            long read = rbcp(written + between(200, 600) * US, 0xC0, RUN_REGISTER, new byte[] { 1 });
            long syn = read + between(300, 900) * US;
            conn = new Conn(host, ephemeralPort(), module, PORT, false, random);
            hostIss = random.nextLong(1L << 32);
            moduleIss = random.nextLong(1L << 32); // the hardware's own ISN
            long hostTs = random.nextLong(1L << 32);
            emit(syn, conn.fromClient(hostIss, 0, Wire.SYN, 64240, Wire.synOptions(1460, clock(syn, hostTs), 0, 7), null, 0, 0));
            long synAck = syn + between(8, 20) * US;
            emit(synAck, conn.fromServer(moduleIss, hostIss + 1, Wire.SYN | Wire.ACK, 65535, Wire.mssOnly(1460), null, 0, 0));
            long ack = synAck + between(10, 30) * US;
            emit(ack, conn.fromClient(hostIss + 1, moduleIss + 1, Wire.ACK, 64240, Wire.NO_OPTIONS, null, 0, 0));
            offset = 0;
            ackOwed = false;
            lastAckAt = ack;
            eventsLeft = between(15_000, 40_000);
            next = ack + between(100, 400) * US;
            nextStatus = next + 100 * MS;
            phase = Phase.EVENTS;
        }

        /** One event in one segment: marker, size, number, trigger time, then 8 channels of ADC samples. */
        private void event(long t) {
            ByteBuffer b = ByteBuffer.wrap(event);
            b.putShort((short) 0xEB90).putShort((short) EVENT).putInt((int) eventNumber++)
                    .putInt((int) ((t - START) / 25)) // 40 MHz trigger clock
                    .putShort((short) CHANNELS).putShort((short) 0);
            int hit = random.nextInt(CHANNELS);
            int peak = random.nextInt(10, SAMPLES - 20);
            int height = random.nextInt(300, 3500);
            for (int channel = 0; channel < CHANNELS; channel++) {
                for (int i = 0; i < SAMPLES; i++) {
                    int sample = 200 + random.nextInt(8);
                    if (channel == hit && i >= peak) {
                        sample += (int) (height * Math.exp(-(i - peak) / 6.0)); // a pulse decaying after its peak
                    }
                    b.putShort((short) sample);
                }
            }
            emit(t, conn.fromServer(moduleIss + 1 + offset, hostIss + 1, Wire.PSH | Wire.ACK, 65535, Wire.NO_OPTIONS,
                    event, 0, EVENT));
            offset += EVENT;
            if (ackOwed) {
                long at = Math.max(lastAckAt + 1 * US, t + between(8, 30) * US);
                emit(at, conn.fromClient(hostIss + 1, moduleIss + 1 + offset, Wire.ACK, 65535, Wire.NO_OPTIONS, null, 0, 0));
                lastAckAt = at;
            }
            ackOwed = !ackOwed;
        }

        private void stop(long t) {
            long stopped = rbcp(t, 0x80, RUN_REGISTER, new byte[] { 0 });
            long fin = Math.max(lastAckAt, stopped) + between(200, 800) * US;
            long seq = moduleIss + 1 + offset;
            emit(fin, conn.fromClient(hostIss + 1, seq, Wire.FIN | Wire.ACK, 65535, Wire.NO_OPTIONS, null, 0, 0));
            long finAck = fin + between(8, 20) * US; // the hardware answers the host's FIN with its own at once
            emit(finAck, conn.fromServer(seq, hostIss + 2, Wire.FIN | Wire.ACK, 65535, Wire.NO_OPTIONS, null, 0, 0));
            long last = finAck + between(10, 30) * US;
            emit(last, conn.fromClient(hostIss + 2, seq + 1, Wire.ACK, 65535, Wire.NO_OPTIONS, null, 0, 0));
            phase = Phase.START;
            next = last + between(50, 300) * MS;
        }

        /**
         * A register access and its reply: ver/type 0xFF, command (0x80 write, 0xC0 read; the reply sets 0x08), id,
         * length, 32-bit address, then the data (a write's request, a read's reply). Returns the reply's time.
         */
        private long rbcp(long t, int command, int address, byte[] data) {
            registerAccesses++;
            int id = rbcpId++ & 0xff;
            boolean write = command == 0x80;
            emit(t, Wire.udp(host, rbcpPort, module, RBCP, hostIpId++, true, rbcpPacket(command, id, address, data, write)));
            long reply = t + between(100, 260) * US;
            emit(reply, Wire.udp(module, RBCP, host, rbcpPort, ipId++, false, rbcpPacket(command | 0x08, id, address, data, true)));
            return reply;
        }

        private static byte[] rbcpPacket(int command, int id, int address, byte[] data, boolean withData) {
            ByteBuffer b = ByteBuffer.allocate(8 + (withData ? data.length : 0));
            b.put((byte) 0xFF).put((byte) command).put((byte) id).put((byte) data.length).putInt(address);
            if (withData) {
                b.put(data);
            }
            return b.array();
        }
    }

    /**
     * Name lookups by the lab's clients at a caching resolver: A and AAAA sent together from one port, as glibc
     * does; most answers come from the cache within half a millisecond, the rest after recursion.
     */
    static final class DnsLookups extends Source {
        /** A name, its CNAME target or null, how many addresses it has, whether it has IPv6, whether it exists. */
        private record Name(String name, String cname, int addresses, boolean ipv6, boolean exists, int ttl) {
        }

        private static final Name[] NAMES = {
                new Name("example.com", null, 1, true, true, 3600),
                new Name("www.example.com", "edge-3.cdn.example.net", 2, true, true, 300),
                new Name("mail.example.com", null, 1, false, true, 3600),
                new Name("ntp.example.org", "pool.ntp.example.org", 4, false, true, 150),
                new Name("deb.example.net", "mirror.eu.example.net", 2, true, true, 600),
                new Name("daq-db.lab.example.org", null, 1, false, true, 60),
                new Name("git.lab.example.org", null, 1, true, true, 300),
                new Name("updates.example.com", "updates.example.com.edge.example.net", 3, true, true, 20),
                new Name("time.example.net", null, 2, true, true, 900),
                new Name("wwww.example.com", null, 0, false, false, 0),
        };
        private static final int A = DnsMessage.A;
        private static final int AAAA = DnsMessage.AAAA;

        private final List<Host> clients;
        private final Host resolver;
        private long next;
        private int resolverIpId;
        private long lookups;

        DnsLookups(String name, SplittableRandom random, List<Host> clients, Host resolver) {
            super(name, random);
            this.clients = clients;
            this.resolver = resolver;
            this.next = START + between(0, 5) * MS;
        }

        @Override
        String notes() {
            return String.format(", %d lookups", lookups);
        }

        @Override
        long horizon() {
            return next;
        }

        @Override
        void step() {
            long t = next;
            next += exponential(5 * MS);
            lookups++;
            Host client = clients.get(random.nextInt(clients.size()));
            // popular names more often: the first entries are looked up the most
            Name name = NAMES[Math.min(NAMES.length - 1, (int) (exponential(3_000) / 1_000))];
            int port = ephemeralPort();
            boolean cached = chance(0.8);
            long aaaaAt = t + between(30, 120) * US;
            for (int type : new int[] { A, AAAA }) {
                long at = type == A ? t : aaaaAt;
                int id = random.nextInt(0x10000);
                emit(at, Wire.udp(client, port, resolver, 53, random.nextInt(0x10000), true, query(id, name.name(), type)));
                long delay = cached ? between(150, 450) * US : between(4_000, 40_000) * US;
                emit(at + delay, Wire.udp(resolver, 53, client, port, resolverIpId++, true, answer(id, name, type, at)));
            }
        }

        private static byte[] query(int id, String name, int type) {
            DnsMessage m = new DnsMessage(id, 0x0100, 1, 0, 0); // RD
            m.question(name, type);
            return m.bytes();
        }

        private byte[] answer(int id, Name name, int type, long at) {
            int ttl = name.ttl() == 0 ? 0 : name.ttl() - (int) ((at - START) / 1_000_000_000L % name.ttl()); // cache ageing
            if (!name.exists()) {
                DnsMessage m = new DnsMessage(id, 0x8183, 1, 0, 1); // QR RD RA, NXDOMAIN
                m.question(name.name(), type);
                m.soa(zone(name.name()));
                return m.bytes();
            }
            String owner = name.cname() != null ? name.cname() : name.name();
            int count = type == A ? name.addresses() : name.ipv6() ? 1 : 0;
            int answers = (name.cname() != null ? 1 : 0) + count;
            DnsMessage m = new DnsMessage(id, 0x8180, 1, answers, count == 0 ? 1 : 0);
            m.question(name.name(), type);
            if (name.cname() != null) {
                m.recordName(name.name(), DnsMessage.CNAME, ttl).name(name.cname()).endRecord();
            }
            int hash = owner.hashCode();
            for (int i = 0; i < count; i++) {
                if (type == A) {
                    // documentation ranges (TEST-NET-1..3), a fixed pick per name
                    int[] nets = { Wire.ipv4("192.0.2.0"), Wire.ipv4("198.51.100.0"), Wire.ipv4("203.0.113.0") };
                    m.record(owner, A, ttl).putInt(nets[Math.floorMod(hash, 3)] | Math.floorMod(hash + 37 * i, 250) + 1);
                } else {
                    m.record(owner, AAAA, ttl).putInt(0x20010db8).putInt(Math.floorMod(hash, 0x10000)).putInt(0).putInt(i + 1);
                }
                m.endRecord();
            }
            if (count == 0) {
                m.soa(zone(owner)); // NOERROR without data: the zone's SOA tells how long to remember that
            }
            return m.bytes();
        }

        private static String zone(String name) {
            int last = name.lastIndexOf('.');
            return name.substring(name.lastIndexOf('.', last - 1) + 1);
        }
    }

    /** A DNS message with name compression: every suffix written is remembered and later pointed to. */
    static final class DnsMessage {
        static final int A = 1;
        static final int CNAME = 5;
        static final int SOA = 6;
        static final int AAAA = 28;
        private final ByteBuffer b = ByteBuffer.allocate(512);
        private final Map<String, Integer> suffixes = new HashMap<>();
        private int rdlength = -1;

        DnsMessage(int id, int flags, int questions, int answers, int authority) {
            b.putShort((short) id).putShort((short) flags).putShort((short) questions).putShort((short) answers)
                    .putShort((short) authority).putShort((short) 0);
        }

        DnsMessage name(String name) {
            String rest = name;
            while (!rest.isEmpty()) {
                Integer at = suffixes.get(rest);
                if (at != null) {
                    b.putShort((short) (0xC000 | at));
                    return this;
                }
                suffixes.put(rest, b.position());
                int dot = rest.indexOf('.');
                String label = dot < 0 ? rest : rest.substring(0, dot);
                b.put((byte) label.length()).put(label.getBytes(US_ASCII));
                rest = dot < 0 ? "" : rest.substring(dot + 1);
            }
            b.put((byte) 0);
            return this;
        }

        void question(String name, int type) {
            name(name);
            b.putShort((short) type).putShort((short) 1);
        }

        /** Starts a record of class IN; its data follow, then {@link #endRecord()} fills in their length. */
        ByteBuffer record(String owner, int type, int ttl) {
            name(owner);
            b.putShort((short) type).putShort((short) 1).putInt(ttl).putShort((short) 0);
            rdlength = b.position() - 2;
            return b;
        }

        /** Starts a record whose data begin with a name. */
        DnsMessage recordName(String owner, int type, int ttl) {
            record(owner, type, ttl);
            return this;
        }

        DnsMessage endRecord() {
            b.putShort(rdlength, (short) (b.position() - rdlength - 2));
            return this;
        }

        /** The zone's SOA in the authority section, its names compressed against the zone's name. */
        void soa(String zone) {
            record(zone, SOA, 300);
            name("ns1." + zone).name("hostmaster." + zone);
            b.putInt(2026030201).putInt(7200).putInt(3600).putInt(1209600).putInt(300);
            endRecord();
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(b.array(), b.position());
        }
    }

    /** ARP now and then: who-has broadcast and is-at reply; some for absent hosts (unanswered), some gratuitous. */
    static final class ArpChatter extends Source {
        private final List<Host> lan;
        private final Host daqHost;
        private final Host module;
        private long next;

        ArpChatter(String name, SplittableRandom random, List<Host> lan, Host daqHost, Host module) {
            super(name, random);
            this.lan = lan;
            this.daqHost = daqHost;
            this.module = module;
            this.next = START + between(0, 50) * MS;
        }

        @Override
        long horizon() {
            return next;
        }

        @Override
        void step() {
            long t = next;
            next += exponential(120 * MS);
            double kind = random.nextDouble();
            if (kind < 0.15) { // the DAQ host refreshes its entry for the readout module
                arp(t, daqHost, module, true);
            } else if (kind < 0.2) { // gratuitous: a host announces its own address
                Host host = lan.get(random.nextInt(lan.size()));
                emit(t, Wire.arp(1, host.mac(), host.ip(), 0, host.ip(), Wire.BROADCAST));
            } else if (kind < 0.3) { // nobody has this one: asked three times a second apart, never answered
                Host asker = lan.get(random.nextInt(lan.size()));
                int absent = Wire.ipv4("10.0.0.99");
                for (int i = 0; i < 3; i++) {
                    emit(t + i * 1000 * MS, Wire.arp(1, asker.mac(), asker.ip(), 0, absent, Wire.BROADCAST));
                }
            } else {
                Host asker = lan.get(random.nextInt(lan.size()));
                Host target = lan.get(random.nextInt(lan.size()));
                if (target != asker) {
                    arp(t, asker, target, false);
                }
            }
        }

        /** who-has broadcast (or unicast, as Linux re-checks a stale entry) and the is-at reply. */
        private void arp(long t, Host asker, Host target, boolean unicast) {
            emit(t, Wire.arp(1, asker.mac(), asker.ip(), 0, target.ip(), unicast ? target.mac() : Wire.BROADCAST));
            emit(t + between(30, 250) * US, Wire.arp(2, target.mac(), target.ip(), asker.mac(), asker.ip(), asker.mac()));
        }
    }

    /** Frame building: Ethernet II, IPv4 with its header checksum, TCP and UDP with theirs, ARP. */
    static final class Wire {
        static final int FIN = 0x01;
        static final int SYN = 0x02;
        static final int PSH = 0x08;
        static final int ACK = 0x10;
        static final long BROADCAST = 0xFFFF_FFFF_FFFFL;
        static final byte[] NO_OPTIONS = {};
        private static final int ETHERNET = 14;
        private static final int MINIMUM_FRAME = 60; // without FCS; shorter frames are padded on the wire

        private Wire() {
        }

        static int ipv4(String dotted) {
            int ip = 0;
            for (String part : dotted.split("\\.")) {
                ip = ip << 8 | Integer.parseInt(part);
            }
            return ip;
        }

        static byte[] tcp(Host src, int sport, Host dst, int dport, int ipId, boolean df, long seq, long ack, int flags,
                int window, byte[] options, byte[] payload, int offset, int length) {
            int tcpLength = 20 + options.length + length;
            ByteBuffer b = ip(src, dst, 6, ipId, df, tcpLength);
            int start = b.position();
            b.putShort((short) sport).putShort((short) dport).putInt((int) seq).putInt((int) ack)
                    .putShort((short) ((20 + options.length) / 4 << 12 | flags)).putShort((short) window)
                    .putShort((short) 0).putShort((short) 0).put(options);
            if (length > 0) {
                b.put(payload, offset, length);
            }
            b.putShort(start + 16, checksum(b.array(), start, tcpLength, pseudoHeader(src, dst, 6, tcpLength)));
            return b.array();
        }

        static byte[] udp(Host src, int sport, Host dst, int dport, int ipId, boolean df, byte[] payload) {
            int udpLength = 8 + payload.length;
            ByteBuffer b = ip(src, dst, 17, ipId, df, udpLength);
            int start = b.position();
            b.putShort((short) sport).putShort((short) dport).putShort((short) udpLength).putShort((short) 0).put(payload);
            short sum = checksum(b.array(), start, udpLength, pseudoHeader(src, dst, 17, udpLength));
            b.putShort(start + 6, sum == 0 ? (short) 0xFFFF : sum); // 0 would mean "no checksum"
            return b.array();
        }

        static byte[] arp(int operation, long senderMac, int senderIp, long targetMac, int targetIp, long destination) {
            ByteBuffer b = ByteBuffer.wrap(new byte[MINIMUM_FRAME]);
            mac(b, destination);
            mac(b, senderMac);
            b.putShort((short) 0x0806).putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4)
                    .putShort((short) operation);
            mac(b, senderMac);
            b.putInt(senderIp);
            mac(b, targetMac);
            b.putInt(targetIp);
            return b.array();
        }

        /** A frame's Ethernet and IPv4 headers, positioned at the start of the transport header. */
        private static ByteBuffer ip(Host src, Host dst, int protocol, int id, boolean df, int payloadLength) {
            int total = 20 + payloadLength;
            ByteBuffer b = ByteBuffer.wrap(new byte[Math.max(MINIMUM_FRAME, ETHERNET + total)]);
            mac(b, dst.mac());
            mac(b, src.mac());
            b.putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) total).putShort((short) id)
                    .putShort((short) (df ? 0x4000 : 0)).put((byte) src.ttl()).put((byte) protocol)
                    .putShort((short) 0).putInt(src.ip()).putInt(dst.ip());
            b.putShort(ETHERNET + 10, checksum(b.array(), ETHERNET, 20, 0));
            return b;
        }

        private static void mac(ByteBuffer b, long mac) {
            b.putShort((short) (mac >>> 32)).putInt((int) mac);
        }

        private static long pseudoHeader(Host src, Host dst, int protocol, int length) {
            return (src.ip() >>> 16) + (src.ip() & 0xffff) + (dst.ip() >>> 16) + (dst.ip() & 0xffff) + protocol + length;
        }

        /** The Internet checksum (RFC 1071) of `length` bytes from `offset`, starting from a partial sum. */
        static short checksum(byte[] a, int offset, int length, long initial) {
            long sum = initial;
            int end = offset + length;
            int i = offset;
            for (; i + 1 < end; i += 2) {
                sum += (a[i] & 0xff) << 8 | a[i + 1] & 0xff;
            }
            if (i < end) {
                sum += (a[i] & 0xff) << 8;
            }
            while (sum >>> 16 != 0) {
                sum = (sum & 0xffff) + (sum >>> 16);
            }
            return (short) ~sum;
        }

        /** Linux's SYN options: MSS, SACK permitted, timestamps, NOP, window scale (20 bytes). */
        static byte[] synOptions(int mss, long tsval, long tsecr, int windowScale) {
            return ByteBuffer.allocate(20).put((byte) 2).put((byte) 4).putShort((short) mss).put((byte) 4).put((byte) 2)
                    .put((byte) 8).put((byte) 10).putInt((int) tsval).putInt((int) tsecr).put((byte) 1)
                    .put((byte) 3).put((byte) 3).put((byte) windowScale).array();
        }

        static byte[] mssOnly(int mss) {
            return ByteBuffer.allocate(4).put((byte) 2).put((byte) 4).putShort((short) mss).array();
        }

        /** NOP, NOP, timestamps (12 bytes), as on every Linux segment once both ends offered them. */
        static byte[] timestamps(long tsval, long tsecr) {
            return ByteBuffer.allocate(12).put((byte) 1).put((byte) 1).put((byte) 8).put((byte) 10).putInt((int) tsval)
                    .putInt((int) tsecr).array();
        }

        /** Timestamps, then NOP, NOP and up to three SACK blocks (left and right edges, in pairs). */
        static byte[] timestampsAndSack(long tsval, long tsecr, List<Long> edges) {
            ByteBuffer b = ByteBuffer.allocate(12 + 4 + 4 * edges.size());
            b.put(timestamps(tsval, tsecr)).put((byte) 1).put((byte) 1).put((byte) 5).put((byte) (2 + 4 * edges.size()));
            for (long edge : edges) {
                b.putInt((int) edge);
            }
            return b.array();
        }
    }
}
