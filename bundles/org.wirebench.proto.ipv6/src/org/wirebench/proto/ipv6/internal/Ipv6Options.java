package org.wirebench.proto.ipv6.internal;

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
 * The type-length-value options of the Hop-by-Hop and Destination Options headers (RFC 8200 section 4.2): Pad1
 * is a single byte; PadN, Router Alert (RFC 2711) and Jumbo Payload (RFC 2675) are decoded, others shown as bytes.
 */
final class Ipv6Options {
    static final int JUMBO_PAYLOAD = 0xc2;
    private static final int PAD1 = 0x00;
    private static final int PADN = 0x01;
    private static final int ROUTER_ALERT = 0x05;
    private static final Map<Long, String> TYPES = Map.ofEntries(
            entry(0x00L, "Pad1"), entry(0x01L, "PadN"), entry(0x04L, "Tunnel Encapsulation Limit"), entry(0x05L, "Router Alert"),
            entry(0x07L, "CALIPSO"), entry(0x08L, "SMF_DPD"), entry(0x0fL, "Performance and Diagnostic Metrics"),
            entry(0x26L, "Quick-Start"), entry(0x30L, "Path MTU Option"), entry(0x31L, "IOAM Option"), entry(0x63L, "RPL Option"),
            entry(0x6dL, "MPL Option"), entry(0x8bL, "ILNP Nonce"), entry(0x8cL, "Line-Identification Option"),
            entry(0xc2L, "Jumbo Payload"), entry(0xc9L, "Home Address"), entry(0xeeL, "IP_DFF"));
    private static final Map<Long, String> ACTIONS = Map.of(0L, "Skip and continue", 1L, "Discard packet",
            2L, "Discard packet and send ICMP Parameter Problem", 3L, "Discard packet and send ICMP Parameter Problem for unicast addresses");
    private static final Map<Long, String> ROUTER_ALERTS = Map.of(0L, "MLD", 1L, "RSVP", 2L, "Active Networks");

    private final Field option;
    private final Field type;
    private final Field action;
    private final Field change;
    private final Field rest;
    private final Field length;
    private final Field pad1;
    private final Field padN;
    private final Field routerAlert;
    private final Field jumbo;
    private final Field unknown;

    /** What the options said that matters beyond their header, and where one of them broke. */
    static final class Found {
        long jumboLength = -1;
        int badLength = -1;
    }

    Ipv6Options(Fields fields) {
        option = fields.add("ipv6.opt", "IPv6 Option", FieldType.NONE);
        type = fields.add("ipv6.opt.type", "Type", FieldType.UINT8, Base.HEX, TYPES, 0);
        action = fields.add("ipv6.opt.type.action", "Action", FieldType.UINT8, Base.DEC, ACTIONS, 0xc0);
        change = fields.add("ipv6.opt.type.change", "May Change", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x20);
        rest = fields.add("ipv6.opt.type.rest", "Low-Order Bits", FieldType.UINT8, Base.HEX, Map.of(), 0x1f);
        length = fields.add("ipv6.opt.length", "Length", FieldType.UINT8);
        pad1 = fields.add("ipv6.opt.pad1", "Pad1", FieldType.NONE);
        padN = fields.add("ipv6.opt.padn", "PadN", FieldType.BYTES);
        routerAlert = fields.add("ipv6.opt.router_alert", "Router Alert", FieldType.UINT16, Base.DEC, ROUTER_ALERTS, 0);
        jumbo = fields.add("ipv6.opt.jumbo", "Payload Length", FieldType.UINT32);
        unknown = fields.add("ipv6.opt.unknown", "Unknown Option Payload", FieldType.BYTES);
    }

    /** Shows the options from `offset` to `end` under `header`. */
    Found dissect(ByteView data, int offset, int end, Item header) {
        Found found = new Found();
        while (offset < end) {
            int kind = data.u8(offset);
            if (kind == PAD1) {
                header.add(pad1, data, offset, 1).text("Pad1");
                offset++;
                continue;
            }
            int size = data.u8(offset + 1);
            String name = TYPES.getOrDefault((long) kind, String.format("Unknown IPv6 Option (0x%02x)", kind));
            Item item = header.add(option, data, offset, 2).text(name);
            Item typeItem = item.add(type, data, offset, 1);
            typeItem.add(action, data, offset, 1);
            typeItem.add(change, data, offset, 1);
            typeItem.add(rest, data, offset, 1);
            Item lengthItem = item.add(length, data, offset + 1, 1);
            if (offset + 2 + size > end) {
                lengthItem.expert(Severity.ERROR, "Invalid IPv6 option length: the option runs past its header");
                found.badLength = offset + 1;
                return found;
            }
            int value = offset + 2;
            if (kind == PADN) {
                item.add(padN, data, value, size);
            } else if (kind == ROUTER_ALERT && size == 2) {
                item.add(routerAlert, data, value, size);
            } else if (kind == JUMBO_PAYLOAD && size == 4) {
                // only one may be present; the first one counts
                if (found.jumboLength < 0) {
                    found.jumboLength = data.u32(value);
                }
                item.add(jumbo, data, value, size);
            } else if (size > 0) {
                if (kind == ROUTER_ALERT || kind == JUMBO_PAYLOAD) {
                    lengthItem.expert(Severity.WARNING, "Invalid IPv6 option length for " + name);
                }
                item.add(unknown, data, value, size);
            }
            item.length(2 + size);
            offset += 2 + size;
        }
        return found;
    }
}
