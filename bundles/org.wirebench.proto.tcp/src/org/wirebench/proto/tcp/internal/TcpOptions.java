package org.wirebench.proto.tcp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * TCP options: one subtree per option, the Info-column tokens Wireshark shows (`MSS=1460 SACK_PERM WS=256`), and
 * the window shift a SYN announces. An option whose length is impossible (below 2, past the header, wrong for its
 * kind) ends the walk: it is reported at that option and returned as the packet's defect.
 */
final class TcpOptions {
    private static final int EOL = 0;
    private static final int NOP = 1;
    private static final int MSS = 2;
    private static final int WINDOW_SCALE = 3;
    private static final int SACK_PERMITTED = 4;
    private static final int SACK = 5;
    private static final int TIMESTAMPS = 8;
    private static final int MD5 = 19;
    private static final int AO = 29;
    private static final int MPTCP = 30;
    private static final int FAST_OPEN = 34;
    private static final int EXPERIMENT_1 = 253;
    private static final int EXPERIMENT_2 = 254;
    /** RFC 6994 experiment identifier of TCP Fast Open before it had kind 34. */
    private static final int FAST_OPEN_EXID = 0xf989;
    /** RFC 7323 §2.3: a larger shift is used as 14. */
    private static final int MAX_SHIFT = 14;

    private static final Map<Long, String> KINDS = Map.ofEntries(Map.entry(0L, "End of Option List"),
            Map.entry(1L, "No-Operation"), Map.entry(2L, "Maximum Segment Size"), Map.entry(3L, "Window Scale"),
            Map.entry(4L, "SACK Permitted"), Map.entry(5L, "SACK"), Map.entry(6L, "Echo"), Map.entry(7L, "Echo Reply"),
            Map.entry(8L, "Time Stamp Option"), Map.entry(9L, "Partial Order Connection Permitted"),
            Map.entry(10L, "Partial Order Service Profile"), Map.entry(11L, "CC"), Map.entry(12L, "CC.NEW"),
            Map.entry(13L, "CC.ECHO"), Map.entry(14L, "TCP Alternate Checksum Request"),
            Map.entry(15L, "TCP Alternate Checksum Data"), Map.entry(18L, "Trailer Checksum Option"),
            Map.entry(19L, "MD5 Signature Option"), Map.entry(27L, "Quick-Start Response"),
            Map.entry(28L, "User Timeout Option"), Map.entry(29L, "The TCP Authentication Option"),
            Map.entry(30L, "Multipath TCP"), Map.entry(34L, "TCP Fast Open Cookie"),
            Map.entry(172L, "Accurate ECN Order 0"), Map.entry(174L, "Accurate ECN Order 1"),
            Map.entry(253L, "RFC3692-style Experiment 1"), Map.entry(254L, "RFC3692-style Experiment 2"));

    private static final Map<Long, String> MPTCP_SUBTYPES = Map.of(0L, "Multipath Capable", 1L, "Join Connection",
            2L, "Data Sequence Signal", 3L, "Add Address", 4L, "Remove Address", 5L, "Change Subflow Priority",
            6L, "TCP Fallback", 7L, "Fast Close", 8L, "TCP Reset");

    /** Per kind: the option's protocol filter name, its tree name, and its name in the Options summary. */
    private record Kind(String filterName, String title, String name) {
    }

    private static final Map<Integer, Kind> DECODED = Map.ofEntries(
            Map.entry(EOL, new Kind("tcp.options.eol", "TCP Option - End of Option List (EOL)", "End of Option List (EOL)")),
            Map.entry(NOP, new Kind("tcp.options.nop", "TCP Option - No-Operation (NOP)", "No-Operation (NOP)")),
            Map.entry(MSS, new Kind("tcp.options.mss", "TCP Option - Maximum segment size", "Maximum segment size")),
            Map.entry(WINDOW_SCALE, new Kind("tcp.options.wscale", "TCP Option - Window scale", "Window scale")),
            Map.entry(SACK_PERMITTED, new Kind("tcp.options.sack_perm", "TCP Option - SACK permitted", "SACK permitted")),
            Map.entry(SACK, new Kind("tcp.options.sack", "TCP Option - SACK", "SACK")),
            Map.entry(TIMESTAMPS, new Kind("tcp.options.timestamp", "TCP Option - Timestamps", "Timestamps")),
            Map.entry(MD5, new Kind("tcp.options.md5", "TCP Option - TCP MD5 signature", "TCP MD5 signature")),
            Map.entry(AO, new Kind("tcp.options.ao", "TCP Option - TCP AO", "TCP AO")),
            Map.entry(MPTCP, new Kind("mptcp", "Multipath Transmission Control Protocol", "Multipath TCP")),
            Map.entry(FAST_OPEN, new Kind("tcp.options.tfo", "TCP Option - TCP Fast Open", "TCP Fast Open")),
            Map.entry(EXPERIMENT_1, new Kind("tcp.options.experimental", "TCP Option - Experimental", "Experimental")),
            Map.entry(EXPERIMENT_2, new Kind("tcp.options.experimental", "TCP Option - Experimental", "Experimental")));
    private static final Kind UNKNOWN = new Kind("tcp.options.unknown", "TCP Option - Unknown", null);
    /** {@link #DECODED} by kind, 0 to 255. */
    private static final Kind[] DECODED_BY_CODE = new Kind[256];
    /** {@link #name} by kind, 0 to 255. */
    private static final String[] NAMES = new String[256];

    static {
        DECODED.forEach((code, k) -> DECODED_BY_CODE[code] = k);
        for (int code = 0; code < NAMES.length; code++) {
            Kind known = DECODED_BY_CODE[code];
            String kindName = KINDS.get((long) code);
            NAMES[code] = known != null ? known.name() : kindName != null ? kindName : String.format(Locale.ROOT, "Unknown (0x%02x)", code);
        }
    }

    /** What the options tell the rest of the dissection. */
    static final class Result {
        /** The shift of a window scale option, -1 without one. */
        int windowShift = -1;
        /** The option that broke the walk, thrown once the segment is dissected; or null. */
        TruncatedException defect;
    }

    /** The protocol field of each decoded kind, by kind. */
    private final Field[] protocols = new Field[256];
    private Field unknownProtocol;
    private Field options;
    private Field kind;
    private Field length;
    private Field mssValue;
    private Field shiftCount;
    private Field multiplier;
    private Field sackLeftEdge;
    private Field sackRightEdge;
    private Field sackCount;
    private Field tsval;
    private Field tsecr;
    private Field fastOpenRequest;
    private Field fastOpenCookie;
    private Field md5Digest;
    private Field aoKeyId;
    private Field aoNextKeyId;
    private Field aoMac;
    private Field mptcpSubtype;
    private Field experimentId;
    private Field experimentData;
    private Field unknownPayload;

    void register(Fields fields) {
        // in kind order: field ids must not depend on a map's iteration order
        new TreeMap<>(DECODED).forEach((code, k) -> protocols[code] = fields.add(k.filterName(), k.title(), FieldType.PROTOCOL));
        unknownProtocol = fields.add(UNKNOWN.filterName(), UNKNOWN.title(), FieldType.PROTOCOL);
        options = fields.add("tcp.options", "TCP Options", FieldType.BYTES);
        kind = fields.add("tcp.option_kind", "Kind", FieldType.UINT8, Base.DEC, KINDS, 0);
        length = fields.add("tcp.option_len", "Length", FieldType.UINT8);
        mssValue = fields.add("tcp.options.mss_val", "MSS Value", FieldType.UINT16);
        shiftCount = fields.add("tcp.options.wscale.shift", "Shift count", FieldType.UINT8);
        multiplier = fields.add("tcp.options.wscale.multiplier", "Multiplier", FieldType.UINT16);
        sackLeftEdge = fields.add("tcp.options.sack_le", "TCP SACK Left Edge", FieldType.UINT32);
        sackRightEdge = fields.add("tcp.options.sack_re", "TCP SACK Right Edge", FieldType.UINT32);
        sackCount = fields.add("tcp.options.sack.count", "TCP SACK Count", FieldType.UINT8);
        tsval = fields.add("tcp.options.timestamp.tsval", "Timestamp value", FieldType.UINT32);
        tsecr = fields.add("tcp.options.timestamp.tsecr", "Timestamp echo reply", FieldType.UINT32);
        fastOpenRequest = fields.add("tcp.options.tfo.request", "Fast Open Cookie Request", FieldType.NONE);
        fastOpenCookie = fields.add("tcp.options.tfo.cookie", "Fast Open Cookie", FieldType.BYTES);
        md5Digest = fields.add("tcp.options.md5.digest", "MD5 digest", FieldType.BYTES);
        aoKeyId = fields.add("tcp.options.ao.keyid", "AO KeyID", FieldType.UINT8);
        aoNextKeyId = fields.add("tcp.options.ao.rnextkeyid", "AO RNextKeyID", FieldType.UINT8);
        aoMac = fields.add("tcp.options.ao.mac", "AO MAC", FieldType.BYTES);
        mptcpSubtype = fields.add("tcp.options.mptcp.subtype", "Multipath TCP subtype", FieldType.UINT8, Base.DEC, MPTCP_SUBTYPES, 0xf0);
        experimentId = fields.add("tcp.options.experimental.exid", "Experiment Identifier", FieldType.UINT16, Base.HEX,
                Map.of((long) FAST_OPEN_EXID, "Fast Open"), 0);
        experimentData = fields.add("tcp.options.experimental.data", "Data", FieldType.BYTES);
        unknownPayload = fields.add("tcp.options.unknown.payload", "Payload", FieldType.BYTES);
    }

    /**
     * Dissects the options area `data` (the header after its 20 fixed bytes); SACK edges count in `spaces`. Each
     * Info-column token goes to `info` as soon as it is known, so that it shows even when a later read fails.
     */
    Result dissect(ByteView data, Item tcp, TcpConnections.Spaces spaces, StringBuilder info) {
        Result result = new Result();
        int end = data.reportedLength();
        boolean tree = !tcp.isNone();
        Item list = tcp.add(options, data, 0, end, tree ? (Object) data.bytes(0, Math.min(end, data.length())) : null);
        List<String> names = tree ? new ArrayList<>() : null;
        int offset = 0;
        while (offset < end) {
            int code = data.u8(offset);
            if (tree) {
                names.add(name(code));
            }
            if (code == EOL) {
                option(code, data, offset, 1, list);
                padding(data, offset + 1, end, list);
                break;
            }
            if (code == NOP) {
                option(code, data, offset, 1, list);
                offset++;
                continue;
            }
            int announced = offset + 1 < end ? data.u8(offset + 1) : -1;
            String problem = lengthProblem(code, announced, end - offset);
            if (problem != null) {
                list.addText(data, offset, end - offset, problem).expert(Severity.ERROR, problem);
                result.defect = new TruncatedException(true, data.frameOffset(offset), end - offset);
                break;
            }
            decode(code, data, offset, announced, option(code, data, offset, announced, list), spaces, info, result);
            offset += announced;
        }
        if (tree) {
            list.text("Options: (" + end + " bytes), " + String.join(", ", names));
        }
        return result;
    }

    private Item option(int code, ByteView data, int offset, int size, Item list) {
        Kind known = DECODED_BY_CODE[code];
        Item item = list.add(known == null ? unknownProtocol : protocols[code], data, offset, size, (Object) null);
        if (!item.isNone()) {
            item.text(known == null ? "TCP Option - " + name(code) : known.title());
        }
        item.add(kind, data, offset, 1);
        if (size > 1) {
            item.add(length, data, offset + 1, 1);
        }
        return item;
    }

    /** Null when `announced` (-1: no length byte before the end) fits the kind and the `room` left in the header. */
    private static String lengthProblem(int code, int announced, int room) {
        String name = NAMES[code];
        if (announced < 0) {
            return name + " (no option length: option goes past end of options)";
        }
        if (announced > room) {
            return name + " (option length = " + announced + " bytes says option goes past end of options)";
        }
        if (announced < 2) {
            return name + " (with too-short option length = " + announced + (announced == 1 ? " byte)" : " bytes)");
        }
        int fixed = switch (code) {
            case MSS -> 4;
            case WINDOW_SCALE -> 3;
            case SACK_PERMITTED -> 2;
            case TIMESTAMPS -> 10;
            case MD5 -> 18;
            default -> 0;
        };
        if (fixed > 0 && announced != fixed) {
            return name + " (with option length = " + announced + " bytes; should be " + fixed + ")";
        }
        boolean valid = switch (code) {
            case SACK -> announced >= 10 && (announced - 2) % 8 == 0;
            case FAST_OPEN -> announced == 2 || announced >= 6 && announced <= 18;
            case AO, EXPERIMENT_1, EXPERIMENT_2 -> announced >= 4;
            case MPTCP -> announced >= 3;
            default -> true;
        };
        return valid ? null : name + " (with option length = " + announced + " bytes, which is invalid for this option)";
    }

    private void decode(int code, ByteView data, int offset, int size, Item item, TcpConnections.Spaces spaces, StringBuilder info,
            Result result) {
        boolean tree = !item.isNone();
        switch (code) {
            case MSS -> {
                int mss = data.u16(offset + 2);
                item.add(mssValue, data, offset + 2, 2);
                if (tree) {
                    item.text("TCP Option - Maximum segment size: " + mss + " bytes");
                }
                info.append(" MSS=").append(mss);
            }
            case WINDOW_SCALE -> {
                int shift = data.u8(offset + 2);
                Item shiftItem = item.add(shiftCount, data, offset + 2, 1);
                if (shift > MAX_SHIFT) {
                    shiftItem.expert(Severity.NOTE, "Window scale shift exceeds 14");
                }
                result.windowShift = Math.min(shift, MAX_SHIFT);
                int factor = 1 << result.windowShift;
                item.add(multiplier, data, offset + 2, 1, factor).generated();
                if (tree) {
                    item.text("TCP Option - Window scale: " + shift + " (multiply by " + factor + ")");
                }
                info.append(" WS=").append(factor);
            }
            case SACK_PERMITTED -> info.append(" SACK_PERM");
            case SACK -> {
                StringBuilder title = tree ? new StringBuilder("TCP Option - SACK") : null;
                for (int block = offset + 2; block < offset + size; block += 8) {
                    long left = spaces.ack(data.u32(block));
                    long right = spaces.ack(data.u32(block + 4));
                    item.add(sackLeftEdge, data, block, 4, left);
                    item.add(sackRightEdge, data, block + 4, 4, right);
                    if (tree) {
                        title.append(' ').append(left).append('-').append(right);
                    }
                    info.append(" SLE=").append(left).append(" SRE=").append(right);
                }
                item.add(sackCount, data, offset + 2, size - 2, (size - 2) / 8).generated();
                if (tree) {
                    item.text(title.toString());
                }
            }
            case TIMESTAMPS -> {
                long value = data.u32(offset + 2);
                long echo = data.u32(offset + 6);
                item.add(tsval, data, offset + 2, 4);
                item.add(tsecr, data, offset + 6, 4);
                if (tree) {
                    item.text("TCP Option - Timestamps: TSval " + value + ", TSecr " + echo);
                }
                info.append(" TSval=").append(value).append(" TSecr=").append(echo);
            }
            case FAST_OPEN -> fastOpen(data, offset, offset + 2, size, item, info);
            case EXPERIMENT_1, EXPERIMENT_2 -> {
                item.add(experimentId, data, offset + 2, 2);
                if (data.u16(offset + 2) == FAST_OPEN_EXID) {
                    item.text("TCP Option - Experimental: Fast Open");
                    fastOpen(data, offset, offset + 4, size, item, info);
                } else if (size > 4) {
                    item.add(experimentData, data, offset + 4, size - 4);
                }
            }
            case MD5 -> {
                info.append(" MD5");
                item.add(md5Digest, data, offset + 2, 16);
            }
            case AO -> {
                info.append(" TCP AO");
                item.add(aoKeyId, data, offset + 2, 1);
                item.add(aoNextKeyId, data, offset + 3, 1);
                item.add(aoMac, data, offset + 4, size - 4);
            }
            case MPTCP -> {
                int subtype = data.u8(offset + 2) >>> 4;
                item.add(mptcpSubtype, data, offset + 2, 1);
                if (!tree) {
                    // what the tree's hex would read
                    data.require(offset + 2, size - 2);
                    return;
                }
                item.addText(data, offset + 2, size - 2, "Data: " + Addresses.hex(data.bytes(offset + 2, size - 2), 0, size - 2, (char) 0));
                item.text("Multipath Transmission Control Protocol: " + MPTCP_SUBTYPES.getOrDefault((long) subtype, "Unknown (" + subtype + ")"));
            }
            default -> {
                if (size > 2) {
                    item.add(unknownPayload, data, offset + 2, size - 2);
                }
            }
        }
    }

    /** A TCP Fast Open cookie (RFC 7413) from `cookie` to the end of the option; none is a cookie request. */
    private void fastOpen(ByteView data, int offset, int cookie, int size, Item item, StringBuilder info) {
        if (cookie == offset + size) {
            info.append(" TFO=R");
            item.add(fastOpenRequest, data, offset, size, (Object) null);
        } else {
            info.append(" TFO=C");
            item.add(fastOpenCookie, data, cookie, offset + size - cookie);
        }
    }

    /** The bytes after an End of Option List up to the end of the header must be zero. */
    private static void padding(ByteView data, int from, int end, Item list) {
        for (int i = from; i < end; i++) {
            if (data.u8(i) != 0) {
                list.addText(data, from, end - from, "Non-zero header padding").expert(Severity.ERROR, "Non-zero header padding");
                return;
            }
        }
    }

    /** The option's name in the Options summary and in problem reports. */
    private static String name(int code) {
        return NAMES[code];
    }
}
