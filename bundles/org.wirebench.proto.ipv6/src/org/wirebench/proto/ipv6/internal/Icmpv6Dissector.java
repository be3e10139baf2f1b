package org.wirebench.proto.ipv6.internal;

import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.ECHO_REPLY;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.ECHO_REQUEST;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.NEIGHBOR_ADVERTISEMENT;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.NEIGHBOR_SOLICITATION;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.PACKET_TOO_BIG;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.PARAMETER_PROBLEM;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.REDIRECT;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.ROUTER_ADVERTISEMENT;
import static org.wirebench.proto.ipv6.internal.Icmpv6Messages.ROUTER_SOLICITATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wirebench.core.Addresses;
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
import org.wirebench.core.TruncatedException;

/**
 * ICMPv6 (`icmpv6`, RFC 4443), under `ip.proto` 58: type, code and checksum (verified over the IPv6 pseudo-header
 * of the carrying header), then echo, the Neighbor Discovery messages (RFC 4861) with their options, or the
 * quoted packet of an error message, dissected under the ICMPv6 item without touching the columns.
 */
public final class Icmpv6Dissector implements Dissector {
    private static final int HEADER = 4;
    private static final int NEXT_HEADER = 58;
    private static final Map<Long, String> PREFERENCES = Map.of(0L, "Medium", 1L, "High", 2L, "Reserved", 3L, "Low");

    private Protocol protocol;
    private Field type;
    private Field code;
    private Field checksum;
    private Field checksumStatus;
    private Field reserved;
    private Field mtu;
    private Field pointer;
    private Field identifier;
    private Field sequence;
    private Field curHopLimit;
    private Field raFlags;
    private Field managed;
    private Field other;
    private Field homeAgent;
    private Field preference;
    private Field proxy;
    private Field raReserved;
    private Field routerLifetime;
    private Field reachableTime;
    private Field retransTimer;
    private Field solicitationTarget;
    private Field naFlags;
    private Field router;
    private Field solicited;
    private Field override;
    private Field naReserved;
    private Field advertisementTarget;
    private Field redirectTarget;
    private Field redirectDestination;
    private NdOptions options;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        type = fields.add("icmpv6.type", "Type", FieldType.UINT8, Base.DEC, Icmpv6Messages.TYPES, 0);
        code = fields.add("icmpv6.code", "Code", FieldType.UINT8);
        checksum = fields.add("icmpv6.checksum", "Checksum", FieldType.UINT16, Base.HEX);
        checksumStatus = fields.add("icmpv6.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, InternetChecksum.STATUS_NAMES, 0);
        reserved = fields.add("icmpv6.reserved", "Reserved", FieldType.BYTES);
        mtu = fields.add("icmpv6.mtu", "MTU", FieldType.UINT32);
        pointer = fields.add("icmpv6.pointer", "Pointer", FieldType.UINT32);
        identifier = fields.add("icmpv6.echo.identifier", "Identifier", FieldType.UINT16, Base.HEX);
        sequence = fields.add("icmpv6.echo.sequence_number", "Sequence", FieldType.UINT16);
        curHopLimit = fields.add("icmpv6.nd.ra.cur_hop_limit", "Cur hop limit", FieldType.UINT8);
        raFlags = fields.add("icmpv6.nd.ra.flag", "Flags", FieldType.UINT8, Base.HEX);
        managed = fields.add("icmpv6.nd.ra.flag.m", "Managed address configuration", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x80);
        other = fields.add("icmpv6.nd.ra.flag.o", "Other configuration", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x40);
        homeAgent = fields.add("icmpv6.nd.ra.flag.h", "Home Agent", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x20);
        preference = fields.add("icmpv6.nd.ra.flag.prf", "Prf (Default Router Preference)", FieldType.UINT8, Base.DEC, PREFERENCES, 0x18);
        proxy = fields.add("icmpv6.nd.ra.flag.p", "Proxy", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x04);
        raReserved = fields.add("icmpv6.nd.ra.flag.rsv", "Reserved", FieldType.UINT8, Base.DEC, Map.of(), 0x03);
        routerLifetime = fields.add("icmpv6.nd.ra.router_lifetime", "Router lifetime (s)", FieldType.UINT16);
        reachableTime = fields.add("icmpv6.nd.ra.reachable_time", "Reachable time (ms)", FieldType.UINT32);
        retransTimer = fields.add("icmpv6.nd.ra.retrans_timer", "Retrans timer (ms)", FieldType.UINT32);
        solicitationTarget = fields.add("icmpv6.nd.ns.target_address", "Target Address", FieldType.IPV6);
        naFlags = fields.add("icmpv6.nd.na.flag", "Flags", FieldType.UINT32, Base.HEX);
        router = fields.add("icmpv6.nd.na.flag.r", "Router", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x8000_0000L);
        solicited = fields.add("icmpv6.nd.na.flag.s", "Solicited", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x4000_0000L);
        override = fields.add("icmpv6.nd.na.flag.o", "Override", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x2000_0000L);
        naReserved = fields.add("icmpv6.nd.na.flag.rsv", "Reserved", FieldType.UINT32, Base.DEC, Map.of(), 0x1fff_ffffL);
        advertisementTarget = fields.add("icmpv6.nd.na.target_address", "Target Address", FieldType.IPV6);
        redirectTarget = fields.add("icmpv6.nd.rd.target_address", "Target Address", FieldType.IPV6);
        // sic: Wireshark files the redirect's destination under `rd.na`
        redirectDestination = fields.add("icmpv6.rd.na.destination_address", "Destination Address", FieldType.IPV6);
        options = new NdOptions(fields);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("ICMPv6");
        int kind = data.u8(0);
        int codeValue = data.u8(1);
        int checksumValue = data.u16(2);
        CarryingHeader header = CarryingHeader.current();

        Item icmpv6 = parent.add(protocol.field(), data, 0, HEADER);
        icmpv6.add(type, data, 0, 1);
        String codeName = Icmpv6Messages.code(kind, codeValue);
        Item codeItem = icmpv6.add(code, data, 1, 1);
        if (codeName != null) {
            codeItem.text("Code: " + codeValue + " (" + codeName + ")");
        }
        verify(icmpv6, data, checksumValue, header);
        packet.setInfo(Icmpv6Messages.type(kind) + (codeName == null ? "" : " (" + codeName + ")"));
        icmpv6.length(data.length());

        int badOptionLength = switch (kind) {
            case ECHO_REQUEST, ECHO_REPLY -> echo(icmpv6, data, header, packet, parent);
            case ROUTER_SOLICITATION -> routerSolicitation(icmpv6, data, packet);
            case ROUTER_ADVERTISEMENT -> routerAdvertisement(icmpv6, data, packet);
            case NEIGHBOR_SOLICITATION -> neighborSolicitation(icmpv6, data, packet);
            case NEIGHBOR_ADVERTISEMENT -> neighborAdvertisement(icmpv6, data, packet);
            case REDIRECT -> redirect(icmpv6, data, packet);
            default -> {
                if (Icmpv6Messages.error(kind)) {
                    error(icmpv6, data, kind, packet);
                } else if (data.length() > HEADER) {
                    packet.callData(data.slice(HEADER), parent);
                }
                yield -1;
            }
        };
        if (badOptionLength >= 0 && !packet.malformed()) {
            throw new TruncatedException(true, data.frameOffset(badOptionLength), 1);
        }
    }

    private int echo(Item icmpv6, ByteView data, CarryingHeader header, Packet packet, Item parent) {
        int id = data.u16(4);
        int seq = data.u16(6);
        icmpv6.add(identifier, data, 4, 2);
        icmpv6.add(sequence, data, 6, 2);
        packet.appendInfo(String.format("id=0x%04x, seq=%d", id, seq) + (header == null ? "" : ", hop limit=" + header.hopLimit()));
        packet.callData(data.slice(8), parent);
        return -1;
    }

    private void error(Item icmpv6, ByteView data, int kind, Packet packet) {
        if (kind == PACKET_TOO_BIG) {
            icmpv6.add(mtu, data, 4, 4);
        } else if (kind == PARAMETER_PROBLEM) {
            icmpv6.add(pointer, data, 4, 4);
        } else {
            icmpv6.add(reserved, data, 4, 4);
        }
        QuotedPacket.dissect(data.slice(8), packet, icmpv6);
    }

    private int routerSolicitation(Item icmpv6, ByteView data, Packet packet) {
        icmpv6.add(reserved, data, 4, 4);
        return optionsFromSender(icmpv6, data, 8, packet);
    }

    private int routerAdvertisement(Item icmpv6, ByteView data, Packet packet) {
        icmpv6.add(curHopLimit, data, 4, 1);
        Item flags = icmpv6.add(raFlags, data, 5, 1);
        for (Field flag : new Field[] { managed, other, homeAgent, preference, proxy, raReserved }) {
            flags.add(flag, data, 5, 1);
        }
        icmpv6.add(routerLifetime, data, 6, 2);
        icmpv6.add(reachableTime, data, 8, 4);
        icmpv6.add(retransTimer, data, 12, 4);
        return optionsFromSender(icmpv6, data, 16, packet);
    }

    private int neighborSolicitation(Item icmpv6, ByteView data, Packet packet) {
        byte[] target = data.bytes(8, 16);
        icmpv6.add(reserved, data, 4, 4);
        icmpv6.add(solicitationTarget, data, 8, 16);
        packet.appendInfo("for " + Addresses.ipv6(target));
        return optionsFromSender(icmpv6, data, 24, packet);
    }

    private int neighborAdvertisement(Item icmpv6, ByteView data, Packet packet) {
        long flagBits = data.u32(4);
        byte[] target = data.bytes(8, 16);
        Item flags = icmpv6.add(naFlags, data, 4, 4);
        for (Field flag : new Field[] { router, solicited, override, naReserved }) {
            flags.add(flag, data, 4, 4);
        }
        icmpv6.add(advertisementTarget, data, 8, 16);
        List<String> names = new ArrayList<>(3);
        if ((flagBits & 0x8000_0000L) != 0) {
            names.add("rtr");
        }
        if ((flagBits & 0x4000_0000L) != 0) {
            names.add("sol");
        }
        if ((flagBits & 0x2000_0000L) != 0) {
            names.add("ovr");
        }
        packet.appendInfo(Addresses.ipv6(target) + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")"));
        NdOptions.Found found = options.dissect(data, 24, icmpv6, packet);
        if (found.targetLinkLayer != null) {
            packet.appendInfo("is at " + found.targetLinkLayer);
        }
        return found.badLength;
    }

    /**
     * The Neighbor Discovery options from `offset`, Info naming the sender's link-layer address when one gives it;
     * returns the offset of an option length that cannot be right, or -1.
     */
    private int optionsFromSender(Item icmpv6, ByteView data, int offset, Packet packet) {
        NdOptions.Found found = options.dissect(data, offset, icmpv6, packet);
        if (found.sourceLinkLayer != null) {
            packet.appendInfo("from " + found.sourceLinkLayer);
        }
        return found.badLength;
    }

    private int redirect(Item icmpv6, ByteView data, Packet packet) {
        icmpv6.add(reserved, data, 4, 4);
        icmpv6.add(redirectTarget, data, 8, 16);
        icmpv6.add(redirectDestination, data, 24, 16);
        return options.dissect(data, 40, icmpv6, packet).badLength;
    }

    /** Verifies the checksum over the pseudo-header and the whole message, when both are known. */
    private void verify(Item icmpv6, ByteView data, int value, CarryingHeader header) {
        Item item = icmpv6.add(checksum, data, 2, 2);
        if (header == null || data.length() != data.reportedLength()) {
            InternetChecksum.show(icmpv6, item, checksumStatus, data, 2, "Checksum", value, InternetChecksum.UNVERIFIED, 0);
            return;
        }
        int pseudoHeader = InternetChecksum.pseudoHeader(header.source(), header.destination(), NEXT_HEADER, data.length());
        int sum = InternetChecksum.fold((long) pseudoHeader + InternetChecksum.sumWithoutChecksum(data, data.length(), 2));
        int calculated = InternetChecksum.complement(sum);
        boolean good = InternetChecksum.fold((long) sum + value) == 0xffff;
        InternetChecksum.show(icmpv6, item, checksumStatus, data, 2, "Checksum", value,
                good ? InternetChecksum.GOOD : InternetChecksum.BAD, calculated);
    }
}
