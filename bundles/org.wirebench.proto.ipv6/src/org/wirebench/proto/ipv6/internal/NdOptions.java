package org.wirebench.proto.ipv6.internal;

import static java.util.Map.entry;

import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.Item;
import org.wirebench.core.Packet;
import org.wirebench.core.Severity;

/**
 * Neighbor Discovery options (RFC 4861 section 4.6, RFC 8106): type, length in units of 8 bytes, value. Link-layer
 * addresses, prefix information, MTU, recursive DNS servers and the redirected header are decoded. A length of 0
 * cannot be skipped over, so it ends the options, as malformed.
 */
final class NdOptions {
    private static final int UNIT = 8;
    private static final int SOURCE_LINK_LAYER = 1;
    private static final int TARGET_LINK_LAYER = 2;
    private static final int PREFIX_INFORMATION = 3;
    private static final int REDIRECTED_HEADER = 4;
    private static final int MTU = 5;
    private static final int RECURSIVE_DNS_SERVER = 25;
    private static final Map<Long, String> TYPES = Map.ofEntries(
            entry(1L, "Source link-layer address"), entry(2L, "Target link-layer address"), entry(3L, "Prefix information"),
            entry(4L, "Redirected header"), entry(5L, "MTU"), entry(6L, "NBMA Shortcut Limit Option"),
            entry(7L, "Advertisement Interval"), entry(8L, "Home Agent Information"), entry(9L, "Source Address List"),
            entry(10L, "Target Address List"), entry(11L, "CGA"), entry(12L, "RSA Signature"), entry(13L, "Timestamp"),
            entry(14L, "Nonce"), entry(24L, "Route Information"), entry(25L, "Recursive DNS Server"),
            entry(26L, "RA Flags Extension"), entry(31L, "DNS Search List Option"), entry(37L, "DHCP Captive-Portal"),
            entry(38L, "PREF64 Option"));

    private final Field option;
    private final Field type;
    private final Field length;
    private final Field linkAddress;
    private final Field sourceLinkAddress;
    private final Field targetLinkAddress;
    private final Field reserved;
    private final Field prefixLength;
    private final Field prefixFlags;
    private final Field onLink;
    private final Field autonomous;
    private final Field routerAddress;
    private final Field prefixFlagsReserved;
    private final Field validLifetime;
    private final Field preferredLifetime;
    private final Field prefix;
    private final Field mtu;
    private final Field dnsLifetime;
    private final Field dnsServer;
    private final Field redirectedPacket;

    /** The link-layer addresses the options gave, for Info, and where the options broke. */
    static final class Found {
        String sourceLinkLayer;
        String targetLinkLayer;
        int badLength = -1;
    }

    NdOptions(Fields fields) {
        option = fields.add("icmpv6.opt", "ICMPv6 Option", FieldType.NONE);
        type = fields.add("icmpv6.opt.type", "Type", FieldType.UINT8, Base.DEC, TYPES, 0);
        length = fields.add("icmpv6.opt.length", "Length", FieldType.UINT8);
        linkAddress = fields.add("icmpv6.opt.linkaddr", "Link-layer address", FieldType.BYTES);
        sourceLinkAddress = fields.add("icmpv6.opt.src_linkaddr", "Source Link-layer address", FieldType.BYTES);
        targetLinkAddress = fields.add("icmpv6.opt.target_linkaddr", "Target Link-layer address", FieldType.BYTES);
        reserved = fields.add("icmpv6.opt.reserved", "Reserved", FieldType.NONE);
        prefixLength = fields.add("icmpv6.opt.prefix.length", "Prefix Length", FieldType.UINT8);
        prefixFlags = fields.add("icmpv6.opt.prefix.flag", "Flag", FieldType.UINT8, Base.HEX);
        onLink = fields.add("icmpv6.opt.prefix.flag.l", "On-link flag(L)", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x80);
        autonomous = fields.add("icmpv6.opt.prefix.flag.a", "Autonomous address-configuration flag(A)", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x40);
        routerAddress = fields.add("icmpv6.opt.prefix.flag.r", "Router address flag(R)", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x20);
        prefixFlagsReserved = fields.add("icmpv6.opt.prefix.flag.reserved", "Reserved", FieldType.UINT8, Base.DEC, Map.of(), 0x1f);
        validLifetime = fields.add("icmpv6.opt.prefix.valid_lifetime", "Valid Lifetime", FieldType.UINT32);
        preferredLifetime = fields.add("icmpv6.opt.prefix.preferred_lifetime", "Preferred Lifetime", FieldType.UINT32);
        prefix = fields.add("icmpv6.opt.prefix", "Prefix", FieldType.IPV6);
        mtu = fields.add("icmpv6.opt.mtu", "MTU", FieldType.UINT32);
        dnsLifetime = fields.add("icmpv6.opt.rdnss.lifetime", "Lifetime", FieldType.UINT32);
        dnsServer = fields.add("icmpv6.opt.rdnss", "Recursive DNS Servers", FieldType.IPV6);
        redirectedPacket = fields.add("icmpv6.opt.redirected_packet", "Redirected Packet", FieldType.NONE);
    }

    /** Shows the options from `offset` to the end of the message under `icmpv6`. */
    Found dissect(ByteView data, int offset, Item icmpv6, Packet packet) {
        Found found = new Found();
        int end = data.reportedLength();
        while (offset < end) {
            int kind = data.u8(offset);
            int units = data.u8(offset + 1);
            String name = TYPES.getOrDefault((long) kind, "Unknown (" + kind + ")");
            Item item = icmpv6.add(option, data, offset, 2).text("ICMPv6 Option (" + name + ")");
            item.add(type, data, offset, 1);
            Item lengthItem = item.add(length, data, offset + 1, 1).text("Length: " + units + " (" + units * UNIT + " bytes)");
            int size = units * UNIT;
            if (units == 0 || offset + size > end) {
                lengthItem.expert(Severity.ERROR, units == 0 ? "Invalid option length (Zero)"
                        : "Invalid option length: " + size + " bytes run past the end of the message");
                found.badLength = offset + 1;
                return found;
            }
            String detail = value(item, data, offset, size, kind, found, packet);
            item.length(size).text("ICMPv6 Option (" + name + (detail == null ? "" : detail) + ")");
            offset += size;
        }
        return found;
    }

    /** Adds the option's value and returns what its label shows of it, or null. */
    private String value(Item item, ByteView data, int offset, int size, int kind, Found found, Packet packet) {
        int value = offset + 2;
        switch (kind) {
            case SOURCE_LINK_LAYER, TARGET_LINK_LAYER -> {
                // an Ethernet address fills the option but for its type and length; other link layers pad theirs
                int addressLength = size - 2;
                String text = addressLength == 6 ? Addresses.ether(data.bytes(value, 6), 0) : Addresses.hex(data.bytes(value, addressLength), 0, addressLength, ':');
                item.add(linkAddress, data, value, addressLength).text("Link-layer address: " + text);
                item.add(kind == SOURCE_LINK_LAYER ? sourceLinkAddress : targetLinkAddress, data, value, addressLength).hidden();
                if (kind == SOURCE_LINK_LAYER) {
                    found.sourceLinkLayer = text;
                } else {
                    found.targetLinkLayer = text;
                }
                return " : " + text;
            }
            case PREFIX_INFORMATION -> {
                int bits = data.u8(value);
                byte[] address = data.bytes(offset + 16, 16);
                item.add(prefixLength, data, value, 1);
                Item flags = item.add(prefixFlags, data, value + 1, 1);
                flags.add(onLink, data, value + 1, 1);
                flags.add(autonomous, data, value + 1, 1);
                flags.add(routerAddress, data, value + 1, 1);
                flags.add(prefixFlagsReserved, data, value + 1, 1);
                item.add(validLifetime, data, offset + 4, 4);
                item.add(preferredLifetime, data, offset + 8, 4);
                reserved(item, data, offset + 12, 4);
                item.add(prefix, data, offset + 16, 16);
                return " : " + Addresses.ipv6(address) + "/" + bits;
            }
            case MTU -> {
                reserved(item, data, value, 2);
                item.add(mtu, data, offset + 4, 4);
                return " : " + data.u32(offset + 4);
            }
            case RECURSIVE_DNS_SERVER -> {
                reserved(item, data, value, 2);
                item.add(dnsLifetime, data, offset + 4, 4);
                StringBuilder servers = new StringBuilder();
                for (int at = offset + 8; at + 16 <= offset + size; at += 16) {
                    item.add(dnsServer, data, at, 16);
                    servers.append(' ').append(Addresses.ipv6(data.bytes(at, 16)));
                }
                return servers.toString();
            }
            case REDIRECTED_HEADER -> {
                reserved(item, data, value, 6);
                Item quoted = item.add(redirectedPacket, data, offset + 8, 0).length(size - 8);
                QuotedPacket.dissect(data.slice(offset + 8, size - 8), packet, quoted);
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Reserved bytes are not read: a field of no type shows where they are. */
    private void reserved(Item item, ByteView data, int offset, int count) {
        item.add(reserved, data, offset, count, (Object) null);
    }
}
