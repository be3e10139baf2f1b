package org.wirebench.proto.ipv4.internal;

import static org.wirebench.proto.ipv4.internal.IcmpMessages.ADDRESS_MASK_REPLY;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.ADDRESS_MASK_REQUEST;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.DESTINATION_UNREACHABLE;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.ECHO_REPLY;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.ECHO_REQUEST;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.FRAGMENTATION_NEEDED;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.PARAMETER_PROBLEM;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.REDIRECT;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.ROUTER_ADVERTISEMENT;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.ROUTER_SOLICITATION;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.TIMESTAMP_REPLY;
import static org.wirebench.proto.ipv4.internal.IcmpMessages.TIMESTAMP_REQUEST;


import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Dissector;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.InternetChecksum;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Protocol;

/**
 * ICMP (`icmp`, RFC 792), under `ip.proto` 1: type, code and verified checksum, then what the type carries.
 * Echo, timestamp, information and address-mask messages have an identifier and sequence number, shown in Info
 * as Wireshark does, big-endian and little-endian, with the TTL of the carrying IPv4 header. Error messages quote
 * the datagram they are about, dissected under the ICMP item without touching the columns.
 */
public final class IcmpDissector implements Dissector {
    private static final int HEADER = 4;
    // type, code, checksum and the 4 bytes each type uses its own way come before the body
    private static final int BODY = 8;

    private Protocol protocol;
    private Field type;
    private Field code;
    private Field checksum;
    private Field checksumStatus;
    private Field identifier;
    private Field identifierLe;
    private Field sequence;
    private Field sequenceLe;
    private Field unused;
    private Field reserved;
    private Field mtu;
    private Field gateway;
    private Field pointer;
    private Field originate;
    private Field receive;
    private Field transmit;
    private Field addressMask;
    private Field addressCount;
    private Field entrySize;
    private Field lifetime;
    private Field routerAddress;
    private Field preference;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        type = fields.add("icmp.type", "Type", FieldType.UINT8, Base.DEC, IcmpMessages.TYPES, 0);
        code = fields.add("icmp.code", "Code", FieldType.UINT8);
        checksum = fields.add("icmp.checksum", "Checksum", FieldType.UINT16, Base.HEX);
        checksumStatus = fields.add("icmp.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, InternetChecksum.STATUS_NAMES, 0);
        identifier = fields.add("icmp.ident", "Identifier (BE)", FieldType.UINT16, Base.DEC_HEX);
        identifierLe = fields.add("icmp.ident_le", "Identifier (LE)", FieldType.UINT16, Base.DEC_HEX);
        sequence = fields.add("icmp.seq", "Sequence Number (BE)", FieldType.UINT16, Base.DEC_HEX);
        sequenceLe = fields.add("icmp.seq_le", "Sequence Number (LE)", FieldType.UINT16, Base.DEC_HEX);
        unused = fields.add("icmp.unused", "Unused", FieldType.BYTES);
        reserved = fields.add("icmp.reserved", "Reserved", FieldType.BYTES);
        mtu = fields.add("icmp.mtu", "MTU of next hop", FieldType.UINT16);
        gateway = fields.add("icmp.redir_gw", "Gateway Address", FieldType.IPV4);
        pointer = fields.add("icmp.pointer", "Pointer", FieldType.UINT32);
        originate = fields.add("icmp.originate_timestamp", "Originate Timestamp", FieldType.UINT32);
        receive = fields.add("icmp.receive_timestamp", "Receive Timestamp", FieldType.UINT32);
        transmit = fields.add("icmp.transmit_timestamp", "Transmit Timestamp", FieldType.UINT32);
        addressMask = fields.add("icmp.address_mask", "Address Mask", FieldType.IPV4);
        addressCount = fields.add("icmp.num_addrs", "Number of addresses", FieldType.UINT8);
        entrySize = fields.add("icmp.addr_entry_size", "Address entry size", FieldType.UINT8);
        lifetime = fields.add("icmp.lifetime", "Lifetime", FieldType.UINT16);
        routerAddress = fields.add("icmp.router_address", "Router address", FieldType.IPV4);
        preference = fields.add("icmp.pref_level", "Preference level", FieldType.INT32);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("ICMP");
        int kind = data.u8(0);
        int codeValue = data.u8(1);
        int checksumValue = data.u16(2);
        int ttl = CarryingHeader.ttl();

        Item icmp = parent.add(protocol.field(), data, 0, HEADER);
        icmp.add(type, data, 0, 1);
        String codeName = IcmpMessages.code(kind, codeValue);
        Item codeItem = icmp.add(code, data, 1, 1);
        if (codeName != null) {
            codeItem.text("Code: " + codeValue + " (" + codeName + ")");
        }
        verify(icmp, data, checksumValue);

        // Wireshark pads the type to 20 characters, so the columns of a ping's Info line up
        String info = String.format("%-20s", IcmpMessages.type(kind)) + (codeName == null ? "" : " (" + codeName + ")");
        if (IcmpMessages.identified(kind)) {
            info += identifiers(icmp, data, ttl);
        }
        packet.setInfo(info);
        icmp.length(data.length());
        body(icmp, data, kind, codeValue, packet, parent);
    }

    private String identifiers(Item icmp, ByteView data, int ttl) {
        int id = data.u16(4);
        int seq = data.u16(6);
        icmp.add(identifier, data, 4, 2);
        icmp.add(identifierLe, data, 4, 2, data.u16le(4));
        icmp.add(sequence, data, 6, 2);
        icmp.add(sequenceLe, data, 6, 2, data.u16le(6));
        return String.format(" id=0x%04x, seq=%d/%d", id, seq, data.u16le(6)) + (ttl < 0 ? "" : ", ttl=" + ttl);
    }

    private void body(Item icmp, ByteView data, int kind, int codeValue, Packet packet, Item parent) {
        switch (kind) {
            case ECHO_REPLY, ECHO_REQUEST -> packet.callData(data.slice(BODY), parent);
            case TIMESTAMP_REQUEST, TIMESTAMP_REPLY -> {
                icmp.add(originate, data, 8, 4);
                icmp.add(receive, data, 12, 4);
                icmp.add(transmit, data, 16, 4);
            }
            case ADDRESS_MASK_REQUEST, ADDRESS_MASK_REPLY -> icmp.add(addressMask, data, 8, 4);
            case ROUTER_ADVERTISEMENT -> routerAdvertisement(icmp, data);
            case ROUTER_SOLICITATION -> icmp.add(reserved, data, 4, 4);
            default -> {
                if (IcmpMessages.error(kind)) {
                    errorFields(icmp, data, kind, codeValue);
                    QuotedDatagram.dissect(data.slice(BODY), packet, icmp);
                } else if (data.length() > HEADER) {
                    packet.callData(data.slice(HEADER), parent);
                }
            }
        }
    }

    private void errorFields(Item icmp, ByteView data, int kind, int codeValue) {
        if (kind == DESTINATION_UNREACHABLE && codeValue == FRAGMENTATION_NEEDED) {
            icmp.add(unused, data, 4, 2);
            icmp.add(mtu, data, 6, 2);
        } else if (kind == REDIRECT) {
            icmp.add(gateway, data, 4, 4);
        } else if (kind == PARAMETER_PROBLEM) {
            icmp.add(pointer, data, 4, 1);
            icmp.add(unused, data, 5, 3);
        } else {
            icmp.add(unused, data, 4, 4);
        }
    }

    private void routerAdvertisement(Item icmp, ByteView data) {
        int count = data.u8(4);
        int size = data.u8(5);
        icmp.add(addressCount, data, 4, 1);
        icmp.add(entrySize, data, 5, 1);
        icmp.add(lifetime, data, 6, 2);
        // an entry is an address and a preference level, `size` 32-bit words long (2 by RFC 1256)
        for (int i = 0, offset = BODY; i < count && size >= 2; i++, offset += size * 4) {
            icmp.add(routerAddress, data, offset, 4);
            icmp.add(preference, data, offset + 4, 4, (long) (int) data.u32(offset + 4));
        }
    }

    /** Verifies the checksum over the whole message, when all of it was captured. */
    private void verify(Item icmp, ByteView data, int value) {
        Item item = icmp.add(checksum, data, 2, 2);
        if (data.length() != data.reportedLength()) {
            InternetChecksum.show(icmp, item, checksumStatus, data, 2, "Checksum", value, InternetChecksum.UNVERIFIED, 0);
            return;
        }
        int length = data.length();
        boolean good = InternetChecksum.sum(data, 0, length) == 0xffff;
        int calculated = InternetChecksum.complement(InternetChecksum.sumWithoutChecksum(data, length, 2));
        InternetChecksum.show(icmp, item, checksumStatus, data, 2, "Checksum", value,
                good ? InternetChecksum.GOOD : InternetChecksum.BAD, calculated);
    }
}
