package org.wirebench.filter;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.wirebench.core.Frame;
import org.wirebench.core.LinkType;
import org.wirebench.filter.internal.BpfProgram;
import org.wirebench.filter.internal.Libpcap;

/**
 * A capture filter in tcpdump's language (`src 192.168.10.16 and port 80`). libpcap compiles it, so its meaning
 * is exactly libpcap's; the compiled BPF program then runs in Java over the frames, without a native call per
 * packet. One program per link type, as libpcap compiles for one link type at a time.
 */
public final class CaptureFilter {
    /** libpcap's default snapshot length: the programs it compiles accept up to this many bytes. */
    private static final int SNAPLEN = 262144;

    private final Map<Integer, BpfProgram> programs = new HashMap<>();

    private CaptureFilter() {
    }

    /**
     * Compiles `expression` for each of `linkTypes` (the link types of the capture's interfaces).
     *
     * @throws FilterException with libpcap's message when it refuses the expression, or when libpcap is missing
     */
    public static CaptureFilter compile(String expression, Collection<Integer> linkTypes) throws FilterException {
        CaptureFilter filter = new CaptureFilter();
        for (int linkType : linkTypes) {
            int base = LinkType.base(linkType);
            if (!filter.programs.containsKey(base)) {
                filter.programs.put(base, Libpcap.compile(expression, dlt(base), SNAPLEN));
            }
        }
        return filter;
    }

    /**
     * libpcap compiles for a DLT_ value; files carry LINKTYPE_ values, equal but for a few old ones (libpcap's
     * linktype_to_dlt): LINKTYPE_RAW (101) is DLT_RAW (12 here), and the BSD/OS and ATM types below it.
     */
    private static int dlt(int linkType) {
        return switch (linkType) {
            case LinkType.RAW -> 12;
            case 100 -> 11; // ATM_RFC1483
            case 102 -> 15; // SLIP_BSDOS
            case 103 -> 16; // PPP_BSDOS
            case 106 -> 19; // ATM_CLIP
            default -> linkType;
        };
    }

    /** Whether the filter accepts `frame`; a frame of a link type it was not compiled for is refused. */
    public boolean matches(Frame frame) {
        BpfProgram program = programs.get(LinkType.base(frame.linkType()));
        return program != null && program.run(frame.data(), frame.capturedLength(), frame.originalLength()) != 0;
    }
}
