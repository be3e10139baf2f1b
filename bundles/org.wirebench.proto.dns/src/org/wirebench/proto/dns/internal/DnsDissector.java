package org.wirebench.proto.dns.internal;

import java.util.Locale;
import java.util.Map;

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

/**
 * DNS messages (RFC 1035 §4) over UDP, and over TCP with their two-byte length prefix (§4.2.2), several to a
 * segment; multicast DNS (RFC 6762, port 5353) with its cache-flush and unicast-response bits. TCP segments are
 * not reassembled: a message that continues in a later segment is shown as such, not dissected.
 */
public final class DnsDissector implements Dissector {
    private static final int HEADER_LENGTH = 12;
    private static final int MDNS_PORT = 5353;
    private static final int RESPONSE = 0x8000;

    private static final Map<Long, String> OPCODES = Map.of(0L, "Standard query", 1L, "Inverse query",
            2L, "Server status request", 4L, "Zone change notification", 5L, "Dynamic update", 6L, "DNS Stateful operations (DSO)");
    private static final Map<Long, String> RCODES = Map.ofEntries(Map.entry(0L, "No error"), Map.entry(1L, "Format error"),
            Map.entry(2L, "Server failure"), Map.entry(3L, "No such name"), Map.entry(4L, "Not implemented"),
            Map.entry(5L, "Refused"), Map.entry(6L, "Name exists"), Map.entry(7L, "RRset exists"),
            Map.entry(8L, "RRset does not exist"), Map.entry(9L, "Not authoritative"), Map.entry(10L, "Name out of zone"),
            Map.entry(11L, "DSO-Type not implemented"));

    private final DnsRecords records = new DnsRecords();
    private Protocol protocol;
    private Field length;
    private Field id;
    private Field flags;
    private Field response;
    private Field opcode;
    private Field authoritative;
    private Field truncated;
    private Field recursionDesired;
    private Field recursionAvailable;
    private Field z;
    private Field authenticated;
    private Field checkingDisabled;
    private Field rcode;
    private Field[] counts;
    private Field queryName;
    private Field queryNameLength;
    private Field labelCount;
    private Field queryType;
    private Field queryClass;
    private Field unicastResponse;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        length = fields.add("dns.length", "Length", FieldType.UINT16);
        id = fields.add("dns.id", "Transaction ID", FieldType.UINT16, Base.HEX);
        flags = fields.add("dns.flags", "Flags", FieldType.UINT16, Base.HEX);
        response = bit(fields, "dns.flags.response", "Response", RESPONSE);
        opcode = fields.add("dns.flags.opcode", "Opcode", FieldType.UINT16, Base.DEC, OPCODES, 0x7800);
        authoritative = bit(fields, "dns.flags.authoritative", "Authoritative", 0x0400);
        truncated = bit(fields, "dns.flags.truncated", "Truncated", 0x0200);
        recursionDesired = bit(fields, "dns.flags.recdesired", "Recursion desired", 0x0100);
        recursionAvailable = bit(fields, "dns.flags.recavail", "Recursion available", 0x0080);
        z = bit(fields, "dns.flags.z", "Z", 0x0040);
        authenticated = bit(fields, "dns.flags.authenticated", "Answer authenticated", 0x0020);
        checkingDisabled = bit(fields, "dns.flags.checkdisable", "Non-authenticated data", 0x0010);
        rcode = fields.add("dns.flags.rcode", "Reply code", FieldType.UINT16, Base.DEC, RCODES, 0x000f);
        counts = new Field[] {
                fields.add("dns.count.queries", "Questions", FieldType.UINT16),
                fields.add("dns.count.answers", "Answer RRs", FieldType.UINT16),
                fields.add("dns.count.auth_rr", "Authority RRs", FieldType.UINT16),
                fields.add("dns.count.add_rr", "Additional RRs", FieldType.UINT16) };
        queryName = fields.add("dns.qry.name", "Name", FieldType.STRING);
        queryNameLength = fields.add("dns.qry.name.len", "Name Length", FieldType.UINT16);
        labelCount = fields.add("dns.count.labels", "Label Count", FieldType.UINT16);
        queryType = fields.add("dns.qry.type", "Type", FieldType.UINT16, Base.DEC, DnsTypes.described(), 0);
        queryClass = fields.add("dns.qry.class", "Class", FieldType.UINT16, Base.HEX, DnsTypes.CLASSES, 0);
        unicastResponse = bit(fields, "dns.qry.qu", "\"QU\" question", 0x8000);
        records.register(fields);
    }

    private static Field bit(Fields fields, String filterName, String name, int mask) {
        return fields.add(filterName, name, FieldType.BOOLEAN, Base.NONE, Map.of(), mask);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        boolean multicast = packet.sourcePort() == MDNS_PORT || packet.destinationPort() == MDNS_PORT;
        packet.setProtocolColumn(multicast ? "MDNS" : "DNS");
        if (!packet.layers().endsWith("tcp:dns")) {
            message(data, parent.add(protocol.field(), data, 0, data.length(), (Object) null), packet, multicast, true);
            return;
        }
        for (int offset = 0; offset < data.reportedLength();) {
            int remaining = data.reportedLength() - offset;
            if (remaining < 2 || data.u16(offset) > remaining - 2) {
                partial(data, offset, packet, parent);
                return;
            }
            int announced = data.u16(offset);
            Item dns = parent.add(protocol.field(), data, offset, Math.max(0, Math.min(2 + announced, data.length() - offset)), (Object) null);
            dns.add(length, data, offset, 2);
            message(data.slice(offset + 2, announced), dns, packet, multicast, offset == 0);
            offset += 2 + announced;
        }
    }

    /** The start of a message whose rest is in later segments, which are not reassembled: shown, not dissected. */
    private void partial(ByteView data, int offset, Packet packet, Item parent) {
        int remaining = data.reportedLength() - offset;
        String text = (remaining < 2 ? "DNS message length split across segments"
                : "DNS message of " + data.u16(offset) + " bytes, " + (remaining - 2) + " in this segment") + " (TCP reassembly not implemented)";
        Item dns = parent.add(protocol.field(), data, offset, Math.max(0, data.length() - offset), (Object) null)
                .text("Domain Name System (partial message)");
        if (remaining >= 2) {
            dns.add(length, data, offset, 2);
        }
        dns.expert(Severity.NOTE, text);
        if (offset == 0) {
            packet.setInfo(text);
        }
    }

    /** One message under its protocol item `dns`; the first of a segment replaces the Info column, others append to it. */
    private void message(ByteView message, Item dns, Packet packet, boolean multicast, boolean first) {
        int transaction = message.u16(0);
        int bits = message.u16(2);
        boolean isResponse = (bits & RESPONSE) != 0;
        String operation = name(OPCODES, bits >>> 11 & 0xf, "Unknown operation");
        String outcome = name(RCODES, bits & 0xf, "Unknown error");
        String head = operation + (isResponse ? " response" : "") + String.format(Locale.ROOT, " 0x%04x", transaction)
                + (isResponse && (bits & 0xf) != 0 ? " " + outcome : "");
        if (first) {
            packet.setInfo(head);
        } else {
            packet.appendInfo(head);
        }
        dns.text((multicast ? "Multicast Domain Name System" : "Domain Name System") + (isResponse ? " (response)" : " (query)"));
        dns.add(id, message, 0, 2);
        addFlags(message, dns, bits, operation + (isResponse ? " response, " + outcome : ""));
        int[] count = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            count[i] = message.u16(4 + 2 * i);
            dns.add(counts[i], message, 4 + 2 * i, 2);
        }
        int offset = HEADER_LENGTH;
        if (count[0] > 0) {
            Item section = dns.addText(message, offset, 0, "Queries");
            for (int i = 0; i < count[0]; i++) {
                offset = query(message, offset, section, packet, multicast);
            }
            section.length(offset - HEADER_LENGTH);
        }
        String[] titles = { "Answers", "Authoritative nameservers", "Additional records" };
        for (int s = 1; s < counts.length; s++) {
            if (count[s] > 0) {
                int start = offset;
                Item section = dns.addText(message, offset, 0, titles[s - 1]);
                for (int i = 0; i < count[s]; i++) {
                    offset = records.dissect(message, offset, section, packet, multicast);
                }
                section.length(offset - start);
            }
        }
    }

    private void addFlags(ByteView message, Item dns, int bits, String meaning) {
        Item item = dns.add(flags, message, 2, 2).text("Flags: 0x%04x %s", bits, meaning);
        boolean isResponse = (bits & RESPONSE) != 0;
        Field[] shown = isResponse
                ? new Field[] { response, opcode, authoritative, truncated, recursionDesired, recursionAvailable, z, authenticated,
                        checkingDisabled, rcode }
                : new Field[] { response, opcode, truncated, recursionDesired, z, checkingDisabled };
        for (Field field : shown) {
            item.add(field, message, 2, 2);
        }
    }

    private int query(ByteView message, int offset, Item section, Packet packet, boolean multicast) {
        DnsName name = DnsName.readOrMark(message, offset, section, queryName, packet);
        int at = offset + name.length();
        int type = message.u16(at);
        int rawClass = message.u16(at + 2);
        int dnsClass = multicast ? rawClass & 0x7fff : rawClass;
        Item query = section.addText(message, offset, name.length() + 4,
                name.text() + ": type " + DnsTypes.name(type) + ", class " + DnsTypes.className(dnsClass));
        query.add(queryName, message, offset, name.length(), (Object) name.text());
        query.add(queryNameLength, message, offset, name.length(), name.text().length()).generated();
        query.add(labelCount, message, offset, name.length(), name.labels()).generated();
        query.add(queryType, message, at, 2);
        query.add(queryClass, message, at + 2, 2, dnsClass);
        if (multicast) {
            query.add(unicastResponse, message, at + 2, 2);
        }
        packet.appendInfo(DnsTypes.name(type) + " " + name.text());
        return at + 4;
    }

    private static String name(Map<Long, String> names, int value, String unknown) {
        String name = names.get((long) value);
        return name != null ? name : unknown + " (" + value + ")";
    }
}
