package org.wirebench.proto.dns.internal;

import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;

/**
 * Resource records (RFC 1035 §4.1.3) with the data of the common types decoded, EDNS(0) OPT records (RFC 6891),
 * and any other type as bytes. Fixed-size data is read from a view bounded by RDLENGTH, so data that overruns its
 * record is malformed where it is read; names are read from the whole message, for compression.
 */
final class DnsRecords {
    private static final Map<Long, String> OPTION_CODES = Map.ofEntries(Map.entry(0L, "Reserved"),
            Map.entry(1L, "LLQ - Long-lived query"), Map.entry(2L, "UL - Update lease"),
            Map.entry(3L, "NSID - Name Server Identifier"), Map.entry(4L, "Owner (reserved)"),
            Map.entry(5L, "DAU - DNSSEC Algorithm Understood (RFC6975)"), Map.entry(6L, "DHU - DS Hash Understood (RFC6975)"),
            Map.entry(7L, "N3U - NSEC3 Hash Understood (RFC6975)"), Map.entry(8L, "CSUBNET - Client subnet"),
            Map.entry(9L, "EDNS EXPIRE (RFC7314)"), Map.entry(10L, "COOKIE"), Map.entry(11L, "EDNS TCP Keepalive"),
            Map.entry(12L, "PADDING"), Map.entry(13L, "CHAIN"), Map.entry(15L, "Extended DNS Error"));

    private Field name;
    private Field type;
    private Field dnsClass;
    private Field cacheFlush;
    private Field ttl;
    private Field dataLength;
    private Field address;
    private Field address6;
    private Field cname;
    private Field ns;
    private Field ptr;
    private Field mxPreference;
    private Field mxExchange;
    private Field txtLength;
    private Field txt;
    private Field soaMname;
    private Field soaRname;
    private Field[] soaNumbers;
    private Field srvService;
    private Field srvProto;
    private Field srvName;
    private Field srvPriority;
    private Field srvWeight;
    private Field srvPort;
    private Field srvTarget;
    private Field payloadSize;
    private Field extendedRcode;
    private Field ednsVersion;
    private Field z;
    private Field dnssecOk;
    private Field zReserved;
    private Field option;
    private Field optionCode;
    private Field optionLength;
    private Field optionData;
    private Field data;

    void register(Fields fields) {
        name = fields.add("dns.resp.name", "Name", FieldType.STRING);
        type = fields.add("dns.resp.type", "Type", FieldType.UINT16, Base.DEC, DnsTypes.described(), 0);
        dnsClass = fields.add("dns.resp.class", "Class", FieldType.UINT16, Base.HEX, DnsTypes.CLASSES, 0);
        cacheFlush = fields.add("dns.resp.cache_flush", "Cache flush", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x8000);
        ttl = fields.add("dns.resp.ttl", "Time to live", FieldType.UINT32);
        dataLength = fields.add("dns.resp.len", "Data length", FieldType.UINT16);
        address = fields.add("dns.a", "Address", FieldType.IPV4);
        address6 = fields.add("dns.aaaa", "AAAA Address", FieldType.IPV6);
        cname = fields.add("dns.cname", "CNAME", FieldType.STRING);
        ns = fields.add("dns.ns", "Name Server", FieldType.STRING);
        ptr = fields.add("dns.ptr.domain_name", "Domain Name", FieldType.STRING);
        mxPreference = fields.add("dns.mx.preference", "Preference", FieldType.UINT16);
        mxExchange = fields.add("dns.mx.mail_exchange", "Mail Exchange", FieldType.STRING);
        txtLength = fields.add("dns.txt.length", "TXT Length", FieldType.UINT8);
        txt = fields.add("dns.txt", "TXT", FieldType.STRING);
        soaMname = fields.add("dns.soa.mname", "Primary name server", FieldType.STRING);
        soaRname = fields.add("dns.soa.rname", "Responsible authority's mailbox", FieldType.STRING);
        soaNumbers = new Field[] {
                fields.add("dns.soa.serial_number", "Serial Number", FieldType.UINT32),
                fields.add("dns.soa.refresh_interval", "Refresh Interval", FieldType.UINT32),
                fields.add("dns.soa.retry_interval", "Retry Interval", FieldType.UINT32),
                fields.add("dns.soa.expire_limit", "Expire limit", FieldType.UINT32),
                fields.add("dns.soa.minimum_ttl", "Minimum TTL", FieldType.UINT32) };
        srvService = fields.add("dns.srv.service", "Service", FieldType.STRING);
        srvProto = fields.add("dns.srv.proto", "Protocol", FieldType.STRING);
        srvName = fields.add("dns.srv.name", "Name", FieldType.STRING);
        srvPriority = fields.add("dns.srv.priority", "Priority", FieldType.UINT16);
        srvWeight = fields.add("dns.srv.weight", "Weight", FieldType.UINT16);
        srvPort = fields.add("dns.srv.port", "Port", FieldType.UINT16);
        srvTarget = fields.add("dns.srv.target", "Target", FieldType.STRING);
        payloadSize = fields.add("dns.rr.udp_payload_size", "UDP payload size", FieldType.UINT16);
        extendedRcode = fields.add("dns.resp.ext_rcode", "Higher bits in extended RCODE", FieldType.UINT8, Base.HEX);
        ednsVersion = fields.add("dns.resp.edns0_version", "EDNS0 version", FieldType.UINT8);
        z = fields.add("dns.resp.z", "Z", FieldType.UINT16, Base.HEX);
        dnssecOk = fields.add("dns.resp.z.do", "DO bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x8000);
        zReserved = fields.add("dns.resp.z.reserved", "Reserved", FieldType.UINT16, Base.HEX, Map.of(), 0x7fff);
        option = fields.add("dns.opt", "Option", FieldType.NONE);
        optionCode = fields.add("dns.opt.code", "Option Code", FieldType.UINT16, Base.DEC, OPTION_CODES, 0);
        optionLength = fields.add("dns.opt.len", "Option Length", FieldType.UINT16);
        optionData = fields.add("dns.opt.data", "Option Data", FieldType.BYTES);
        data = fields.add("dns.data", "Data", FieldType.BYTES);
    }

    /** How a record's data reads in the Info column (`A 93.184.216.34`) and in its tree line (`, addr 93.184.216.34`). */
    private record Shown(String info, String line) {
    }

    /** Dissects the record at `offset` of `message` under `section`, adds it to the Info column; returns the offset after it. */
    int dissect(ByteView message, int offset, Item section, Packet packet, boolean multicast) {
        DnsName owner = DnsName.readOrMark(message, offset, section, name, packet);
        int at = offset + owner.length();
        int rrType = message.u16(at);
        int rawClass = message.u16(at + 2);
        int rdLength = message.u16(at + 8);
        Item record = section.addText(message, offset, owner.length() + 10 + rdLength, owner.text() + ": type " + DnsTypes.name(rrType));
        record.add(name, message, offset, owner.length(), (Object) owner.text());
        record.add(type, message, at, 2);
        ByteView rdata = message.slice(at + 10, rdLength);
        if (rrType == DnsTypes.OPT) {
            edns(message, at, rdata, record);
            packet.appendInfo("OPT");
            return at + 10 + rdLength;
        }
        int rrClass = multicast ? rawClass & 0x7fff : rawClass;
        record.add(dnsClass, message, at + 2, 2, rrClass);
        if (multicast) {
            record.add(cacheFlush, message, at + 2, 2);
        }
        record.add(ttl, message, at + 4, 4);
        record.add(dataLength, message, at + 8, 2);
        Shown shown = data(rrType, message, at + 10, rdata, record, owner, offset, packet);
        record.text(owner.text() + ": type " + DnsTypes.name(rrType) + ", class " + DnsTypes.className(rrClass) + shown.line());
        packet.appendInfo(shown.info());
        return at + 10 + rdLength;
    }

    private Shown data(int rrType, ByteView message, int start, ByteView rdata, Item record, DnsName owner, int ownerOffset,
            Packet packet) {
        String typeName = DnsTypes.name(rrType);
        switch (rrType) {
            case DnsTypes.A -> {
                String text = Addresses.ipv4(rdata.u32(0));
                record.add(address, rdata, 0, 4);
                return new Shown(typeName + " " + text, ", addr " + text);
            }
            case DnsTypes.AAAA -> {
                String text = Addresses.ipv6(rdata.bytes(0, 16));
                record.add(address6, rdata, 0, 16);
                return new Shown(typeName + " " + text, ", addr " + text);
            }
            case DnsTypes.CNAME, DnsTypes.NS, DnsTypes.PTR -> {
                Field field = rrType == DnsTypes.CNAME ? cname : rrType == DnsTypes.NS ? ns : ptr;
                String target = nameAt(message, start, record, field, packet).text();
                String label = rrType == DnsTypes.CNAME ? ", cname " : rrType == DnsTypes.NS ? ", ns " : ", ";
                return new Shown(typeName + " " + target, label + target);
            }
            case DnsTypes.MX -> {
                int preference = rdata.u16(0);
                record.add(mxPreference, rdata, 0, 2);
                String exchange = nameAt(message, start + 2, record, mxExchange, packet).text();
                return new Shown(typeName + " " + preference + " " + exchange, ", preference " + preference + ", mx " + exchange);
            }
            case DnsTypes.SOA -> {
                DnsName mname = nameAt(message, start, record, soaMname, packet);
                DnsName rname = nameAt(message, start + mname.length(), record, soaRname, packet);
                for (int i = 0, at = mname.length() + rname.length(); i < soaNumbers.length; i++, at += 4) {
                    record.add(soaNumbers[i], rdata, at, 4);
                }
                return new Shown(typeName + " " + mname.text(), ", mname " + mname.text());
            }
            case DnsTypes.SRV -> {
                return srv(message, start, rdata, record, owner, ownerOffset, packet);
            }
            case DnsTypes.TXT -> {
                for (int at = 0; at < rdata.reportedLength();) {
                    int length = rdata.u8(at);
                    record.add(txtLength, rdata, at, 1);
                    record.add(txt, rdata, at + 1, length);
                    at += 1 + length;
                }
                return new Shown(typeName, "");
            }
            default -> {
                if (rdata.reportedLength() > 0) {
                    record.add(data, rdata, 0, rdata.reportedLength());
                }
                return new Shown(typeName, "");
            }
        }
    }

    /** SRV (RFC 2782): the owner `_service._proto.name` names the service; the data gives where it runs. */
    private Shown srv(ByteView message, int start, ByteView rdata, Item record, DnsName owner, int ownerOffset, Packet packet) {
        String[] parts = owner.text().split("\\.", 3);
        if (parts.length == 3 && parts[0].startsWith("_") && parts[1].startsWith("_")) {
            record.add(srvService, message, ownerOffset, owner.length(), (Object) parts[0]).generated();
            record.add(srvProto, message, ownerOffset, owner.length(), (Object) parts[1]).generated();
            record.add(srvName, message, ownerOffset, owner.length(), (Object) parts[2]).generated();
        }
        int priority = rdata.u16(0);
        int weight = rdata.u16(2);
        int port = rdata.u16(4);
        record.add(srvPriority, rdata, 0, 2);
        record.add(srvWeight, rdata, 2, 2);
        record.add(srvPort, rdata, 4, 2);
        String target = nameAt(message, start + 6, record, srvTarget, packet).text();
        String numbers = priority + " " + weight + " " + port + " " + target;
        return new Shown("SRV " + numbers, ", priority " + priority + ", weight " + weight + ", port " + port + ", target " + target);
    }

    /** OPT (RFC 6891 §6.1.2): the class holds the UDP payload size, the TTL the extended RCODE, version and flags. */
    private void edns(ByteView message, int at, ByteView rdata, Item record) {
        record.add(payloadSize, message, at + 2, 2);
        record.add(extendedRcode, message, at + 4, 1);
        record.add(ednsVersion, message, at + 5, 1);
        Item flags = record.add(z, message, at + 6, 2);
        flags.add(dnssecOk, message, at + 6, 2);
        flags.add(zReserved, message, at + 6, 2);
        record.add(dataLength, message, at + 8, 2);
        for (int offset = 0; offset < rdata.reportedLength();) {
            int code = rdata.u16(offset);
            int length = rdata.u16(offset + 2);
            Item item = record.add(option, rdata, offset, 4 + length, (Object) null)
                    .text("Option: " + OPTION_CODES.getOrDefault((long) code, "Unknown (" + code + ")"));
            item.add(optionCode, rdata, offset, 2);
            item.add(optionLength, rdata, offset + 2, 2);
            if (length > 0) {
                item.add(optionData, rdata, offset + 4, length);
            }
            offset += 4 + length;
        }
    }

    /** A name inside record data, added as `field`. */
    private static DnsName nameAt(ByteView message, int offset, Item record, Field field, Packet packet) {
        DnsName target = DnsName.readOrMark(message, offset, record, field, packet);
        record.add(field, message, offset, target.length(), (Object) target.text());
        return target;
    }
}
