package org.wirebench.proto.ipv6.internal;

import java.util.Map;

import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.ByteView;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;
import org.wirebench.core.IpProtocolNumbers;
import org.wirebench.core.Item;
import org.wirebench.core.Severity;

/**
 * The chain of IPv6 extension headers (RFC 8200 section 4): Hop-by-Hop Options, Routing (source route, Mobile
 * IPv6 type 2, Segment Routing type 4), Fragment, Destination Options and the Authentication Header, which is
 * skipped by its length. The walk stops at the first header that is none of these, at No Next Header, and at a
 * fragment that is not the first, whose payload does not start with the next header.
 */
final class ExtensionHeaders {
    static final int HOP_BY_HOP = 0;
    static final int ROUTING = 43;
    static final int FRAGMENT = 44;
    static final int AUTHENTICATION = 51;
    static final int NO_NEXT_HEADER = 59;
    static final int DESTINATION_OPTIONS = 60;
    private static final int SOURCE_ROUTE = 0;
    private static final int MOBILE_IPV6 = 2;
    private static final int SEGMENT_ROUTING = 4;
    private static final Map<Long, String> ROUTING_TYPES = Map.of(0L, "Source Route", 1L, "Nimrod", 2L, "Type 2 Routing",
            3L, "RPL Source Route", 4L, "Segment Routing", 5L, "Compact Routing Header 16", 6L, "Compact Routing Header 32");

    /** Where the walk ended and what it learnt on the way. */
    static final class Chain {
        int next;
        int offset;
        long jumboLength = -1;
        int fragmentOffset;
        boolean moreFragments;
        long identification;
        /** Where the fragmentable part starts, after the fragment header, or -1 without one; and what it starts with. */
        int fragmentable = -1;
        int fragmentableNext;
        byte[] finalDestination;
        int badLength = -1;

        /** A fragment other than the first: its payload continues a datagram, it does not start one. */
        boolean laterFragment() {
            return fragmentOffset > 0;
        }
    }

    /** The fields of one of the two options headers, which differ only in their prefix. */
    private record OptionsHeader(Field protocol, Field next, Field length, Field bytes) {
        static OptionsHeader register(Fields fields, String prefix, String name) {
            return new OptionsHeader(fields.add(prefix, name, FieldType.PROTOCOL),
                    fields.add(prefix + ".nxt", "Next Header", FieldType.UINT8, Base.DEC, IpProtocolNumbers.NAMES, 0),
                    fields.add(prefix + ".len", "Length", FieldType.UINT8),
                    fields.add(prefix + ".len_oct", "Length", FieldType.UINT16));
        }
    }

    private final OptionsHeader hopByHop;
    private final OptionsHeader destinationOptions;
    private final Ipv6Options options;
    private final Field routing;
    private final Field routingNext;
    private final Field routingLength;
    private final Field routingBytes;
    private final Field routingType;
    private final Field segmentsLeft;
    private final Field sourceRouteReserved;
    private final Field sourceRouteAddress;
    private final Field mobileReserved;
    private final Field homeAddress;
    private final Field lastEntry;
    private final Field segmentFlags;
    private final Field tag;
    private final Field segment;
    private final Field routingData;
    private final Field fragment;
    private final Field fragmentNext;
    private final Field reservedOctet;
    private final Field offset;
    private final Field reservedBits;
    private final Field more;
    private final Field identification;
    private final Field authentication;
    private final Field authenticationNext;
    private final Field authenticationLength;
    private final Field spi;
    private final Field sequence;
    private final Field icv;

    ExtensionHeaders(Fields fields) {
        hopByHop = OptionsHeader.register(fields, "ipv6.hopopts", "IPv6 Hop-by-Hop Option");
        destinationOptions = OptionsHeader.register(fields, "ipv6.dstopts", "Destination Options for IPv6");
        options = new Ipv6Options(fields);
        routing = fields.add("ipv6.routing", "Routing Header for IPv6", FieldType.PROTOCOL);
        routingNext = fields.add("ipv6.routing.nxt", "Next Header", FieldType.UINT8, Base.DEC, IpProtocolNumbers.NAMES, 0);
        routingLength = fields.add("ipv6.routing.len", "Length", FieldType.UINT8);
        routingBytes = fields.add("ipv6.routing.len_oct", "Length", FieldType.UINT16);
        routingType = fields.add("ipv6.routing.type", "Type", FieldType.UINT8, Base.DEC, ROUTING_TYPES, 0);
        segmentsLeft = fields.add("ipv6.routing.segleft", "Segments Left", FieldType.UINT8);
        sourceRouteReserved = fields.add("ipv6.routing.src.reserved", "Reserved", FieldType.BYTES);
        sourceRouteAddress = fields.add("ipv6.routing.src.addr", "Address", FieldType.IPV6);
        mobileReserved = fields.add("ipv6.routing.mipv6.reserved", "Reserved", FieldType.BYTES);
        homeAddress = fields.add("ipv6.routing.mipv6.home_address", "Home Address", FieldType.IPV6);
        lastEntry = fields.add("ipv6.routing.srh.last_entry", "Last Entry", FieldType.UINT8);
        segmentFlags = fields.add("ipv6.routing.srh.flags", "Flags", FieldType.UINT8, Base.HEX);
        tag = fields.add("ipv6.routing.srh.tag", "Tag", FieldType.BYTES);
        segment = fields.add("ipv6.routing.srh.addr", "Address", FieldType.IPV6);
        routingData = fields.add("ipv6.routing.unknown_data", "Type-Specific Data", FieldType.BYTES);
        fragment = fields.add("ipv6.fraghdr", "Fragment Header for IPv6", FieldType.PROTOCOL);
        fragmentNext = fields.add("ipv6.fraghdr.nxt", "Next header", FieldType.UINT8, Base.DEC, IpProtocolNumbers.NAMES, 0);
        reservedOctet = fields.add("ipv6.fraghdr.reserved_octet", "Reserved octet", FieldType.UINT8, Base.HEX);
        offset = fields.add("ipv6.fraghdr.offset", "Offset", FieldType.UINT16, Base.DEC, Map.of(), 0xfff8);
        reservedBits = fields.add("ipv6.fraghdr.reserved_bits", "Reserved bits", FieldType.UINT16, Base.DEC, Map.of(), 0x0006);
        more = fields.add("ipv6.fraghdr.more", "More Fragments", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x0001);
        identification = fields.add("ipv6.fraghdr.ident", "Identification", FieldType.UINT32, Base.HEX);
        authentication = fields.add("ah", "Authentication Header", FieldType.PROTOCOL);
        authenticationNext = fields.add("ah.nxt", "Next header", FieldType.UINT8, Base.DEC, IpProtocolNumbers.NAMES, 0);
        authenticationLength = fields.add("ah.len", "Length", FieldType.UINT8);
        spi = fields.add("ah.spi", "AH SPI", FieldType.UINT32, Base.HEX);
        sequence = fields.add("ah.sequence", "AH Sequence", FieldType.UINT32);
        icv = fields.add("ah.icv", "AH ICV", FieldType.BYTES);
    }

    /** Walks the headers from `next` at `start` (just past the fixed header), adding them under `ipv6`. */
    Chain walk(ByteView data, int next, int start, Item ipv6) {
        Chain chain = new Chain();
        chain.next = next;
        chain.offset = start;
        while (chain.badLength < 0 && !chain.laterFragment()) {
            switch (chain.next) {
                case HOP_BY_HOP -> {
                    if (chain.offset != start) {
                        ipv6.expert(Severity.WARNING, "IPv6 Hop-by-Hop extension header must appear immediately after IPv6 header");
                    }
                    options(data, chain, ipv6, hopByHop);
                }
                case DESTINATION_OPTIONS -> options(data, chain, ipv6, destinationOptions);
                case ROUTING -> routing(data, chain, ipv6);
                case FRAGMENT -> fragment(data, chain, ipv6);
                case AUTHENTICATION -> authentication(data, chain, ipv6);
                default -> {
                    return chain;
                }
            }
        }
        return chain;
    }

    private void options(ByteView data, Chain chain, Item ipv6, OptionsHeader kind) {
        int at = chain.offset;
        int nextHeader = data.u8(at);
        int units = data.u8(at + 1);
        int length = (units + 1) * 8;
        Item header = ipv6.add(kind.protocol(), data, at, 2);
        header.add(kind.next(), data, at, 1);
        header.add(kind.length(), data, at + 1, 1);
        header.add(kind.bytes(), data, at + 1, 1, length).text("Length: " + length + " bytes").generated();
        Ipv6Options.Found found = options.dissect(data, at + 2, at + length, header);
        header.length(length);
        if (found.jumboLength >= 0) {
            chain.jumboLength = found.jumboLength;
        }
        chain.badLength = found.badLength;
        chain.next = nextHeader;
        chain.offset = at + length;
    }

    private void routing(ByteView data, Chain chain, Item ipv6) {
        int at = chain.offset;
        int nextHeader = data.u8(at);
        int units = data.u8(at + 1);
        int type = data.u8(at + 2);
        int left = data.u8(at + 3);
        int length = (units + 1) * 8;
        Item header = ipv6.add(routing, data, at, 4)
                .text("Routing Header for IPv6 (" + ROUTING_TYPES.getOrDefault((long) type, "Unknown") + ")");
        header.add(routingNext, data, at, 1);
        header.add(routingLength, data, at + 1, 1);
        header.add(routingBytes, data, at + 1, 1, length).text("Length: " + length + " bytes").generated();
        header.add(routingType, data, at + 2, 1);
        Item leftItem = header.add(segmentsLeft, data, at + 3, 1);
        int addresses = switch (type) {
            case SOURCE_ROUTE -> {
                if (units % 2 != 0) {
                    header.expert(Severity.WARNING, "Invalid IPv6 Routing header length: not a whole number of addresses");
                }
                header.add(sourceRouteReserved, data, at + 4, 4);
                yield addresses(header, sourceRouteAddress, data, at + 8, units / 2, false);
            }
            case MOBILE_IPV6 -> {
                header.add(mobileReserved, data, at + 4, 4);
                yield addresses(header, homeAddress, data, at + 8, 1, false);
            }
            case SEGMENT_ROUTING -> {
                int last = data.u8(at + 4);
                header.add(lastEntry, data, at + 4, 1);
                header.add(segmentFlags, data, at + 5, 1);
                header.add(tag, data, at + 6, 2);
                if ((last + 1) * 16 > units * 8) {
                    header.expert(Severity.ERROR, "Invalid IPv6 Routing header length: " + (last + 1) + " segments do not fit");
                    chain.badLength = at + 1;
                    yield 0;
                }
                yield addresses(header, segment, data, at + 8, last + 1, true);
            }
            default -> {
                header.add(routingData, data, at + 4, length - 4);
                yield 0;
            }
        };
        if (left > addresses && addresses > 0) {
            leftItem.expert(Severity.WARNING, "IPv6 Routing Header segments left field must not exceed address count (" + addresses + ")");
        }
        // the packet's final destination: the last address of a source route, the first segment of a segment list
        if (left > 0 && addresses > 0) {
            int last = type == SEGMENT_ROUTING ? 0 : addresses - 1;
            chain.finalDestination = data.bytes(at + 8 + 16 * last, 16);
        }
        header.length(length);
        chain.next = nextHeader;
        chain.offset = at + length;
    }

    private static int addresses(Item header, Field field, ByteView data, int at, int count, boolean indexed) {
        for (int i = 0; i < count; i++) {
            Item address = header.add(field, data, at + 16 * i, 16);
            if (indexed && !address.isNone()) {
                address.text("Address[" + i + "]: " + Addresses.ipv6(data.bytes(at + 16 * i, 16)));
            }
        }
        return count;
    }

    private void fragment(ByteView data, Chain chain, Item ipv6) {
        int at = chain.offset;
        int nextHeader = data.u8(at);
        int offsetAndFlags = data.u16(at + 2);
        long ident = data.u32(at + 4);
        Item header = ipv6.add(fragment, data, at, 8);
        header.add(fragmentNext, data, at, 1);
        header.add(reservedOctet, data, at + 1, 1);
        int units = offsetAndFlags >>> 3;
        header.add(offset, data, at + 2, 2).text("Offset: " + units + " (" + units * 8 + " bytes)");
        header.add(reservedBits, data, at + 2, 2);
        header.add(more, data, at + 2, 2).text("More Fragments: " + ((offsetAndFlags & 1) != 0 ? "Yes" : "No"));
        header.add(identification, data, at + 4, 4);
        chain.fragmentOffset = units * 8;
        chain.moreFragments = (offsetAndFlags & 1) != 0;
        chain.identification = ident;
        chain.next = nextHeader;
        chain.offset = at + 8;
        chain.fragmentable = at + 8;
        chain.fragmentableNext = nextHeader;
    }

    /** The Authentication Header (RFC 4302) counts its length in 32-bit words, less 2. */
    private void authentication(ByteView data, Chain chain, Item ipv6) {
        int at = chain.offset;
        int nextHeader = data.u8(at);
        int length = (data.u8(at + 1) + 2) * 4;
        data.require(at + 2, 10);
        Item header = ipv6.add(authentication, data, at, 12);
        header.add(authenticationNext, data, at, 1);
        header.add(authenticationLength, data, at + 1, 1).text("Length: " + data.u8(at + 1) + " (" + length + " bytes)");
        header.add(spi, data, at + 4, 4);
        header.add(sequence, data, at + 8, 4);
        if (length > 12) {
            header.add(icv, data, at + 12, length - 12);
        }
        header.length(length);
        chain.next = nextHeader;
        chain.offset = at + length;
    }
}
