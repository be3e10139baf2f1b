package org.wirebench.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.wirebench.core.Packet;

/**
 * Test vectors with random bytes changed and cut off: a dissector must answer them with columns and experts, never
 * throw (the engine reports that as a dissector bug) or hang. The same seed every run, so a failure repeats.
 */
public final class Mutations {
    private static final long SEED = 20240501;
    private static final int ROUNDS = 3000;

    private Mutations() {
    }

    /** Dissects one mutation: its round (from 0), its bytes, how many of them were captured, tree or summary pass. */
    @FunctionalInterface
    public interface Dissection {
        Packet dissect(int round, byte[] bytes, int captured, boolean tree);
    }

    /**
     * Dissects 3000 mutations of the vectors in turn, each with one to three bytes changed and one in four cut
     * short, but never in its first `kept` bytes (a lower layer's header the test built, not what it tests).
     */
    public static void assertNeverBreak(List<byte[]> vectors, int kept, Dissection dissection) {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] bytes = vectors.get(round % vectors.size()).clone();
                for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                    bytes[kept + random.nextInt(bytes.length - kept)] = (byte) random.nextInt(256);
                }
                int captured = random.nextInt(4) == 0 ? kept + random.nextInt(bytes.length - kept + 1) : bytes.length;
                boolean tree = random.nextBoolean();
                Packet packet = dissection.dissect(round, bytes, captured, tree);
                assertTrue(packet.experts().stream().noneMatch(e -> e.message().startsWith("Dissector bug")), packet.experts().toString());
            }
        });
    }
}
