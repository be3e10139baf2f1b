package org.wirebench.proto.dhcp.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

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
 * DHCP options (RFC 2132 and later): code, length, value, the common ones decoded into Wireshark's fields. An
 * option whose length runs past the end of the packet is malformed at that option.
 */
final class DhcpOptions {
    private static final int PAD = 0;
    private static final int END = 255;

    static final Map<Long, String> MESSAGE_TYPES = Map.ofEntries(Map.entry(1L, "Discover"), Map.entry(2L, "Offer"),
            Map.entry(3L, "Request"), Map.entry(4L, "Decline"), Map.entry(5L, "ACK"), Map.entry(6L, "NAK"),
            Map.entry(7L, "Release"), Map.entry(8L, "Inform"), Map.entry(9L, "Force Renew"), Map.entry(10L, "Lease query"),
            Map.entry(11L, "Lease Unassigned"), Map.entry(12L, "Lease Unknown"), Map.entry(13L, "Lease Active"),
            Map.entry(14L, "Bulk Lease Query"), Map.entry(15L, "Lease Query Done"), Map.entry(16L, "Active LeaseQuery"),
            Map.entry(17L, "Lease Query Status"), Map.entry(18L, "TLS"));

    private enum Kind {
        /** One IPv4 address; the option line shows it. */
        ADDRESS,
        /** One or more IPv4 addresses. */
        ADDRESSES,
        TEXT,
        /** A 32-bit number of seconds. */
        SECONDS,
        UINT16,
        MESSAGE_TYPE,
        PARAMETERS,
        CLIENT_ID,
        RELAY_AGENT
    }

    private record Option(int code, String name, Kind kind, String filterName) {
    }

    private static final List<Option> DECODED = List.of(
            new Option(1, "Subnet Mask", Kind.ADDRESS, "dhcp.option.subnet_mask"),
            new Option(3, "Router", Kind.ADDRESSES, "dhcp.option.router"),
            new Option(4, "Time Server", Kind.ADDRESSES, "dhcp.option.time_server"),
            new Option(6, "Domain Name Server", Kind.ADDRESSES, "dhcp.option.domain_name_server"),
            new Option(12, "Host Name", Kind.TEXT, "dhcp.option.hostname"),
            new Option(15, "Domain Name", Kind.TEXT, "dhcp.option.domain_name"),
            new Option(26, "Interface MTU", Kind.UINT16, "dhcp.option.interface_mtu"),
            new Option(28, "Broadcast Address", Kind.ADDRESS, "dhcp.option.broadcast_address"),
            new Option(42, "Network Time Protocol Servers", Kind.ADDRESSES, "dhcp.option.ntp_server"),
            new Option(50, "Requested IP Address", Kind.ADDRESS, "dhcp.option.requested_ip_address"),
            new Option(51, "IP Address Lease Time", Kind.SECONDS, "dhcp.option.ip_address_lease_time"),
            new Option(53, "DHCP Message Type", Kind.MESSAGE_TYPE, "dhcp.option.dhcp"),
            new Option(54, "DHCP Server Identifier", Kind.ADDRESS, "dhcp.option.dhcp_server_id"),
            new Option(55, "Parameter Request List", Kind.PARAMETERS, "dhcp.option.request_list_item"),
            new Option(56, "Message", Kind.TEXT, "dhcp.option.message"),
            new Option(57, "Maximum DHCP Message Size", Kind.UINT16, "dhcp.option.dhcp_max_message_size"),
            new Option(58, "Renewal Time Value", Kind.SECONDS, "dhcp.option.renewal_time_value"),
            new Option(59, "Rebinding Time Value", Kind.SECONDS, "dhcp.option.rebinding_time_value"),
            new Option(60, "Vendor class identifier", Kind.TEXT, "dhcp.option.vendor_class_id"),
            new Option(61, "Client identifier", Kind.CLIENT_ID, "dhcp.client_id"),
            new Option(66, "TFTP Server Name", Kind.TEXT, "dhcp.option.tftp_server_name"),
            new Option(67, "Bootfile name", Kind.TEXT, "dhcp.option.bootfile_name"),
            new Option(82, "Agent Information Option", Kind.RELAY_AGENT, "dhcp.option.agent_information_option.value"));

    /** Names of options shown as bytes, for their option line and the parameter request list. */
    private static final Map<Integer, String> OTHER_NAMES = Map.ofEntries(Map.entry(0, "Padding"), Map.entry(2, "Time Offset"),
            Map.entry(5, "Name Server"), Map.entry(7, "Log Server"), Map.entry(13, "Boot File Size"), Map.entry(17, "Root Path"),
            Map.entry(31, "Perform Router Discover"), Map.entry(33, "Static Route"), Map.entry(43, "Vendor-Specific Information"),
            Map.entry(44, "NetBIOS over TCP/IP Name Server"), Map.entry(46, "NetBIOS over TCP/IP Node Type"),
            Map.entry(47, "NetBIOS over TCP/IP Scope"), Map.entry(52, "Option Overload"), Map.entry(77, "User Class Information"),
            Map.entry(81, "Client Fully Qualified Domain Name"), Map.entry(119, "Domain Search"),
            Map.entry(121, "Classless Static Route"), Map.entry(249, "Private/Classless Static Route (Microsoft)"),
            Map.entry(252, "Private/Proxy autodiscovery"), Map.entry(255, "End"));

    private final Map<Integer, Option> byCode = new HashMap<>();
    private final Map<Integer, Field> valueFields = new HashMap<>();
    private Field type;
    private Field length;
    private Field value;
    private Field end;
    private Field padding;
    private Field hardwareType;
    private Field macAddress;
    private Field suboption;
    private Field suboptionLength;
    private Field circuitId;
    private Field remoteId;

    void register(Fields fields, Field hardwareType, Field macAddress) {
        this.hardwareType = hardwareType;
        this.macAddress = macAddress;
        Map<Long, String> names = new HashMap<>();
        OTHER_NAMES.forEach((code, name) -> names.put((long) code, name));
        for (Option option : DECODED) {
            byCode.put(option.code(), option);
            names.put((long) option.code(), option.name());
            FieldType fieldType = switch (option.kind()) {
                case ADDRESS, ADDRESSES -> FieldType.IPV4;
                case TEXT -> FieldType.STRING;
                case SECONDS -> FieldType.UINT32;
                case UINT16 -> FieldType.UINT16;
                case MESSAGE_TYPE, PARAMETERS -> FieldType.UINT8;
                case CLIENT_ID, RELAY_AGENT -> FieldType.BYTES;
            };
            Map<Long, String> valueNames = option.kind() == Kind.MESSAGE_TYPE ? MESSAGE_TYPES : Map.of();
            String fieldName = switch (option.kind()) {
                case MESSAGE_TYPE -> "DHCP";
                case PARAMETERS -> "Parameter Request List Item";
                case CLIENT_ID -> "Identifier";
                case RELAY_AGENT -> "Value";
                default -> option.name();
            };
            valueFields.put(option.code(), fields.add(option.filterName(), fieldName, fieldType, fieldType == FieldType.STRING
                    || fieldType == FieldType.IPV4 || fieldType == FieldType.BYTES ? Base.NONE : Base.DEC, valueNames, 0));
        }
        type = fields.add("dhcp.option.type", "Option", FieldType.UINT8, Base.DEC, names, 0);
        length = fields.add("dhcp.option.length", "Length", FieldType.UINT8);
        value = fields.add("dhcp.option.value", "Value", FieldType.BYTES);
        end = fields.add("dhcp.option.end", "Option End", FieldType.UINT8);
        padding = fields.add("dhcp.option.padding", "Padding", FieldType.BYTES);
        suboption = fields.add("dhcp.option.agent_information_option.suboption", "Option 82 Suboption", FieldType.UINT8);
        suboptionLength = fields.add("dhcp.option.suboption_length", "Length", FieldType.UINT8);
        circuitId = fields.add("dhcp.option.agent_information_option.agent_circuit_id", "Agent Circuit ID", FieldType.BYTES);
        remoteId = fields.add("dhcp.option.agent_information_option.agent_remote_id", "Agent Remote ID", FieldType.BYTES);
    }

    /** Dissects the options from `offset` to the End option or the end of the data; reports the message type. */
    void dissect(ByteView data, int offset, Item dhcp, IntConsumer messageType) {
        while (offset < data.reportedLength()) {
            int code = data.u8(offset);
            if (code == PAD) {
                dhcp.add(type, data, offset, 1).text("Option: (0) Padding");
                offset++;
                continue;
            }
            if (code == END) {
                dhcp.add(type, data, offset, 1).text("Option: (255) End").add(end, data, offset, 1);
                if (offset + 1 < data.length()) {
                    dhcp.add(padding, data, offset + 1, data.length() - offset - 1);
                }
                return;
            }
            int size = offset + 1 < data.reportedLength() ? data.u8(offset + 1) : -1;
            Option known = byCode.get(code);
            String name = name(code);
            if (size < 0 || offset + 2 + size > data.reportedLength()) {
                String problem = "Option (" + code + ") " + name + ": length " + Math.max(size, 0) + " goes past the end of the packet";
                dhcp.add(type, data, offset, 1).text("Option: (" + code + ") " + name).expert(Severity.ERROR, problem);
                throw new TruncatedException(true, data.frameOffset(offset), data.reportedLength() - offset);
            }
            Item option = dhcp.add(type, data, offset, 2 + size, code).text("Option: (" + code + ") " + name);
            option.add(length, data, offset + 1, 1);
            if (known == null || !decode(known, data, offset + 2, size, option, messageType)) {
                if (known != null) {
                    option.expert(Severity.ERROR, "Bad length " + size + " for option " + name);
                }
                if (size > 0) {
                    option.add(value, data, offset + 2, size);
                }
            }
            offset += 2 + size;
        }
    }

    /** Decodes a known option's value; false when its length does not fit its kind. */
    private boolean decode(Option known, ByteView data, int at, int size, Item option, IntConsumer messageType) {
        Field field = valueFields.get(known.code());
        switch (known.kind()) {
            case ADDRESS -> {
                if (size != 4) {
                    return false;
                }
                option.add(field, data, at, 4);
                option.text("Option: (" + known.code() + ") " + known.name() + " (" + Addresses.ipv4(data.u32(at)) + ")");
            }
            case ADDRESSES -> {
                if (size == 0 || size % 4 != 0) {
                    return false;
                }
                for (int i = 0; i < size; i += 4) {
                    option.add(field, data, at + i, 4);
                }
            }
            case TEXT -> option.add(field, data, at, size, (Object) text(data.ascii(at, size)));
            case SECONDS -> {
                if (size != 4) {
                    return false;
                }
                long seconds = data.u32(at);
                option.add(field, data, at, 4).text(known.name() + ": (" + seconds + "s) " + duration(seconds));
            }
            case UINT16 -> {
                if (size != 2) {
                    return false;
                }
                option.add(field, data, at, 2);
            }
            case MESSAGE_TYPE -> {
                if (size != 1) {
                    return false;
                }
                int message = data.u8(at);
                option.add(field, data, at, 1);
                option.text("Option: (53) DHCP Message Type (" + messageTypeName(message) + ")");
                messageType.accept(message);
            }
            case PARAMETERS -> {
                for (int i = 0; i < size; i++) {
                    int code = data.u8(at + i);
                    option.add(field, data, at + i, 1).text("Parameter Request List Item: (" + code + ") " + name(code));
                }
            }
            case CLIENT_ID -> {
                if (size == 0) {
                    return false;
                }
                option.add(hardwareType, data, at, 1);
                if (data.u8(at) == 1 && size == 7) {
                    option.add(macAddress, data, at + 1, 6);
                } else if (size > 1) {
                    option.add(field, data, at + 1, size - 1);
                }
            }
            case RELAY_AGENT -> relayAgent(data, at, size, option, field);
        }
        return true;
    }

    /** Option 82 (RFC 3046): suboptions, each code, length, value; one that overruns the option is malformed. */
    private void relayAgent(ByteView data, int at, int size, Item option, Field otherValue) {
        ByteView suboptions = data.slice(at, size);
        for (int offset = 0; offset < size;) {
            int code = suboptions.u8(offset);
            int length = suboptions.u8(offset + 1);
            String name = code == 1 ? "Agent Circuit ID" : code == 2 ? "Agent Remote ID" : "Unknown";
            Item item = option.add(suboption, suboptions, offset, 2 + length, code).text("Option 82 Suboption: (" + code + ") " + name);
            item.add(suboptionLength, suboptions, offset + 1, 1);
            item.add(code == 1 ? circuitId : code == 2 ? remoteId : otherValue, suboptions, offset + 2, length);
            offset += 2 + length;
        }
    }

    static String messageTypeName(int message) {
        return MESSAGE_TYPES.getOrDefault((long) message, "Unknown Message Type (0x" + Integer.toHexString(message) + ")");
    }

    private String name(int code) {
        Option known = byCode.get(code);
        return known != null ? known.name() : OTHER_NAMES.getOrDefault(code, "Unknown");
    }

    /** Text options may carry a terminating NUL (RFC 2132 §2 says they should not); it is not part of the text. */
    private static String text(String raw) {
        int nul = raw.indexOf('\0');
        return nul < 0 ? raw : raw.substring(0, nul);
    }

    /** `10 minutes`, `1 day, 2 hours`, as Wireshark writes a duration; `infinity` for 0xffffffff (RFC 2131 §3.3). */
    static String duration(long seconds) {
        if (seconds == 0xffff_ffffL) {
            return "infinity";
        }
        long[] amounts = { seconds / 86400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60 };
        String[] units = { "day", "hour", "minute", "second" };
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                parts.add(amounts[i] + " " + units[i] + (amounts[i] == 1 ? "" : "s"));
            }
        }
        return parts.isEmpty() ? "0 seconds" : String.join(", ", parts);
    }
}
