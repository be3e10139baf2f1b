package org.wirebench.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one input of one fuzz target again, outside Jazzer, and prints the whole failure with every cause:
 * `releng/fuzz/run reproduce target/fuzz/TARGET/findings/crash-...` calls it. Exit status 1 when the input
 * still fails, 0 when it passes now.
 */
public final class Reproduce {
    private Reproduce() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Reproduce TARGET INPUT_FILE   (TARGET: pcap, pcapng, ethernet-stack, dissector-ID)");
            System.exit(2);
        }
        String target = args[0];
        byte[] input = Files.readAllBytes(Path.of(args[1]));
        System.out.println(target + ": " + input.length + " bytes: " + Dissection.hex(input, input.length));
        try {
            switch (target) {
                case "pcap" -> new PcapReaderFuzzTest().pcap(input);
                case "pcapng" -> new PcapngReaderFuzzTest().pcapng(input);
                case "ethernet-stack" -> new EthernetStackFuzzTest().ethernet(input);
                default -> {
                    if (!target.startsWith("dissector-")) {
                        throw new IllegalArgumentException("no target " + target);
                    }
                    // before DissectorFuzzTest is initialised: it reads the property once
                    System.setProperty(DissectorFuzzTest.PROTOCOL_PROPERTY, target.substring("dissector-".length()));
                    new DissectorFuzzTest().dissector(input);
                }
            }
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
            System.exit(1);
        }
        System.out.println("passes");
    }
}
