package org.wirebench.tcpdump.internal;

/**
 * The DHCP/BOOTP option names tcpdump 4.99.3 knows (RFC 1048, 1497, 2132 and later), each with the way its value
 * is printed: i addresses, p address pairs, l unsigned and L signed 32-bit numbers, s 16-bit numbers, b dotted
 * bytes, B booleans, a text, $ an option with its own printer, space none.
 */
final class BootpTags {
    /** Name of each tag, null for "Unknown". */
    static final String[] NAMES = new String[256];
    /** Value format of each tag, '?' when unknown (chosen by the value length). */
    static final char[] FORMATS = new char[256];

    static {
        java.util.Arrays.fill(FORMATS, '?');
        String table = """
                0 _PAD|1 iSubnet-Mask|2 LTime-Zone|3 iDefault-Gateway|4 iTime-Server|5 iIEN-Name-Server|\
                6 iDomain-Name-Server|7 iLOG|8 iCS|9 iLPR-Server|10 iIM|11 iRL|12 aHostname|13 sBS|255 _END|\
                14 aDP|15 aDomain-Name|16 iSS|17 aRP|18 aEP|19 BIPF|20 BSRT|21 pPF|22 sRSZ|23 bTTL|\
                24 lMTU-Timeout|25 sMTU-Table|26 sMTU|27 BLSN|28 iBR|29 BMD|30 BMS|31 BRouter-Discovery|32 iRSA|\
                33 pStatic-Route|34 BUT|35 lAT|36 BIE|37 bTT|38 lKI|39 BKG|40 aYD|41 iYS|42 iNTP|\
                43 bVendor-Option|44 iNetbios-Name-Server|45 iWDD|46 $Netbios-Node|47 aNetbios-Scope|48 iXFS|\
                49 iXDM|64 sN+D|65 iN+S|68 iMH|69 iSMTP|70 iPOP3|71 iNNTP|72 iWWW|73 iFG|74 iIRC|75 iSTS|\
                76 iSTDA|50 iRequested-IP|51 lLease-Time|52 $OO|66 aTFTP|67 aBF|53 _DHCP-Message|54 iServer-ID|\
                55 bParameter-Request|56 aMSG|57 sMSZ|58 lRN|59 lRB|60 aVendor-Class|61 $Client-ID|98 aUAP|\
                116 BNOAUTO|78 bSLP-DA|79 bSLP-SCOPE|117 sNSSEARCH|77 $User-Class|118 iSUBNET|\
                121 $Classless-Static-Route|249 $Classless-Static-Route-Microsoft|150 iTFTP-Server-Address|\
                80 aSLP-NA|81 $FQDN|82 $Agent-Information|83 bARMT|88 aTZSTR|89 bFQDNS|90 bAUTH|\
                91 LLast-Transaction-Time|92 iAssociated-IP|93 sARCH|94 bNDI|97 bGUID|95 aLDAP|100 aPOSIX-TZ|\
                101 aTZ-Name|112 iNI|113 aNITAG|114 aURL|161 aMUD-URL""";
        int start = 0;
        while (start < table.length()) {
            int end = table.indexOf('|', start);
            if (end < 0) {
                end = table.length();
            }
            int space = table.indexOf(' ', start);
            int tag = Integer.parseInt(table, start, space, 10);
            char format = table.charAt(space + 1);
            FORMATS[tag] = format == '_' ? ' ' : format;
            NAMES[tag] = table.substring(space + 2, end);
            start = end + 1;
        }
    }

    private BootpTags() {
    }

    static String name(int tag) {
        String name = NAMES[tag];
        return name == null ? "Unknown" : name;
    }
}
