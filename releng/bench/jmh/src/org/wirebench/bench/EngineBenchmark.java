package org.wirebench.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wirebench.core.DissectorRegistry;
import org.wirebench.core.LinkType;
import org.wirebench.core.Frame;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.filter.CaptureFilter;
import org.wirebench.filter.DisplayFilter;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.testing.PluginXmlRegistry;

/**
 * The reader, the summary pass and the filters over the generated capture (releng/bench/engine makes it):
 * opening and indexing the file, reading every frame's bytes, dissecting every frame without a tree, a capture
 * filter (libpcap-compiled BPF run by the Java interpreter) and a display filter over every frame, on one
 * thread. Each operation covers the whole file, so packets per second = packets / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class EngineBenchmark {
    private Path file;
    private CaptureFile capture;
    private DissectorRegistry registry;
    private CaptureFilter captureFilter;
    private DisplayFilter displayFilter;

    @Setup(Level.Trial)
    public void open() throws Exception {
        file = Path.of(System.getProperty("wirebench.bench.file"));
        capture = CaptureFile.open(file);
        registry = PluginXmlRegistry.registry();
        captureFilter = CaptureFilter.compile("tcp port 5001 and greater 1000", List.of(LinkType.ETHERNET));
        displayFilter = DisplayFilter.compile("tcp.port == 5001 && ip.src == 10.0.0.0/8 && frame.len > 1000", registry);
    }

    @TearDown(Level.Trial)
    public void close() {
        capture.close();
    }

    /** Map and index the whole file: what opening a capture costs. */
    @Benchmark
    public int index() throws Exception {
        try (CaptureFile opened = CaptureFile.open(file)) {
            return opened.frameCount();
        }
    }

    /** Copy out every frame's bytes through the index. */
    @Benchmark
    public void readFrames(Blackhole sink) {
        Frame frame = new Frame();
        for (int i = 0; i < capture.frameCount(); i++) {
            sink.consume(capture.read(i, frame).data());
        }
    }

    /** The summary pass: every frame dissected for its columns, no protocol tree. */
    @Benchmark
    public void summaryPass(Blackhole sink) {
        Session session = new Session();
        Frame frame = new Frame();
        for (int i = 0; i < capture.frameCount(); i++) {
            Packet packet = registry.dissect(capture.read(i, frame), session, false);
            sink.consume(packet.info());
        }
    }

    /** `tcp port 5001 and greater 1000` over every frame: the BPF interpreter (frames read as in readFrames). */
    @Benchmark
    public int captureFilter() {
        Frame frame = new Frame();
        int matched = 0;
        for (int i = 0; i < capture.frameCount(); i++) {
            if (captureFilter.matches(capture.read(i, frame))) {
                matched++;
            }
        }
        return matched;
    }

    /** `tcp.port == 5001 && ip.src == 10.0.0.0/8 && frame.len > 1000`: a dissection for its fields, then the test. */
    @Benchmark
    public int displayFilter() {
        Session session = new Session();
        Frame frame = new Frame();
        int matched = 0;
        for (int i = 0; i < capture.frameCount(); i++) {
            if (displayFilter.matches(registry.dissect(capture.read(i, frame), session, displayFilter.wanted()))) {
                matched++;
            }
        }
        return matched;
    }
}
