package org.wirebench.proto.ntp.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;

/**
 * The headers of NTP control messages (mode 6, RFC 9327) and of ntpd's private mode 7 messages, and the data
 * they announce as text or a byte count; the data itself is not decoded.
 */
final class NtpControl {
    private static final Map<Long, String> OPCODES = Map.ofEntries(Map.entry(0L, "reserved"), Map.entry(1L, "read status"),
            Map.entry(2L, "read variables"), Map.entry(3L, "write variables"), Map.entry(4L, "read clock variables"),
            Map.entry(5L, "write clock variables"), Map.entry(6L, "set trap address/port"), Map.entry(7L, "asynchronous message"),
            Map.entry(8L, "runtime configuration"), Map.entry(9L, "save config to file"), Map.entry(10L, "retrieve MRU (mrulist)"),
            Map.entry(11L, "retrieve ordered list"), Map.entry(12L, "request a client nonce"), Map.entry(31L, "unset trap address/port"));
    private static final Map<Long, String> RESPONSE_BIT = Map.of(0L, "Request", 1L, "Response");
    private static final Map<Long, String> IMPLEMENTATIONS = Map.of(0L, "UNIV", 2L, "XNTPD_OLD (pre-IPv6)", 3L, "XNTPD");
    /** ntpd's request codes, from 0 (PEER_LIST) on. */
    private static final String[] REQUEST_CODES = { "PEER_LIST", "PEER_LIST_SUM", "PEER_INFO", "PEER_STATS", "SYS_INFO", "SYS_STATS",
            "IO_STATS", "MEM_STATS", "LOOP_INFO", "TIMER_STATS", "CONFIG", "UNCONFIG", "SET_SYS_FLAG", "CLR_SYS_FLAG", "MONITOR",
            "NOMONITOR", "GET_RESTRICT", "RESADDFLAGS", "RESSUBFLAGS", "UNRESTRICT", "MON_GETLIST", "RESET_STATS", "RESET_PEER",
            "REREAD_KEYS", "DO_DIRTY_HACK", "DONT_DIRTY_HACK", "TRUSTKEY", "UNTRUSTKEY", "AUTHINFO", "TRAPS", "ADD_TRAP", "CLR_TRAP",
            "REQUEST_KEY", "CONTROL_KEY", "GET_CTLSTATS", "GET_LEAPINFO", "GET_CLOCKINFO", "SET_CLKFUDGE", "GET_KERNEL",
            "GET_CLKBUGINFO", null, "SET_PRECISION", "MON_GETLIST_1", "HOSTNAME_ASSOCID", "IF_STATS", "IF_RELOAD" };

    private Field flags;
    private Field version;
    private Field mode;
    private Field flags2;
    private Field responseBit;
    private Field errorBit;
    private Field moreBit;
    private Field opcode;
    private Field sequence;
    private Field status;
    private Field associationId;
    private Field offset;
    private Field count;
    private Field data;
    private Field item;
    private Field privateResponse;
    private Field privateMore;
    private Field authSequence;
    private Field authBit;
    private Field sequenceNumber;
    private Field implementation;
    private Field requestCode;
    private Field error;
    private Field items;
    private Field reserved;
    private Field itemSize;

    /** Registers the fields of both headers; the first byte's fields are the time packet's. */
    void register(Fields fields, Field flags, Field version, Field mode) {
        this.flags = flags;
        this.version = version;
        this.mode = mode;
        flags2 = fields.add("ntp.ctrl.flags2", "Flags 2", FieldType.UINT8, Base.HEX);
        responseBit = fields.add("ntp.ctrl.flags2.r", "Response bit", FieldType.UINT8, Base.DEC, RESPONSE_BIT, 0x80);
        errorBit = fields.add("ntp.ctrl.flags2.error", "Error bit", FieldType.UINT8, Base.DEC, Map.of(), 0x40);
        moreBit = fields.add("ntp.ctrl.flags2.more", "More bit", FieldType.UINT8, Base.DEC, Map.of(), 0x20);
        opcode = fields.add("ntp.ctrl.flags2.opcode", "Opcode", FieldType.UINT8, Base.DEC, OPCODES, 0x1f);
        sequence = fields.add("ntp.ctrl.sequence", "Sequence", FieldType.UINT16);
        status = fields.add("ntp.ctrl.status", "Status", FieldType.UINT16, Base.HEX);
        associationId = fields.add("ntp.ctrl.associd", "AssociationID", FieldType.UINT16);
        offset = fields.add("ntp.ctrl.offset", "Offset", FieldType.UINT16);
        count = fields.add("ntp.ctrl.count", "Count", FieldType.UINT16);
        data = fields.add("ntp.ctrl.data", "Data", FieldType.NONE);
        item = fields.add("ntp.ctrl.item", "Item", FieldType.NONE);
        privateResponse = fields.add("ntp.priv.flags.r", "Response bit", FieldType.UINT8, Base.DEC, RESPONSE_BIT, 0x80);
        privateMore = fields.add("ntp.priv.flags.more", "More bit", FieldType.UINT8, Base.DEC, Map.of(), 0x40);
        authSequence = fields.add("ntp.priv.auth_seq", "Auth, sequence", FieldType.UINT8);
        authBit = fields.add("ntp.priv.auth", "Auth bit", FieldType.UINT8, Base.DEC, Map.of(), 0x80);
        sequenceNumber = fields.add("ntp.priv.seq", "Sequence number", FieldType.UINT8, Base.DEC, Map.of(), 0x7f);
        implementation = fields.add("ntp.priv.impl", "Implementation", FieldType.UINT8, Base.DEC, IMPLEMENTATIONS, 0);
        Map<Long, String> codes = new HashMap<>();
        for (int i = 0; i < REQUEST_CODES.length; i++) {
            if (REQUEST_CODES[i] != null) {
                codes.put((long) i, REQUEST_CODES[i]);
            }
        }
        requestCode = fields.add("ntp.priv.reqcode", "Request code", FieldType.UINT8, Base.DEC, codes, 0);
        error = fields.add("ntp.priv.err", "Err", FieldType.UINT8, Base.HEX, Map.of(0L, "No error"), 0xf0);
        items = fields.add("ntp.priv.numitems", "Number of data items", FieldType.UINT16, Base.DEC, Map.of(), 0x0fff);
        reserved = fields.add("ntp.priv.reserved", "Reserved", FieldType.UINT8, Base.HEX, Map.of(), 0xf0);
        itemSize = fields.add("ntp.priv.itemsize", "Size of data item", FieldType.UINT16, Base.DEC, Map.of(), 0x0fff);
    }

    /** Mode 6 after its first byte: the rest of a 12-byte header, then `count` bytes of data, text such as `version="ntpd 4.2.8",…`. */
    void control(ByteView bytes, Item ntp) {
        int second = bytes.u8(1);
        Item flags2Item = ntp.add(flags2, bytes, 1, 1).text("Flags 2: 0x%02x, Response bit: %s, Opcode: %s", second,
                RESPONSE_BIT.get((long) (second >>> 7)), OPCODES.getOrDefault((long) (second & 0x1f), "Unknown (" + (second & 0x1f) + ")"));
        for (Field bit : new Field[] { responseBit, errorBit, moreBit, opcode }) {
            flags2Item.add(bit, bytes, 1, 1);
        }
        ntp.add(sequence, bytes, 2, 2);
        ntp.add(status, bytes, 4, 2);
        ntp.add(associationId, bytes, 6, 2);
        ntp.add(offset, bytes, 8, 2);
        int size = bytes.u16(10);
        ntp.add(count, bytes, 10, 2);
        if (size > 0) {
            variables(bytes, 12, bytes.ascii(12, size), ntp.add(data, bytes, 12, size, (Object) null));
        }
    }

    /** `name=value` items separated by commas and line ends; a comma inside quotes belongs to the value. */
    private void variables(ByteView bytes, int offset, String text, Item dataItem) {
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String variable = text.substring(start, i);
                String trimmed = variable.strip();
                if (!trimmed.isEmpty() && trimmed.charAt(0) != '\0') {
                    dataItem.add(item, bytes, offset + start + variable.indexOf(trimmed), trimmed.length(), (Object) null).text(trimmed);
                }
                start = i + 1;
            }
        }
    }

    /** Mode 7: an 8-byte header, then `items` data items of `itemSize` bytes. Returns what the Info column adds. */
    String privateMessage(ByteView bytes, Item ntp) {
        int first = bytes.u8(0);
        String direction = RESPONSE_BIT.get((long) (first >>> 7));
        Item flagsItem = ntp.add(flags, bytes, 0, 1).text("Flags: 0x%02x, Response bit: %s, Version number: NTP Version %d, Mode: %s",
                first, direction, first >>> 3 & 7, NtpDissector.MODES.get((long) (first & 7)));
        for (Field bit : new Field[] { privateResponse, privateMore, version, mode }) {
            flagsItem.add(bit, bytes, 0, 1);
        }
        Item auth = ntp.add(authSequence, bytes, 1, 1);
        auth.add(authBit, bytes, 1, 1);
        auth.add(sequenceNumber, bytes, 1, 1);
        ntp.add(implementation, bytes, 2, 1);
        int code = bytes.u8(3);
        ntp.add(requestCode, bytes, 3, 1);
        ntp.add(error, bytes, 4, 1);
        ntp.add(items, bytes, 4, 2);
        ntp.add(reserved, bytes, 6, 1);
        ntp.add(itemSize, bytes, 6, 2);
        int dataLength = (bytes.u16(4) & 0x0fff) * (bytes.u16(6) & 0x0fff);
        if (dataLength > 0) {
            bytes.require(8, dataLength);
            ntp.addText(bytes, 8, dataLength, "Data: " + (bytes.u16(4) & 0x0fff) + " items of " + (bytes.u16(6) & 0x0fff) + " bytes");
        }
        String name = code < REQUEST_CODES.length && REQUEST_CODES[code] != null ? REQUEST_CODES[code] : "Unknown (" + code + ")";
        return ", " + direction + ", " + name;
    }
}
