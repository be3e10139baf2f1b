package org.wirebench.filter.internal;

import org.wirebench.filter.FilterException;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * libpcap's filter compiler through JNA, on a dead handle (no device, no privileges): `pcap_open_dead` for the
 * link type, `pcap_compile`, and the instructions copied out of the `bpf_program` it fills in. Only the
 * compiler is native; the programs run in Java ({@link BpfProgram}).
 */
public final class Libpcap {
    /** PCAP_NETMASK_UNKNOWN: `ip broadcast` then fails to compile, as it does in tcpdump on a file. */
    private static final int NETMASK_UNKNOWN = 0xffffffff;

    /** The five functions used, bound by name. */
    public interface Functions extends Library {
        Pointer pcap_open_dead(int linkType, int snaplen);

        int pcap_compile(Pointer pcap, Pointer program, String expression, int optimize, int netmask);

        String pcap_geterr(Pointer pcap);

        void pcap_freecode(Pointer program);

        void pcap_close(Pointer pcap);
    }

    /** A system property naming the library to load instead of the platform's (a path, or another name). */
    public static final String LIBRARY_PROPERTY = "wirebench.libpcap";

    private static Functions functions;
    private static String loaded;

    private Libpcap() {
    }

    /** Compiles `expression` for `linkType` with libpcap's optimiser, as tcpdump does. */
    public static synchronized BpfProgram compile(String expression, int linkType, int snaplen) throws FilterException {
        Functions pcap = functions();
        Pointer handle = pcap.pcap_open_dead(linkType, snaplen);
        if (handle == null) {
            throw new FilterException("libpcap cannot open a handle for link type " + linkType, -1);
        }
        // struct bpf_program { u_int bf_len; struct bpf_insn *bf_insns; }: the pointer is aligned to its size
        Memory program = new Memory(2L * Native.POINTER_SIZE);
        program.clear();
        try {
            if (pcap.pcap_compile(handle, program, expression, 1, NETMASK_UNKNOWN) != 0) {
                throw new FilterException(pcap.pcap_geterr(handle) + " (in the filter '" + expression + "')", -1);
            }
            int count = program.getInt(0);
            Pointer instructions = program.getPointer(Native.POINTER_SIZE);
            // struct bpf_insn { u_short code; u_char jt; u_char jf; bpf_u_int32 k; } in host order
            short[] code = instructions.getShortArray(0, count * 4);
            byte[] bytes = instructions.getByteArray(0, count * 8);
            int[] words = instructions.getIntArray(0, count * 2);
            BpfProgram compiled = BpfProgram.of(count, i -> code[i * 4] & 0xffff, i -> bytes[i * 8 + 2] & 0xff,
                    i -> bytes[i * 8 + 3] & 0xff, i -> words[i * 2 + 1]);
            pcap.pcap_freecode(program);
            return compiled;
        } finally {
            pcap.pcap_close(handle);
        }
    }

    private static Functions functions() throws FilterException {
        String name = System.getProperty(LIBRARY_PROPERTY, Platform.isWindows() ? "wpcap" : "pcap");
        if (functions == null || !name.equals(loaded)) {
            try {
                functions = Native.load(name, Functions.class);
                loaded = name;
            } catch (UnsatisfiedLinkError e) {
                throw new FilterException("capture filters need libpcap, which is not installed: install the package "
                        + (Platform.isWindows() ? "Npcap (https://npcap.com)" : Platform.isMac() ? "libpcap"
                                : "libpcap0.8 (Debian and Ubuntu: apt-get install libpcap0.8)"), -1);
            }
        }
        return functions;
    }
}
