package org.wirebench.proto.udp.internal;

import static org.wirebench.core.InternetChecksum.BAD;
import static org.wirebench.core.InternetChecksum.GOOD;
import static org.wirebench.core.InternetChecksum.ILLEGAL;
import static org.wirebench.core.InternetChecksum.NOT_PRESENT;
import static org.wirebench.core.InternetChecksum.UNVERIFIED;

import java.util.Locale;

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
import org.wirebench.core.Severity;
import org.wirebench.core.TruncatedException;

/**
 * UDP (RFC 768): ports, length, checksum, and the payload handed on through the `udp.port` table. The payload is
 * what the length field announces; a length beyond the IP payload is an error at that field, the IP payload is
 * dissected anyway (as Wireshark does) and the packet is then marked malformed at the length field.
 */
public final class UdpDissector implements Dissector {
    private static final int HEADER_LENGTH = 8;
    private static final int IP_PROTOCOL = 17;
    private static final int CHECKSUM_OFFSET = 6;

    private Protocol protocol;
    private Field sourcePort;
    private Field destinationPort;
    private Field port;
    private Field length;
    private Field checksum;
    private Field checksumCalculated;
    private Field checksumStatus;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol;
        sourcePort = fields.add("udp.srcport", "Source Port", FieldType.UINT16);
        destinationPort = fields.add("udp.dstport", "Destination Port", FieldType.UINT16);
        port = fields.add("udp.port", "Source or Destination Port", FieldType.UINT16);
        length = fields.add("udp.length", "Length", FieldType.UINT16);
        checksum = fields.add("udp.checksum", "Checksum", FieldType.UINT16, Base.HEX);
        checksumCalculated = fields.add("udp.checksum_calculated", "Calculated Checksum", FieldType.UINT16, Base.HEX);
        checksumStatus = fields.add("udp.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, InternetChecksum.STATUS_NAMES, 0);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("UDP");
        int source = data.u16(0);
        int destination = data.u16(2);
        Item udp = parent.add(protocol.field(), data, 0, Math.min(HEADER_LENGTH, data.length()));
        if (!udp.isNone()) {
            udp.text("User Datagram Protocol, Src Port: " + source + ", Dst Port: " + destination);
        }
        udp.add(sourcePort, data, 0, 2);
        udp.add(destinationPort, data, 2, 2);
        udp.add(port, data, 0, 2).hidden();
        udp.add(port, data, 2, 2).hidden();
        StringBuilder info = packet.infoText();
        info.setLength(0);
        packet.appendPort(packet.appendPort(info, "udp", source).append(" → "), "udp", destination);
        int portsEnd = info.length();

        int announced = data.u16(4);
        Item lengthItem = udp.add(length, data, 4, 2);
        if (announced < HEADER_LENGTH) {
            lengthItem.text("Length: " + announced + " (bogus, must be >= 8)")
                    .expert(Severity.ERROR, "Bad length value " + announced + " < 8");
            info.append(" [BAD UDP LENGTH ").append(announced).append(" < 8]");
            throw malformed(data, 4, 2);
        }
        info.setLength(portsEnd);
        info.append(" Len=").append(announced - HEADER_LENGTH);
        boolean lengthLies = announced > data.reportedLength();
        if (lengthLies) {
            lengthItem.text("Length: " + announced + " (bogus, payload length " + data.reportedLength() + ")")
                    .expert(Severity.ERROR, "Bad length value " + announced + " > IP payload length");
            packet.appendInfo("[BAD UDP LENGTH " + announced + " > IP PAYLOAD LENGTH]");
        }
        addChecksum(data, packet, udp, announced);

        ByteView payload = lengthLies ? data.slice(HEADER_LENGTH) : data.slice(HEADER_LENGTH, announced - HEADER_LENGTH);
        packet.setPorts("udp", source, destination);
        if (payload.reportedLength() > 0) {
            packet.callPorts("udp.port", source, destination, payload, parent);
        }
        if (lengthLies) {
            // only now, so that what the datagram carried is still dissected
            throw malformed(data, 4, 2);
        }
    }

    private void addChecksum(ByteView data, Packet packet, Item udp, int datagramLength) {
        int value = data.u16(CHECKSUM_OFFSET);
        Item item = udp.add(checksum, data, CHECKSUM_OFFSET, 2);
        boolean tree = !item.isNone();
        String hex = tree ? String.format(Locale.ROOT, "0x%04x", value) : null;
        byte[] source = packet.netSourceBytes();
        byte[] destination = packet.netDestinationBytes();
        int status;
        if (value == 0 && source != null && source.length == 16) {
            (tree ? item.text("Checksum: " + hex + " [illegal]") : item).expert(Severity.ERROR, "Illegal checksum value (0)");
            status = ILLEGAL;
        } else if (value == 0) {
            if (tree) {
                item.text("Checksum: " + hex + " [zero-value ignored]");
            }
            status = NOT_PRESENT;
        } else if (source == null || destination == null || source.length != destination.length
                || datagramLength > data.reportedLength() || !data.has(0, datagramLength)) {
            // no IP addresses to build the pseudo-header from, or the datagram was not captured whole
            if (tree) {
                item.text("Checksum: " + hex + " [unverified]");
            }
            status = UNVERIFIED;
        } else {
            int expected = expected(source, destination, data, datagramLength);
            String expectedHex = String.format(Locale.ROOT, "0x%04x", expected);
            if (expected == value) {
                if (tree) {
                    item.text("Checksum: " + hex + " [correct]");
                }
                status = GOOD;
            } else {
                item.text("Checksum: " + hex + " incorrect, should be " + expectedHex + " (maybe caused by \"UDP checksum offload\"?)")
                        .expert(Severity.ERROR, "Bad checksum [should be " + expectedHex + "]");
                status = BAD;
            }
            item.add(checksumCalculated, data, CHECKSUM_OFFSET, 2, expected).generated();
        }
        item.add(checksumStatus, null, 0, 0, status).generated();
    }

    /**
     * The checksum field value the datagram of `length` bytes should carry, over the pseudo-header of the IP
     * addresses; 0xffff stands for a computed 0, as UDP transmits it.
     */
    private static int expected(byte[] source, byte[] destination, ByteView datagram, int length) {
        int sum = InternetChecksum.fold((long) InternetChecksum.pseudoHeader(source, destination, IP_PROTOCOL, length)
                + InternetChecksum.sumWithoutChecksum(datagram, length, CHECKSUM_OFFSET));
        int checksum = InternetChecksum.complement(sum);
        return checksum == 0 ? 0xffff : checksum;
    }

    private static TruncatedException malformed(ByteView data, int offset, int length) {
        return new TruncatedException(true, data.frameOffset(offset), length);
    }
}
