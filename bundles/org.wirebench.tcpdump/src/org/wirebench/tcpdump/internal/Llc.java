package org.wirebench.tcpdump.internal;

/** print-llc.c: 802.2 LLC and the SNAP header after it. */
final class Llc {
    private static final int SAP_SNAP = 0xaa;
    private static final int SAP_IP = 0x06;
    private static final int UI = 0x03;

    private Llc() {
    }

    /**
     * llc_print: `src` and `dst` are the offsets of the MAC addresses (negative when there are none). Returns
     * the LLC header length, negated when tcpdump has no printer for the payload.
     */
    static int print(Nd nd, int off, int length, int src, int dst) {
        nd.protocol = "llc";
        int caplen = nd.snapend - off;
        if (caplen < 3 || length < 3) {
            nd.trunc();
            HexDump.unknown(nd, off, caplen);
            return caplen < 3 ? caplen : length;
        }
        int dsapField = nd.u8(off);
        int ssapField = nd.u8(off + 1);
        int control = nd.u8(off + 2);
        boolean unnumbered = (control & 3) == 3;
        int hdrlen = 3;
        if (!unnumbered) {
            // information and supervisory frames have a two-byte, little-endian control field
            if (caplen < 4 || length < 4) {
                nd.trunc();
                HexDump.unknown(nd, off, caplen);
                return caplen < 4 ? caplen : length;
            }
            control = nd.u16le(off + 2);
            hdrlen = 4;
        }
        int dsap = dsapField & ~1;
        int ssap = ssapField & ~1;
        if (nd.eflag) {
            nd.print("LLC, dsap ").print(sap(dsap, "Unknown")).print(" (0x").hex(dsap, 2).print(") ")
                    .print((dsapField & 1) != 0 ? "Group" : "Individual");
            nd.print(", ssap ").print(sap(ssap, "Unknown")).print(" (0x").hex(ssap, 2).print(") ")
                    .print((ssapField & 1) != 0 ? "Response" : "Command");
            nd.print(", ctrl 0x").hex(control, unnumbered ? 2 : 4).print(": ");
        }
        int p = off + hdrlen;
        length -= hdrlen;
        if (ssap == SAP_SNAP && dsap == SAP_SNAP && control == UI) {
            return snap(nd, p, length, src, dst) ? hdrlen + 5 : -(hdrlen + 5);
        }
        if (ssap == SAP_IP && dsap == SAP_IP && control == UI) {
            // RFC 948: IP right after the LLC header
            Ip.print(nd, p, length);
            return hdrlen;
        }
        if (!nd.eflag) {
            boolean addresses = src >= 0 && dst >= 0;
            if (addresses) {
                nd.etheraddr(src).print(' ');
            }
            if (ssap != dsap) {
                nd.print(sap(ssap, null, "Unknown SSAP 0x", ssap)).print(' ');
            }
            if (addresses) {
                nd.print("> ").etheraddr(dst).print(' ');
            } else if (ssap != dsap) {
                nd.print("> ");
            }
            nd.print(sap(dsap, null, "Unknown DSAP 0x", dsap)).print(' ');
        }
        if (unnumbered) {
            nd.print("Unnumbered, ").print(command(control)).print(", Flags [")
                    .print(flags(ssapField & 1 | control & 0x10)).print("], length ").print(length + hdrlen);
            if ((control & ~0x10) == 0xaf && xid(nd, p, length)) {
                return hdrlen;
            }
        } else if ((control & 1) != 0) {
            nd.print("Supervisory, ").print(supervisory(control >> 2 & 3)).print(", rcv seq ")
                    .print(control >> 9 & 0x7f).print(", Flags [").print(flags(ssapField & 1 | control & 0x100))
                    .print("], length ").print(length + hdrlen);
            return hdrlen; // no payload to show
        } else {
            nd.print("Information, send seq ").print(control >> 1 & 0x7f).print(", rcv seq ")
                    .print(control >> 9 & 0x7f).print(", Flags [").print(flags(ssapField & 1 | control & 0x100))
                    .print("], length ").print(length + hdrlen);
        }
        return -hdrlen;
    }

    /** The two bytes after the format identifier of an XID frame; false when it has another format. */
    private static boolean xid(Nd nd, int p, int length) {
        int caplen = nd.snapend - p;
        if (length == 0) {
            return true; // e.g. an SNA short-form XID
        }
        if (caplen < 1) {
            nd.trunc();
            return true;
        }
        if (nd.u8(p) != 0x81) {
            return false;
        }
        if (caplen < 3 || length < 3) {
            nd.trunc();
            HexDump.unknown(nd, p, caplen);
        } else {
            nd.print(": ").hex(nd.u8(p + 1), 2).print(' ').hex(nd.u8(p + 2), 2);
        }
        return true;
    }

    /** snap_print: false when tcpdump has no printer for the protocol (the caller dumps it). */
    private static boolean snap(Nd nd, int p, int length, int src, int dst) {
        nd.protocol = "snap";
        int caplen = nd.snapend - p;
        if (caplen < 5 || length < 5) {
            nd.trunc();
            return true;
        }
        int oui = nd.u24(p);
        int type = nd.u16(p + 3);
        if (nd.eflag) {
            nd.print("oui ").print(oui(oui)).print(" (0x").hex(oui, 6).print("), ")
                    .print(oui == 0 ? "ethertype " : "pid ").print(pid(oui, type)).print(" (0x").hex(type, 4)
                    .print("), length ").print(length - 5).print(": ");
        }
        p += 5;
        length -= 5;
        switch (oui) {
            case 0x000000, 0x0000f8 -> { // encapsulated Ethernet, Cisco bridged
                if (Ether.etherType(nd, type, p, length)) {
                    return true;
                }
            }
            case 0x080007 -> { // Appletalk uses its own OUI for DDP only
                if (type == 0x809b && Ether.etherType(nd, type, p, length)) {
                    return true;
                }
            }
            case 0x0080c2 -> { // RFC 2684 bridged Ethernet: two bytes of pad, then the frame
                if (type == 0x0001 || type == 0x0007) {
                    if (!nd.has(p, 2)) {
                        nd.trunc();
                        return true;
                    }
                    Ether.print(nd, p + 2, length - 2, nd.snapend - p - 2);
                    return true;
                }
            }
            default -> {
                // no printer here for this OUI
            }
        }
        if (!nd.eflag) {
            if (src >= 0 && dst >= 0) {
                nd.etheraddr(src).print(" > ").etheraddr(dst).print(' ');
            }
            if (oui == 0) {
                nd.print("SNAP, ethertype ").print(Ether.name(type, "Unknown")).print(" (0x").hex(type, 4);
            } else {
                nd.print("SNAP, oui ").print(oui(oui)).print(" (0x").hex(oui, 6).print("), pid ")
                        .print(pid(oui, type)).print(" (0x").hex(type, 4);
            }
            nd.print("), length ").print(length).print(": ");
        }
        return false;
    }

    /** llc_values, or `unknown` followed by the SAP in two hex digits when `unknown` is a prefix. */
    private static String sap(int sap, String unknown) {
        return sap(sap, unknown, null, 0);
    }

    private static String sap(int sap, String unknown, String prefix, int value) {
        return switch (sap) {
            case 0x00 -> "Null";
            case 0xff -> "Global";
            case 0x02 -> "802.1B I";
            case 0x03 -> "802.1B G";
            case 0x06 -> "IP";
            case 0x04 -> "SNA";
            case 0x0e -> "ProWay NM";
            case 0x42 -> "STP";
            case 0x4e -> "RS511";
            case 0x7e -> "ISO8208";
            case 0x8e -> "ProWay";
            case 0xaa -> "SNAP";
            case 0xe0 -> "IPX";
            case 0xf0 -> "NetBeui";
            case 0xfe -> "OSI";
            default -> prefix == null ? unknown : prefix + hex2(value);
        };
    }

    private static String hex2(int value) {
        return value < 0x10 ? "0" + Integer.toHexString(value) : Integer.toHexString(value);
    }

    /** llc_cmd_values, else the command in two hex digits. */
    private static String command(int control) {
        int cmd = control & 0xef;
        return switch (cmd) {
            case 0x03 -> "ui";
            case 0xe3 -> "test";
            case 0xaf -> "xid";
            case 0x63 -> "ua";
            case 0x43 -> "disc";
            case 0x0f -> "dm";
            case 0x6f -> "sabme";
            case 0x87 -> "frmr";
            default -> hex2(cmd);
        };
    }

    /** llc_flag_values: the command/response bit of the SSAP with the poll/final bit. */
    private static String flags(int bits) {
        return switch (bits) {
            case 0 -> "Command";
            case 1 -> "Response";
            case 0x10, 0x100 -> "Poll";
            case 0x11, 0x101 -> "Final";
            default -> "?";
        };
    }

    private static String supervisory(int command) {
        return switch (command) {
            case 0 -> "Receiver Ready";
            case 1 -> "Receiver not Ready";
            case 2 -> "Reject";
            default -> "?";
        };
    }

    /** oui_values. */
    private static String oui(int oui) {
        return switch (oui) {
            case 0x000000 -> "Ethernet";
            case 0x00000c -> "Cisco";
            case 0x00005e -> "IANA";
            case 0x000081 -> "Nortel Networks SONMP";
            case 0x0000f8 -> "Cisco bridged";
            case 0x0019a7 -> "ITU-T";
            case 0x0080c2 -> "Ethernet bridged";
            case 0x00a03e -> "ATM Forum";
            case 0x00e02f -> "DOCSIS Spanning Tree";
            case 0x080007 -> "Appletalk";
            case 0x009069 -> "Juniper";
            case 0x080009 -> "Hewlett-Packard";
            case 0x00120f -> "IEEE 802.3 Private";
            case 0x0012bb -> "ANSI/TIA";
            case 0x001b21 -> "DCBX";
            case 0x002320 -> "Nicira Networks";
            case 0x5c16c7 -> "Big Switch Networks";
            case 0xb0d2f5 -> "Vello Systems";
            case 0x002481 -> "HP";
            case 0x0004ea -> "HP-Labs";
            case 0x748771 -> "Infoblox Inc";
            case 0xa42305 -> "Open Networking Lab";
            case 0x00049f -> "Freescale";
            case 0x0015ad -> "Netronome";
            case 0x001018 -> "Broadcom";
            case 0x00e004 -> "PMC-Sierra";
            case 0xd0f0db -> "Ericsson";
            default -> "Unknown";
        };
    }

    /** The name of a SNAP protocol id in the table of its OUI (oui_to_struct_tok). */
    private static String pid(int oui, int type) {
        return switch (oui) {
            case 0x000000, 0x0000f8, 0x080007 -> Ether.name(type, "Unknown");
            case 0x00000c -> switch (type) {
                case 0x2000 -> "CDP";
                case 0x2003 -> "VTP";
                case 0x2004 -> "DTP";
                case 0x0111 -> "UDLD";
                case 0x010b -> "PVST";
                case 0x010c -> "VLAN Bridge";
                default -> "Unknown";
            };
            case 0x0080c2 -> switch (type) {
                case 0x0001 -> "Ethernet + FCS";
                case 0x0007 -> "Ethernet w/o FCS";
                case 0x0002 -> "802.4 + FCS";
                case 0x0008 -> "802.4 w/o FCS";
                case 0x0003 -> "Token Ring + FCS";
                case 0x0009 -> "Token Ring w/o FCS";
                case 0x0004 -> "FDDI + FCS";
                case 0x000a -> "FDDI w/o FCS";
                case 0x0005 -> "802.6 + FCS";
                case 0x000b -> "802.6 w/o FCS";
                case 0x000e -> "BPDU";
                default -> "Unknown";
            };
            default -> "Unknown";
        };
    }
}
