package org.wirebench.bench;

import java.nio.file.Path;
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
import org.wirebench.core.Frame;
import org.wirebench.core.Packet;
import org.wirebench.core.Session;
import org.wirebench.pcap.CaptureFile;
import org.wirebench.testing.PluginXmlRegistry;

/**
 * The reader and the summary pass over the generated capture (releng/bench/engine makes it): opening and
 * indexing the file, reading every frame's bytes, and dissecting every frame without a tree, on one thread.
 * Each operation covers the whole file, so packets per second = packets / score.
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

    @Setup(Level.Trial)
    public void open() throws Exception {
        file = Path.of(System.getProperty("wirebench.bench.file"));
        capture = CaptureFile.open(file);
        registry = PluginXmlRegistry.registry();
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
}
