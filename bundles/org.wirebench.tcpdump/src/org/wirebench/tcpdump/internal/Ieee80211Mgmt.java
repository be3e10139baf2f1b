package org.wirebench.tcpdump.internal;

/** print-802_11.c: the bodies of management frames (beacon, probe, authentication, association, ...). */
final class Ieee80211Mgmt {
    private static final String[] SUBTYPES = { "Assoc Request", "Assoc Response", "ReAssoc Request",
            "ReAssoc Response", "Probe Request", "Probe Response", null, null, "Beacon", "ATIM", "Disassociation",
            "Authentication", "DeAuthentication", "Action", null, null };

    private static final String[] AUTH_ALGS = { "Open System", "Shared Key", "EAP" };

    private Ieee80211Mgmt() {
    }

    /** The information elements tcpdump shows, first of each kind (parse_elements), reused per run. */
    private static final class Elements {
        boolean ssid;
        int ssidOff;
        int ssidLen;
        boolean rates;
        int ratesOff;
        int ratesLen;
        boolean ds;
        int channel;

        void clear() {
            ssid = false;
            rates = false;
            ds = false;
        }
    }

    /** mgmt_body_print: false when the body was cut short (the caller marks it). */
    static boolean print(Nd nd, int fc, int src, int p, int length) {
        int subtype = Ieee80211.subtype(fc);
        String name = SUBTYPES[subtype];
        if (name == null) {
            nd.print("Unhandled Management subtype(").print(Integer.toHexString(subtype)).print(')');
        } else {
            nd.print(name);
        }
        if (Ieee80211.isProtected(fc)) {
            return Ieee80211.wep(nd, p);
        }
        Elements e = nd.state(Elements.class, Elements::new);
        e.clear();
        switch (subtype) {
            case 0: // association request: capabilities, listen interval
                if (!fixed(nd, p, length, 4)) {
                    return false;
                }
                boolean ok = parse(nd, e, p + 4, length - 4);
                ssid(nd, e);
                rates(nd, e);
                return ok;
            case 1, 3: // (re)association response: capabilities, status, association id
                return assocResponse(nd, e, p, length);
            case 2: // reassociation request: capabilities, listen interval, current AP
                if (!fixed(nd, p, length, 10)) {
                    return false;
                }
                ok = parse(nd, e, p + 10, length - 10);
                ssid(nd, e);
                nd.print(" AP : ").etheraddr(p + 4);
                return ok;
            case 4:
                ok = parse(nd, e, p, length);
                ssid(nd, e);
                rates(nd, e);
                return ok;
            case 5, 8: // probe response, beacon: time stamp, interval, capabilities
                if (!fixed(nd, p, length, 12)) {
                    return false;
                }
                int capability = nd.u16le(p + 10);
                ok = parse(nd, e, p + 12, length - 12);
                ssid(nd, e);
                rates(nd, e);
                if (subtype == 8) {
                    nd.print((capability & 1) != 0 ? " ESS" : " IBSS");
                }
                if (e.ds) {
                    nd.print(" CH: ").print(e.channel);
                }
                if ((capability & 0x10) != 0) {
                    nd.print(", PRIVACY");
                }
                return ok;
            case 9:
                return true;
            case 10:
                if (!fixed(nd, p, length, 2)) {
                    return false;
                }
                nd.print(": ").print(reason(nd.u16le(p)));
                return true;
            case 11:
                return auth(nd, e, p, length);
            case 12:
                if (!fixed(nd, p, length, 2)) {
                    return false;
                }
                if (!nd.eflag) {
                    nd.print(" (").etheraddr(src).print(')');
                }
                nd.print(": ").print(reason(nd.u16le(p)));
                return true;
            case 13:
                return action(nd, src, p, length);
            default:
                return true;
        }
    }

    /** Whether the `count` bytes of fixed fields were captured and lie within the body. */
    private static boolean fixed(Nd nd, int p, int length, int count) {
        return nd.has(p, count) && length >= count;
    }

    private static boolean assocResponse(Nd nd, Elements e, int p, int length) {
        if (!fixed(nd, p, length, 6)) {
            return false;
        }
        int capability = nd.u16le(p);
        int status = nd.u16le(p + 2);
        int aid = nd.u16le(p + 4);
        boolean ok = parse(nd, e, p + 6, length - 6);
        nd.print(" AID(").print(Integer.toHexString(aid & 0x3fff)).print(") :");
        nd.print((capability & 0x10) != 0 ? " PRIVACY " : "").print(": ").print(status(status));
        return ok;
    }

    private static boolean auth(Nd nd, Elements e, int p, int length) {
        if (!fixed(nd, p, length, 6)) {
            return false;
        }
        int alg = nd.u16le(p);
        int seq = nd.u16le(p + 2);
        int status = nd.u16le(p + 4);
        boolean ok = parse(nd, e, p + 6, length - 6);
        nd.print(" (").print(alg < AUTH_ALGS.length ? AUTH_ALGS[alg] : "Reserved").print(")-")
                .print(Integer.toHexString(seq));
        nd.print(alg == 1 && (seq == 2 || seq == 3) ? " [Challenge Text] " : ": ");
        if (seq % 2 != 0) {
            nd.print(status(status));
        }
        return ok;
    }

    private static boolean action(Nd nd, int src, int p, int length) {
        if (!fixed(nd, p, length, 2)) {
            return false;
        }
        if (nd.eflag) {
            nd.print(": ");
        } else {
            nd.print(" (").etheraddr(src).print("): ");
        }
        int category = nd.u8(p);
        int act = nd.u8(p + 1);
        String name = switch (category) {
            case 0 -> "Spectrum Management ";
            case 1 -> "QoS ";
            case 2 -> "DLS ";
            case 3 -> "BA ";
            case 7 -> "HT ";
            case 13 -> "MeshAction ";
            case 14 -> "MultiohopAction ";
            case 15 -> "SelfprotectAction ";
            case 127 -> "Vendor ";
            default -> null;
        };
        if (name == null) {
            nd.print("Reserved(").print(category).print(") Act#").print(act);
            return true;
        }
        nd.print(name);
        String what = switch (category) {
            case 3 -> pick(act, "ADDBA Request", "ADDBA Response", "DELBA");
            case 7 -> pick(act, "TxChWidth", "MIMOPwrSave");
            case 13 -> pick(act, "MeshLink", "HWMP", "Gate Announcement", "Congestion Control",
                    "MCCA Setup Request", "MCCA Setup Reply", "MCCA Advertisement Request", "MCCA Advertisement",
                    "MCCA Teardown", "TBTT Adjustment Request", "TBTT Adjustment Response");
            case 14 -> pick(act, "Proxy Update", "Proxy Update Confirmation");
            case 15 -> pick(act, null, "Peering Open", "Peering Confirm", "Peering Close", "Group Key Inform",
                    "Group Key Acknowledge");
            default -> null;
        };
        if (what == null) {
            nd.print("Act#").print(act);
        } else {
            nd.print(what);
        }
        return true;
    }

    private static String pick(int index, String... names) {
        return index < names.length ? names[index] : null;
    }

    /**
     * parse_elements: records the first SSID, rates and DS elements; false when an element runs past the
     * captured data or the body, or is longer than tcpdump accepts (those before it still count).
     */
    private static boolean parse(Nd nd, Elements e, int off, int length) {
        while (length != 0) {
            if (!nd.has(off, 2) || length < 2) {
                return false;
            }
            int id = nd.u8(off);
            int len = nd.u8(off + 1);
            if (!nd.has(off + 2, len) || length < len + 2) {
                return false;
            }
            switch (id) {
                case 0 -> { // SSID
                    if (len > 32) {
                        return false;
                    }
                    if (!e.ssid) {
                        e.ssid = true;
                        e.ssidOff = off + 2;
                        e.ssidLen = len;
                    }
                }
                case 16 -> { // challenge text
                    if (len > 253) {
                        return false;
                    }
                }
                case 1 -> { // supported rates
                    if (len > 16) {
                        return false;
                    }
                    if (!e.rates && len != 0) {
                        e.rates = true;
                        e.ratesOff = off + 2;
                        e.ratesLen = len;
                    }
                }
                case 3 -> { // DS parameter set: the channel
                    if (len == 1 && !e.ds) {
                        e.ds = true;
                        e.channel = nd.u8(off + 2);
                    }
                }
                case 5 -> { // TIM: the bitmap holds at most 251 bytes
                    if (len > 254) {
                        return false;
                    }
                }
                default -> {
                    // elements tcpdump does not show
                }
            }
            off += 2 + len;
            length -= 2 + len;
        }
        return true;
    }

    /** PRINT_SSID: ` (name)`, up to a NUL. */
    private static void ssid(Nd nd, Elements e) {
        if (!e.ssid) {
            return;
        }
        nd.print(" (");
        for (int i = 0; i < e.ssidLen; i++) {
            int c = nd.p[e.ssidOff + i] & 0xff;
            if (c == 0) {
                break;
            }
            nd.printChar(c);
        }
        nd.print(')');
    }

    /** PRINT_RATES: ` [1.0* 2.0* 5.5 Mbit]`, a star for a basic rate. */
    private static void rates(Nd nd, Elements e) {
        if (!e.rates) {
            return;
        }
        for (int i = 0; i < e.ratesLen; i++) {
            int rate = nd.p[e.ratesOff + i] & 0xff;
            nd.print(i == 0 ? " [" : " ");
            halves(nd, rate & 0x7f);
            if ((rate & 0x80) != 0) {
                nd.print('*');
            }
        }
        nd.print(" Mbit]");
    }

    /** `%2.1f` of half the value: rates count in units of 500 kb/s. */
    static void halves(Nd nd, int value) {
        nd.print(value >> 1).print((value & 1) != 0 ? ".5" : ".0");
    }

    private static String status(int code) {
        return code < STATUS.length ? STATUS[code] : "n/a";
    }

    private static String reason(int code) {
        return code < REASON.length ? REASON[code] : "Reserved";
    }

    private static final String[] STATUS = {
        "Successful",
        "Unspecified failure",
        "TDLS wakeup schedule rejected but alternative schedule provided",
        "TDLS wakeup schedule rejected",
        "Reserved",
        "Security disabled",
        "Unacceptable lifetime",
        "Not in same BSS",
        "Reserved",
        "Reserved",
        "Cannot Support all requested capabilities in the Capability Information field",
        "Reassociation denied due to inability to confirm that association exists",
        "Association denied due to reason outside the scope of this standard",
        "Responding STA does not support the specified authentication algorithm",
        "Received an Authentication frame with authentication transaction sequence number out of expected sequence",
        "Authentication rejected because of challenge failure",
        "Authentication rejected due to timeout waiting for next frame in sequence",
        "Association denied because AP is unable to handle additional associated STAs",
        "Association denied due to requesting STA not supporting all of the data rates in the BSSBasicRateSet "
            + "parameter, the Basic HT-MCS Set field of the HT Operation parameter, or the Basic VHT-MCS and NSS Set "
            + "field in the VHT Operation parameter",
        "Association denied due to requesting STA not supporting the short preamble option",
        "Reserved",
        "Reserved",
        "Association request rejected because Spectrum Management capability is required",
        "Association request rejected because the information in the Power Capability element is unacceptable",
        "Association request rejected because the information in the Supported Channels element is unacceptable",
        "Association denied due to requesting STA not supporting the Short Slot Time option",
        "Reserved",
        "Association denied because the requested STA does not support HT features",
        "R0KH unreachable",
        "Association denied because the requesting STA does not support the phased coexistence operation (PCO) "
            + "transition time required by the AP",
        "Association request rejected temporarily; try again later",
        "Robust management frame policy violation",
        "Unspecified, QoS-related failure",
        "Association denied because QoS AP or PCP has insufficient bandwidth to handle another QoS STA",
        "Association denied due to excessive frame loss rates and/or poor conditions on current operating channel",
        "Association (with QoS BSS) denied because the requesting STA does not support the QoS facility",
        "Reserved",
        "The request has been declined",
        "The request has not been successful as one or more parameters have invalid values",
        "The allocation or TS has not been created because the request cannot be honored; however, a suggested "
            + "TSPEC/DMG TSPEC is provided so that the initiating STA can attempt to set another allocation or TS "
            + "with the suggested changes to the TSPEC/DMG TSPEC",
        "Invalid element, i.e., an element defined in this standard for which the content does not meet the "
            + "specifications in Clause 9",
        "Invalid group cipher",
        "Invalid pairwise cipher",
        "Invalid AKMP",
        "Unsupported RSNE version",
        "Invalid RSNE capabilities",
        "Cipher suite rejected because of security policy",
        "The TS or allocation has not been created; however, the HC or PCP might be capable of creating a TS or "
            + "allocation, in response to a request, after the time indicated in the TS Delay element",
        "Direct Link is not allowed in the BSS by policy",
        "The Destination STA is not present within this BSS",
        "The Destination STA is not a QoS STA",
        "Association denied because the listen interval is too large",
        "Invalid FT Action frame count",
        "Invalid pairwise master key identifier (PMKID)",
        "Invalid MDE",
        "Invalid FTE",
        "Requested TCLAS processing is not supported by the AP or PCP",
        "The AP or PCP has insufficient TCLAS processing resources to satisfy the request",
        "The TS has not been created because the request cannot be honored; however, the HC or PCP suggests that "
            + "the STA transition to a different BSS to set up the TS",
        "GAS Advertisement Protocol not supported",
        "No outstanding GAS request",
        "GAS Response not received from the Advertisement Server",
        "STA timed out waiting for GAS Query Response",
        "LARGE GAS Response is larger than query response length limit",
        "Request refused because home network does not support request",
        "Advertisement Server in the network is not currently reachable",
        "Reserved",
        "Request refused due to permissions received via SSPN interface",
        "Request refused because the AP or PCP does not support unauthenticated access",
        "Reserved",
        "Reserved",
        "Reserved",
        "Invalid contents of RSNE",
        "U-APSD coexistence is not supported",
        "Requested U-APSD coexistence mode is not supported",
        "Requested Interval/Duration value cannot be supported with U-APSD coexistence",
        "Authentication is rejected because an Anti-Clogging Token is required",
        "Authentication is rejected because the offered finite cyclic group is not supported",
        "The TBTT adjustment request has not been successful because the STA could not find an alternative TBTT",
        "Transmission failure",
        "Requested TCLAS Not Supported",
        "TCLAS Resources Exhausted",
        "Rejected with Suggested BSS transition",
        "Reject with recommended schedule",
        "Reject because no wakeup schedule specified",
        "Success, the destination STA is in power save mode",
        "FST pending, in process of admitting FST session",
        "Performing FST now",
        "FST pending, gap(s) in block ack window",
        "Reject because of U-PID setting",
        "Reserved",
        "Reserved",
        "(Re)Association refused for some external reason",
        "(Re)Association refused because of memory limits at the AP",
        "(Re)Association refused because emergency services are not supported at the AP",
        "GAS query response not yet received",
        "Reject since the request is for transition to a frequency band subject to DSE procedures and FST "
            + "Initiator is a dependent STA",
        "Requested TCLAS processing has been terminated by the AP",
        "The TS schedule conflicts with an existing schedule; an alternative schedule is provided",
        "The association has been denied; however, one or more Multi-band elements are included that can be used "
            + "by the receiving STA to join the BSS",
        "The request failed due to a reservation conflict",
        "The request failed due to exceeded MAF limit",
        "The request failed due to exceeded MCCA track limit",
        "Association denied because the information in theSpectrum Management field is unacceptable",
        "Association denied because the requesting STA does not support VHT features",
        "Enablement denied",
        "Enablement denied due to restriction from an authorized GDB",
        "Authorization deenabled",
    };

    private static final String[] REASON = {
        "Reserved",
        "Unspecified reason",
        "Previous authentication no longer valid",
        "Deauthenticated because sending STA is leaving (or has left) IBSS or ESS",
        "Disassociated due to inactivity",
        "Disassociated because AP is unable to handle all currently  associated STAs",
        "Class 2 frame received from nonauthenticated STA",
        "Class 3 frame received from nonassociated STA",
        "Disassociated because sending STA is leaving (or has left) BSS",
        "STA requesting (re)association is not authenticated with responding STA",
        "Disassociated because the information in the Power Capability element is unacceptable",
        "Disassociated because the information in the Supported Channels element is unacceptable",
        "Disassociated due to BSS transition management",
        "Invalid element, i.e., an element defined in this standard for which the content does not meet the "
            + "specifications in Clause 9",
        "Message integrity code (MIC) failure",
        "4-Way Handshake timeout",
        "Group key handshake timeout",
        "Information element in 4-Way Handshake different from (Re)AssociationRequest/Probe Response/Beacon frame",
        "Invalid group cipher",
        "Invalid pairwise cipher",
        "Invalid AKMP",
        "Unsupported RSNE version",
        "Invalid RSNE capabilities",
        "IEEE 802.1X authentication failed",
        "Cipher suite rejected because of the security policy",
        "TDLS direct-link teardown due to TDLS peer STA unreachable via the TDLS direct link",
        "TDLS direct-link teardown for unspecified reason",
        "Disassociated because session terminated by SSP request",
        "Disassociated because of lack of SSP roaming agreement",
        "Requested service rejected because of SSP cipher suite or AKM requirement",
        "Requested service not authorized in this location",
        "TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA due to a change in BSS service "
            + "characteristics or operational mode (e.g. an HT BSS change from 40 MHz channel to 20 MHz channel)",
        "Disassociated for unspecified, QoS-related reason",
        "Disassociated because QoS AP lacks sufficient bandwidth for this QoS STA",
        "Disassociated because of excessive number of frames that need to be acknowledged, but are not "
            + "acknowledged due to AP transmissions and/or poor channel conditions",
        "Disassociated because STA is transmitting outside the limits of its TXOPs",
        "Requested from peer STA as the STA is leaving the BSS (or resetting)",
        "Requested from peer STA as it does not want to use the mechanism",
        "Requested from peer STA as the STA received frames using the mechanism for which a set up is required",
        "Requested from peer STA due to time out",
        "Reserved",
        "Reserved",
        "Reserved",
        "Reserved",
        "Reserved",
        "Peer STA does not support the requested cipher suite",
        "In a DLS Teardown frame: The teardown was initiated by the DLS peer. In a Disassociation frame: "
            + "Disassociated because authorized access limit reached",
        "In a DLS Teardown frame: The teardown was initiated by the AP. In a Disassociation frame: Disassociated "
            + "due to external service requirements",
        "Invalid FT Action frame count",
        "Invalid pairwise master key identifier (PMKID)",
        "Invalid MDE",
        "Invalid FTE",
        "Mesh peering canceled for unknown reasons",
        "The mesh STA has reached the supported maximum number of peer mesh STAs",
        "The received information violates the Mesh Configuration policy configured in the mesh STA profile",
        "The mesh STA has received a Mesh Peering Close frame requesting to close the mesh peering",
        "The mesh STA has resent dot11MeshMaxRetries Mesh Peering Open frames, without receiving a Mesh Peering "
            + "Confirm frame",
        "The confirmTimer for the mesh peering instance times out",
        "The mesh STA fails to unwrap the GTK or the values in the wrapped contents do not match",
        "The mesh STA receives inconsistent information about the mesh parameters between mesh peering Management "
            + "frames",
        "The mesh STA fails the authenticated mesh peering exchange because due to failure in selecting either the "
            + "pairwise ciphersuite or group ciphersuite",
        "The mesh STA does not have proxy information for this external destination",
        "The mesh STA does not have forwarding information for this destination",
        "The mesh STA determines that the link to the next hop of an active path in its forwarding information is "
            + "no longer usable",
        "The Deauthentication frame was sent because the MAC address of the STA already exists in the mesh BSS",
        "The mesh STA performs channel switch to meet regulatory requirements",
        "The mesh STA performs channel switching with unspecified reason",
    };
}
