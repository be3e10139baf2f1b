package org.wirebench.proto.arp.internal;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.Map;

import org.wirebench.core.Addresses;

/**
 * What an ARP message says, as text: the operation, the four addresses, and the announcements RFC 5227 names (a
 * gratuitous ARP gives the sender's own address as the target's, a probe has no sender address yet, an
 * announcement is a gratuitous request for no one in particular).
 */
record ArpMessage(int operation, String senderHardware, String senderProtocol, String targetHardware, String targetProtocol,
        boolean gratuitous, boolean probe, boolean announcement) {
    static final int REQUEST = 1;
    static final int REPLY = 2;
    static final Map<Long, String> OPERATIONS = Map.ofEntries(
            entry(1L, "request"), entry(2L, "reply"), entry(3L, "reverse request"), entry(4L, "reverse reply"),
            entry(5L, "drarp request"), entry(6L, "drarp reply"), entry(7L, "drarp error"),
            entry(8L, "inverse request"), entry(9L, "inverse reply"), entry(10L, "arp nak"));
    /** An address of size 0, as Wireshark shows it. */
    private static final String NO_ADDRESS = "<No address>";

    /** The message of these addresses; `ethernet` and `ipv4` say whether they are MAC and IPv4 addresses. */
    static ArpMessage of(int operation, byte[] senderHardware, byte[] senderProtocol, byte[] targetHardware, byte[] targetProtocol,
            boolean ethernet, boolean ipv4) {
        boolean gratuitous = (operation == REQUEST || operation == REPLY) && Arrays.equals(senderProtocol, targetProtocol);
        boolean nobodyTargeted = allZero(targetHardware);
        return new ArpMessage(operation,
                ethernet ? Addresses.ether(senderHardware, 0) : hex(senderHardware), ipv4 ? dottedQuad(senderProtocol) : hex(senderProtocol),
                ethernet ? Addresses.ether(targetHardware, 0) : hex(targetHardware), ipv4 ? dottedQuad(targetProtocol) : hex(targetProtocol),
                gratuitous, operation == REQUEST && allZero(senderProtocol) && nobodyTargeted,
                operation == REQUEST && gratuitous && nobodyTargeted);
    }

    /** The Protocol column: the relatives of ARP that share its format go by their own names. */
    static String column(int operation) {
        return switch (operation) {
            case 3, 4 -> "RARP";
            case 5, 6, 7 -> "DRARP";
            case 8, 9 -> "Inverse ARP";
            default -> "ARP";
        };
    }

    String info() {
        return switch (operation) {
            case REQUEST -> probe ? "Who has " + targetProtocol + "? (ARP Probe)"
                    : announcement ? "ARP Announcement for " + senderProtocol
                    : gratuitous ? "Gratuitous ARP for " + senderProtocol + " (Request)"
                    : "Who has " + targetProtocol + "? Tell " + senderProtocol;
            case REPLY -> gratuitous ? "Gratuitous ARP for " + senderProtocol + " (Reply)" : senderProtocol + " is at " + senderHardware;
            case 3, 5, 8 -> "Who is " + targetHardware + "? Tell " + senderHardware;
            case 4, 6 -> targetHardware + " is at " + targetProtocol;
            case 7 -> "DRARP Error";
            case 9 -> senderHardware + " is at " + senderProtocol;
            case 10 -> "ARP NAK";
            default -> String.format("Unknown ARP opcode 0x%04x", operation);
        };
    }

    /** The protocol line's parenthesis: what kind of message this is. */
    String kind() {
        String name = OPERATIONS.getOrDefault((long) operation, "opcode 0x" + Integer.toHexString(operation));
        return probe ? "ARP Probe" : announcement ? "ARP Announcement" : gratuitous ? name + "/gratuitous ARP" : name;
    }

    private static String dottedQuad(byte[] address) {
        return Addresses.ipv4((address[0] & 0xffL) << 24 | (address[1] & 0xff) << 16 | (address[2] & 0xff) << 8 | address[3] & 0xff);
    }

    /** An address of no known kind, as Wireshark shows one: hex digits without separators. */
    private static String hex(byte[] address) {
        return address.length == 0 ? NO_ADDRESS : Addresses.hex(address, 0, address.length, (char) 0);
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
