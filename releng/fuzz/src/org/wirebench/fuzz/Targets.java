package org.wirebench.fuzz;

import org.wirebench.testing.PluginXmlRegistry;

/**
 * Lists the fuzz targets for `releng/fuzz/run`, one a line: a name (for its corpus, findings and log folders), the
 * test method to select, and for a dissector the protocol id. The dissector targets are the protocols of the
 * registry the plugin.xml files make, so each contributed protocol is one target.
 */
public final class Targets {
    private Targets() {
    }

    public static void main(String[] args) {
        System.out.println("pcap " + PcapReaderFuzzTest.class.getName() + "#pcap(byte[])");
        System.out.println("pcapng " + PcapngReaderFuzzTest.class.getName() + "#pcapng(byte[])");
        System.out.println("ethernet-stack " + EthernetStackFuzzTest.class.getName() + "#ethernet(byte[])");
        System.out.println("tcpdump-format " + TcpdumpFormatFuzzTest.class.getName() + "#tcpdump(byte[])");
        System.out.println("display-filter " + DisplayFilterFuzzTest.class.getName() + "#displayFilter(byte[])");
        for (String protocol : DissectorFuzzTest.protocolIds(PluginXmlRegistry.registry())) {
            System.out.println("dissector-" + protocol + " " + DissectorFuzzTest.class.getName() + "#dissector(byte[]) " + protocol);
        }
    }
}
