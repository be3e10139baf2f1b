package org.wirebench.proto.ipv4.internal;

import static java.util.Map.entry;

import java.util.Map;

import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Severity;

/**
 * The options of an IPv4 header (RFC 791, RFC 2113): type-length-value entries, except that End of Options List
 * and No-Operation are a single byte. Record Route, the source routes, Time Stamp and Router Alert are decoded.
 */
final class Ipv4Options {
    private static final int FIXED_HEADER = 20;
    private static final int END_OF_LIST = 0;
    private static final int NO_OPERATION = 1;
    private static final int RECORD_ROUTE = 7;
    private static final int TIME_STAMP = 68;
    private static final int LOOSE_SOURCE_ROUTE = 131;
    private static final int STRICT_SOURCE_ROUTE = 137;
    private static final int ROUTER_ALERT = 148;
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            entry(END_OF_LIST, "End of Options List (EOL)"),
            entry(NO_OPERATION, "No-Operation (NOP)"),
            entry(RECORD_ROUTE, "Record Route"),
            entry(TIME_STAMP, "Time Stamp"),
            entry(LOOSE_SOURCE_ROUTE, "Loose Source Route"),
            entry(STRICT_SOURCE_ROUTE, "Strict Source Route"),
            entry(ROUTER_ALERT, "Router Alert"),
            entry(130, "Security"),
            entry(133, "Extended Security"),
            entry(134, "Commercial Security"),
            entry(136, "Stream ID"),
            entry(11, "MTU Probe"),
            entry(12, "MTU Reply"),
            entry(82, "Traceroute"),
            entry(25, "Quick-Start"),
            entry(149, "Selective Directed Broadcast"));
    private static final Map<Long, String> NUMBERS = Map.ofEntries(
            entry(0L, "End of Option List (EOL)"), entry(1L, "No-Operation (NOP)"), entry(2L, "Security"),
            entry(3L, "Loose source route"), entry(4L, "Time stamp"), entry(5L, "Extended security"),
            entry(6L, "Commercial IP security option"), entry(7L, "Record route"), entry(8L, "Stream identifier"),
            entry(9L, "Strict source route"), entry(11L, "MTU probe"), entry(12L, "MTU Reply"), entry(18L, "Traceroute"),
            entry(20L, "Router Alert"), entry(21L, "Selective Directed Broadcast"), entry(25L, "Quick-Start"));
    private static final Map<Long, String> CLASSES = Map.of(0L, "Control", 2L, "Debugging and measurement");
    private static final Map<Long, String> TIME_STAMP_FLAGS = Map.of(0L, "Time stamps only", 1L, "Time stamp and address",
            3L, "Time stamps for prespecified addresses");
    private static final Map<Long, String> ROUTER_ALERTS = Map.of(0L, "Router shall examine packet");

    private final Field type;
    private final Field copied;
    private final Field optionClass;
    private final Field number;
    private final Field length;
    private final Field pointer;
    private final Field recordedRoute;
    private final Field emptyRoute;
    private final Field sourceRoute;
    private final Field overflow;
    private final Field flag;
    private final Field timeStamp;
    private final Field timeStampAddress;
    private final Field routerAlert;
    private final Field padding;

    Ipv4Options(Fields fields) {
        type = fields.add("ip.opt.type", "Type", FieldType.UINT8);
        copied = fields.add("ip.opt.type.copy", "Copy on fragmentation", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x80);
        optionClass = fields.add("ip.opt.type.class", "Class", FieldType.UINT8, Base.DEC, CLASSES, 0x60);
        number = fields.add("ip.opt.type.number", "Number", FieldType.UINT8, Base.DEC, NUMBERS, 0x1f);
        length = fields.add("ip.opt.len", "Length", FieldType.UINT8);
        pointer = fields.add("ip.opt.ptr", "Pointer", FieldType.UINT8);
        recordedRoute = fields.add("ip.rec_rt", "Recorded Route", FieldType.IPV4);
        emptyRoute = fields.add("ip.empty_rt", "Empty Route", FieldType.IPV4);
        sourceRoute = fields.add("ip.src_rt", "Source Route", FieldType.IPV4);
        overflow = fields.add("ip.opt.overflow", "Overflow", FieldType.UINT8, Base.DEC, Map.of(), 0xf0);
        flag = fields.add("ip.opt.flag", "Flag", FieldType.UINT8, Base.HEX, TIME_STAMP_FLAGS, 0x0f);
        timeStamp = fields.add("ip.opt.time_stamp", "Time stamp", FieldType.UINT32);
        timeStampAddress = fields.add("ip.opt.time_stamp_addr", "Address", FieldType.IPV4);
        routerAlert = fields.add("ip.opt.ra", "Router Alert", FieldType.UINT16, Base.DEC, ROUTER_ALERTS, 0);
        padding = fields.add("ip.opt.padding", "Padding", FieldType.BYTES);
    }

    /**
     * Shows the options between the fixed header and `end` (the header length) under `ip`. Returns the offset of
     * the first length byte that cannot be right (missing, too small to cover itself, or running past the
     * options); the options stop there. -1 when every option fits.
     */
    int dissect(ByteView data, int end, Item ip) {
        Item options = ip.addText(data, FIXED_HEADER, end - FIXED_HEADER, "");
        StringBuilder label = new StringBuilder("Options: (" + (end - FIXED_HEADER) + " bytes)");
        // the label lists the options read, also when a read past the captured bytes ends the loop
        try {
            int offset = FIXED_HEADER;
            while (offset < end) {
                int kind = data.u8(offset);
                String name = NAMES.getOrDefault(kind, "Unknown (0x" + Integer.toHexString(kind) + ")");
                if (kind == END_OF_LIST || kind == NO_OPERATION) {
                    typeItem(options.addText(data, offset, 1, "IP Option - " + name), data, offset);
                    offset++;
                    if (kind == END_OF_LIST) {
                        // what follows the end of the list only pads the header to a multiple of 4 bytes
                        if (offset < end) {
                            options.add(padding, data, offset, end - offset);
                        }
                        return -1;
                    }
                    continue;
                }
                String problem = lengthProblem(data, offset, end);
                if (problem != null) {
                    options.addText(data, offset, end - offset, name + " (" + problem + ")").expert(Severity.ERROR, name + " (" + problem + ")");
                    return offset + 1;
                }
                int optionLength = data.u8(offset + 1);
                label.append(", ").append(name);
                Item option = options.addText(data, offset, optionLength, "IP Option - " + name + " (" + optionLength + " bytes)");
                typeItem(option, data, offset);
                option.add(length, data, offset + 1, 1);
                switch (kind) {
                    case RECORD_ROUTE, LOOSE_SOURCE_ROUTE, STRICT_SOURCE_ROUTE -> route(option, data, offset, optionLength, kind);
                    case TIME_STAMP -> timeStamp(option, data, offset, optionLength);
                    case ROUTER_ALERT -> routerAlert(option, data, offset, optionLength);
                    default -> {
                        // shown as type and length only
                    }
                }
                offset += optionLength;
            }
            return -1;
        } finally {
            options.text(label.toString());
        }
    }

    /** Why the length byte of the option at `offset` cannot be right, or null. */
    private static String lengthProblem(ByteView data, int offset, int end) {
        if (offset + 1 >= end) {
            return "no room for the option length before the end of options";
        }
        int optionLength = data.u8(offset + 1);
        if (optionLength < 2) {
            return "with too-short option length = " + optionLength + " bytes";
        }
        if (offset + optionLength > end) {
            return "option length = " + optionLength + " bytes says option goes past end of options";
        }
        return null;
    }

    private void typeItem(Item option, ByteView data, int offset) {
        Item item = option.add(type, data, offset, 1);
        item.add(copied, data, offset, 1);
        item.add(optionClass, data, offset, 1);
        item.add(number, data, offset, 1);
    }

    /** Record Route and the source routes: a pointer (1-based, within the option) to the next address slot. */
    private void route(Item option, ByteView data, int offset, int optionLength, int kind) {
        int next = data.u8(offset + 2);
        Item pointerItem = option.add(pointer, data, offset + 2, 1);
        if (next < 4) {
            pointerItem.expert(Severity.WARNING, "Pointer points before first address");
        } else if (next % 4 != 0) {
            pointerItem.expert(Severity.WARNING, "Pointer points to middle of address");
        }
        for (int slot = 3; slot + 4 <= optionLength; slot += 4) {
            boolean passed = slot + 1 < next;
            Field field = kind != RECORD_ROUTE ? sourceRoute : passed ? recordedRoute : emptyRoute;
            Item address = option.add(field, data, offset + slot, 4);
            if (slot + 1 == next && !address.isNone()) {
                address.text(address.label() + " <- (next)");
            }
        }
    }

    /** Time Stamp: pointer, overflow count and flag, then time stamps alone or each after an address. */
    private void timeStamp(Item option, ByteView data, int offset, int optionLength) {
        option.add(pointer, data, offset + 2, 1);
        option.add(overflow, data, offset + 3, 1);
        option.add(flag, data, offset + 3, 1);
        boolean withAddresses = (data.u8(offset + 3) & 0x0f) != 0;
        int entry = withAddresses ? 8 : 4;
        for (int slot = 4; slot + entry <= optionLength; slot += entry) {
            if (withAddresses) {
                option.add(timeStampAddress, data, offset + slot, 4);
            }
            option.add(timeStamp, data, offset + slot + entry - 4, 4);
        }
    }

    private void routerAlert(Item option, ByteView data, int offset, int optionLength) {
        if (optionLength != 4) {
            option.expert(Severity.WARNING, "Invalid length for option: Router Alert is 4 bytes");
            return;
        }
        option.add(routerAlert, data, offset + 2, 2);
    }
}
