package org.wirebench.proto.ntp.internal;

import java.util.Locale;
import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * NTP (RFC 5905): time packets with their timestamps as absolute times, extension fields (RFC 7822) and the key
 * identifier and MAC; control (mode 6) and private (mode 7) messages by their headers ({@link NtpControl}).
 */
public final class NtpDissector implements Dissector {
    private static final int CONTROL = 6;
    private static final int PRIVATE = 7;
    private static final int HEADER_LENGTH = 48;

    private static final Map<Long, String> LEAP = Map.of(0L, "no warning", 1L, "last minute of the day has 61 seconds",
            2L, "last minute of the day has 59 seconds", 3L, "unknown (clock unsynchronized)");
    static final Map<Long, String> MODES = Map.of(0L, "reserved", 1L, "symmetric active", 2L, "symmetric passive", 3L, "client",
            4L, "server", 5L, "broadcast", 6L, "reserved for NTP control message", 7L, "reserved for private use");
    private static final Map<Long, String> VERSIONS = Map.of(1L, "NTP Version 1", 2L, "NTP Version 2", 3L, "NTP Version 3",
            4L, "NTP Version 4");
    /** The mode as the Info column names it. */
    private static final String[] MODE_SUMMARY = { "reserved", "symmetric active", "symmetric passive", "client", "server",
            "broadcast", "control", "private" };

    private final NtpControl control = new NtpControl();
    private Protocol protocol;
    private Field flags;
    private Field leap;
    private Field version;
    private Field mode;
    private Field stratum;
    private Field poll;
    private Field precision;
    private Field rootDelay;
    private Field rootDispersion;
    private Field referenceId;
    private Field[] timestamps;
    private Field extension;
    private Field extensionType;
    private Field extensionLength;
    private Field extensionValue;
    private Field keyId;
    private Field mac;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        flags = fields.add("ntp.flags", "Flags", FieldType.UINT8, Base.HEX);
        leap = fields.add("ntp.flags.li", "Leap Indicator", FieldType.UINT8, Base.DEC, LEAP, 0xc0);
        version = fields.add("ntp.flags.vn", "Version number", FieldType.UINT8, Base.DEC, VERSIONS, 0x38);
        mode = fields.add("ntp.flags.mode", "Mode", FieldType.UINT8, Base.DEC, MODES, 0x07);
        stratum = fields.add("ntp.stratum", "Peer Clock Stratum", FieldType.UINT8);
        poll = fields.add("ntp.ppoll", "Peer Polling Interval", FieldType.UINT8);
        precision = fields.add("ntp.precision", "Peer Clock Precision", FieldType.UINT8);
        rootDelay = fields.add("ntp.rootdelay", "Root Delay", FieldType.UINT32);
        rootDispersion = fields.add("ntp.rootdispersion", "Root Dispersion", FieldType.UINT32);
        referenceId = fields.add("ntp.refid", "Reference ID", FieldType.BYTES);
        timestamps = new Field[] {
                fields.add("ntp.reftime", "Reference Timestamp", FieldType.ABSOLUTE_TIME),
                fields.add("ntp.org", "Origin Timestamp", FieldType.ABSOLUTE_TIME),
                fields.add("ntp.rec", "Receive Timestamp", FieldType.ABSOLUTE_TIME),
                fields.add("ntp.xmt", "Transmit Timestamp", FieldType.ABSOLUTE_TIME) };
        extension = fields.add("ntp.ext", "Extension", FieldType.NONE);
        extensionType = fields.add("ntp.ext.type", "Field Type", FieldType.UINT16, Base.HEX);
        extensionLength = fields.add("ntp.ext.length", "Length", FieldType.UINT16);
        extensionValue = fields.add("ntp.ext.value", "Value", FieldType.BYTES);
        keyId = fields.add("ntp.keyid", "Key ID", FieldType.BYTES);
        mac = fields.add("ntp.mac", "Message Authentication Code", FieldType.BYTES);
        control.register(fields, flags, version, mode);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("NTP");
        int first = data.u8(0);
        int vn = first >>> 3 & 7;
        int modeValue = first & 7;
        String summary = "NTP Version " + vn + ", " + MODE_SUMMARY[modeValue];
        packet.setInfo(summary);
        Item ntp = parent.add(protocol.field(), data, 0, data.length(), (Object) null).text("Network Time Protocol (" + summary + ")");
        if (modeValue == PRIVATE) {
            packet.setInfo(summary + control.privateMessage(data, ntp));
            return;
        }
        Item flagsItem = ntp.add(flags, data, 0, 1).text("Flags: 0x%02x, Leap Indicator: %s, Version number: NTP Version %d, Mode: %s",
                first, LEAP.get((long) (first >>> 6)), vn, MODES.get((long) modeValue));
        flagsItem.add(leap, data, 0, 1);
        flagsItem.add(version, data, 0, 1);
        flagsItem.add(mode, data, 0, 1);
        if (modeValue == CONTROL) {
            control.control(data, ntp);
        } else {
            time(data, ntp);
        }
    }

    /** Modes 0 to 5 after the first byte: the 48-byte header, then extension fields and authentication. */
    private void time(ByteView data, Item ntp) {
        int stratumValue = data.u8(1);
        ntp.add(stratum, data, 1, 1).text("Peer Clock Stratum: " + stratumName(stratumValue) + " (" + stratumValue + ")");
        int interval = data.u8(2);
        ntp.add(poll, data, 2, 1).text("Peer Polling Interval: "
                + (interval < 4 || interval > 17 ? "invalid (" + interval + ")" : interval + " (" + (1 << interval) + " seconds)"));
        byte exponent = (byte) data.u8(3);
        ntp.add(precision, data, 3, 1).text("Peer Clock Precision: %.6f seconds", Math.pow(2, exponent));
        ntp.add(rootDelay, data, 4, 4).text("Root Delay: %.6f seconds", data.u32(4) / 65536.0);
        ntp.add(rootDispersion, data, 8, 4).text("Root Dispersion: %.6f seconds", data.u32(8) / 65536.0);
        ntp.add(referenceId, data, 12, 4).text("Reference ID: " + referenceText(data, stratumValue));
        for (int i = 0; i < timestamps.length; i++) {
            int offset = 16 + 8 * i;
            long seconds = data.u32(offset);
            long fraction = data.u32(offset + 4);
            boolean unset = seconds == 0 && fraction == 0;
            Item item = ntp.add(timestamps[i], data, offset, 8, unset ? NtpTimestamp.zero() : NtpTimestamp.nanos(seconds, fraction));
            if (unset) {
                item.text(timestamps[i].name() + ": NULL");
            }
        }
        trailer(data, ntp);
    }

    /**
     * After the 48 bytes: extension fields (RFC 7822 §7.5: each at least 16 bytes, a multiple of 4), then a key
     * identifier alone (crypto-NAK) or with an MD5 or SHA-1 MAC (RFC 5905 §7.3).
     */
    private void trailer(ByteView data, Item ntp) {
        int offset = HEADER_LENGTH;
        int end = data.reportedLength();
        while (end - offset > 24) {
            int size = data.u16(offset + 2);
            if (size < 16 || size % 4 != 0 || offset + size > end) {
                ntp.addText(data, offset, end - offset, "Extension field of bad length " + size)
                        .expert(Severity.ERROR, "Extension field length " + size + " is invalid");
                throw new TruncatedException(true, data.frameOffset(offset + 2), 2);
            }
            Item item = ntp.add(extension, data, offset, size, (Object) null);
            item.add(extensionType, data, offset, 2);
            item.add(extensionLength, data, offset + 2, 2);
            item.add(extensionValue, data, offset + 4, size - 4);
            offset += size;
        }
        if (end - offset >= 4) {
            ntp.add(keyId, data, offset, 4);
        }
        if (end - offset > 4) {
            ntp.add(mac, data, offset + 4, Math.min(end, data.length()) - offset - 4);
        }
    }

    private static String stratumName(int value) {
        return value == 0 ? "unspecified or invalid" : value == 1 ? "primary reference" : value < 16 ? "secondary reference"
                : value == 16 ? "unsynchronized" : "reserved";
    }

    /** A primary server's reference is four ASCII characters (`GPS`), a secondary's the IPv4 address of its server. */
    private static String referenceText(ByteView data, int stratumValue) {
        long value = data.u32(12);
        if (value == 0) {
            return "NULL";
        }
        return stratumValue <= 1 ? "'" + data.ascii(12, 4).replace("\0", "") + "'" : Addresses.ipv4(value);
    }
}
