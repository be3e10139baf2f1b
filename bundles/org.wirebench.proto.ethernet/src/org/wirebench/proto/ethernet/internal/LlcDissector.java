package org.wirebench.proto.ethernet.internal;

import static java.util.Map.entry;

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

/**
 * IEEE 802.2 Logical-Link Control (`llc`), under 802.3 frames: service access points and control field, then
 * either SNAP (organisation code and protocol id; code 0 carries an ethertype) or the `llc.dsap` table this
 * bundle owns.
 */
public final class LlcDissector implements Dissector {
    static final String DSAP_TABLE = "llc.dsap";
    private static final int SNAP_SAP = 0xaa;
    private static final int SNAP_HEADER = 5;
    private static final Map<Long, String> SAPS = Map.ofEntries(
            entry(0x00L, "NULL LSAP"),
            entry(0x02L, "LLC Sub-Layer Management"),
            entry(0x04L, "SNA Path Control"),
            entry(0x06L, "TCP/IP"),
            entry(0x42L, "Spanning Tree BPDU"),
            entry(0x7eL, "ISO 8208 (X.25 over 802.2)"),
            entry(0x80L, "XNS"),
            entry(0x98L, "ARP"),
            entry(0xaaL, "SNAP"),
            entry(0xe0L, "NetWare"),
            entry(0xf0L, "NetBIOS"),
            entry(0xf4L, "IBM Net Management"),
            entry(0xfeL, "ISO Network Layer"),
            entry(0xffL, "Global LSAP"));
    private static final Map<Long, String> ORGANISATIONS = Map.of(
            0x000000L, "Officially Xerox, but 0:0:0:0:0:0 is more common",
            0x0000f8L, "Cisco 90-Compatible",
            0x00000cL, "Cisco",
            0x0080c2L, "IEEE 802.1");
    // unnumbered frames by their modifier bits, the poll/final bit masked out
    private static final Map<Integer, String> UNNUMBERED = Map.of(0x00, "UI", 0xac, "XID", 0xe0, "TEST",
            0x6c, "SABME", 0x40, "DISC", 0x60, "UA", 0x0c, "DM", 0x84, "FRMR");
    private static final String[] SUPERVISORY = { "RR", "RNR", "REJ", "Unknown" };

    private Field protocol;
    private Field dsap;
    private Field dsapIg;
    private Field ssap;
    private Field ssapCr;
    private Field control;
    private Field organisation;
    private Field type;
    private Field protocolId;

    @Override
    public void register(Protocol protocol, Fields fields) {
        this.protocol = protocol.field();
        dsap = fields.add("llc.dsap", "DSAP", FieldType.UINT8, Base.HEX, SAPS, 0);
        dsapIg = fields.add("llc.dsap.ig", "IG Bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x01);
        ssap = fields.add("llc.ssap", "SSAP", FieldType.UINT8, Base.HEX, SAPS, 0);
        ssapCr = fields.add("llc.ssap.cr", "CR Bit", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x01);
        control = fields.add("llc.control", "Control", FieldType.UINT16, Base.HEX);
        organisation = fields.add("llc.oui", "Organization Code", FieldType.UINT24, Base.HEX, ORGANISATIONS, 0);
        type = fields.add("llc.type", "Type", FieldType.UINT16, Base.HEX, EtherType.NAMES, 0);
        protocolId = fields.add("llc.pid", "Protocol ID", FieldType.UINT16, Base.HEX);
    }

    @Override
    public void dissect(ByteView data, Packet packet, Item parent) {
        packet.setProtocolColumn("LLC");
        int destinationSap = data.u8(0);
        int sourceSap = data.u8(1);
        int first = data.u8(2);
        // I and S frames have a two-byte control field, U frames one byte
        boolean unnumbered = (first & 0x03) == 0x03;
        int controlLength = unnumbered ? 1 : 2;
        int second = unnumbered ? 0 : data.u8(3);
        String controlText = controlText(first, second, unnumbered);

        Item llc = parent.add(protocol, data, 0, 2 + controlLength).text("Logical-Link Control");
        llc.add(dsap, data, 0, 1).add(dsapIg, data, 0, 1).text("IG Bit: " + ((destinationSap & 1) != 0 ? "Group" : "Individual"));
        llc.add(ssap, data, 1, 1).add(ssapCr, data, 1, 1).text("CR Bit: " + ((sourceSap & 1) != 0 ? "Response" : "Command"));
        int controlValue = unnumbered ? first : first | second << 8;
        llc.add(control, data, 2, controlLength, controlValue)
                .text("Control field: %s (0x%0" + 2 * controlLength + "x)", controlText, controlValue);

        int offset = 2 + controlLength;
        if (destinationSap == SNAP_SAP && sourceSap == SNAP_SAP) {
            long oui = data.u24(offset);
            int pid = data.u16(offset + 3);
            llc.length(offset + SNAP_HEADER);
            llc.add(organisation, data, offset, 3);
            String organisationName = ORGANISATIONS.get(oui);
            packet.setInfo(String.format("%s; SNAP, OUI 0x%06X (%s), PID 0x%04X", controlText, oui,
                    organisationName == null ? "Unknown" : organisationName, pid));
            ByteView payload = data.slice(offset + SNAP_HEADER);
            // organisation code 0 (and Cisco's bridge-tunnel code) says the protocol id is an ethertype
            if (oui == 0x000000 || oui == 0x0000f8) {
                llc.add(type, data, offset + 3, 2);
                if (!packet.callTable(EtherType.TABLE, pid, payload, parent)) {
                    packet.callData(payload, parent);
                }
            } else {
                llc.add(protocolId, data, offset + 3, 2);
                packet.callData(payload, parent);
            }
            return;
        }
        packet.setInfo(String.format("%s; DSAP %s %s, SSAP %s %s", controlText, sapName(destinationSap),
                (destinationSap & 1) != 0 ? "Group" : "Individual", sapName(sourceSap),
                (sourceSap & 1) != 0 ? "Response" : "Command"));
        ByteView payload = data.slice(offset);
        if (!packet.callTable(DSAP_TABLE, destinationSap, payload, parent)) {
            packet.callData(payload, parent);
        }
    }

    private static String sapName(int sap) {
        String name = SAPS.get((long) (sap & 0xfe));
        return name == null ? String.format("0x%02x", sap & 0xfe) : name;
    }

    private static String controlText(int first, int second, boolean unnumbered) {
        if (unnumbered) {
            String function = UNNUMBERED.get(first & 0xec);
            return "U, func=" + (function == null ? String.format("0x%02x", first & 0xec) : function);
        }
        if ((first & 0x01) == 0) {
            return "I, N(R)=" + (second >>> 1) + ", N(S)=" + (first >>> 1);
        }
        return "S, func=" + SUPERVISORY[first >>> 2 & 0x03] + ", N(R)=" + (second >>> 1);
    }
}
