package org.wirebench.proto.dns.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** RR types and classes (IANA DNS parameters), named as Wireshark names them. */
final class DnsTypes {
    static final int A = 1;
    static final int NS = 2;
    static final int CNAME = 5;
    static final int SOA = 6;
    static final int PTR = 12;
    static final int MX = 15;
    static final int TXT = 16;
    static final int AAAA = 28;
    static final int SRV = 33;
    static final int OPT = 41;

    /** Code, short name, and the description the tree adds in parentheses. */
    private static final String TABLE = """
            0 Unused
            1 A Host Address
            2 NS authoritative Name Server
            3 MD Mail Destination
            4 MF Mail Forwarder
            5 CNAME Canonical NAME for an alias
            6 SOA Start Of a zone of Authority
            7 MB MailBox domain name
            8 MG Mail Group member
            9 MR Mail Rename domain
            10 NULL
            11 WKS Well Known Service
            12 PTR domain name PoinTeR
            13 HINFO host information
            14 MINFO Mailbox or mail list information
            15 MX Mail eXchange
            16 TXT Text strings
            17 RP Responsible Person
            18 AFSDB AFS Data Base location
            24 SIG security signature
            25 KEY security key
            28 AAAA IPv6 Address
            29 LOC Location Information
            33 SRV Server Selection
            35 NAPTR Naming Authority Pointer
            36 KX Key Exchanger
            37 CERT
            39 DNAME
            41 OPT
            42 APL
            43 DS Delegation Signer
            44 SSHFP SSH Key Fingerprint
            45 IPSECKEY
            46 RRSIG Resource Record Signature
            47 NSEC Next Secure
            48 DNSKEY DNS Public Key
            49 DHCID
            50 NSEC3
            51 NSEC3PARAM
            52 TLSA
            53 SMIMEA
            55 HIP Host Identity Protocol
            59 CDS Child DS
            60 CDNSKEY DNSKEY(s) the Child wants reflected in DS
            61 OPENPGPKEY OpenPGP Key
            62 CSYNC Child-to-Parent Synchronization
            63 ZONEMD
            64 SVCB General Purpose Service Endpoints
            65 HTTPS HTTPS Specific Service Endpoints
            99 SPF
            249 TKEY Transaction Key
            250 TSIG Transaction Signature
            251 IXFR incremental transfer
            252 AXFR transfer of an entire zone
            253 MAILB mailbox-related RRs
            254 MAILA mail agent RRs
            255 ANY A request for all records the server/cache has available
            256 URI
            257 CAA Certification Authority Restriction
            32768 TA DNSSEC Trust Authorities
            32769 DLV DNSSEC Lookaside Validation
            """;

    private static final Map<Long, String> SHORT = new HashMap<>();
    private static final Map<Long, String> DESCRIBED = new HashMap<>();

    static {
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.split(" ", 3);
            long code = Long.parseLong(parts[0]);
            SHORT.put(code, parts[1]);
            DESCRIBED.put(code, parts.length == 3 ? parts[1] + " (" + parts[2] + ")" : parts[1]);
        }
    }

    static final Map<Long, String> CLASSES = Map.of(1L, "IN", 2L, "CS", 3L, "CH", 4L, "HS", 254L, "NONE", 255L, "ANY");

    private DnsTypes() {
    }

    /** `A`, as the Info column and the tree's summary lines show a type. */
    static String name(int type) {
        String name = SHORT.get((long) type);
        return name != null ? name : "Unknown (" + type + ")";
    }

    /** Value names for type fields: `A (Host Address)`. */
    static Map<Long, String> described() {
        return DESCRIBED;
    }

    static String className(int dnsClass) {
        String name = CLASSES.get((long) dnsClass);
        return name != null ? name : String.format(Locale.ROOT, "Unknown (0x%04x)", dnsClass);
    }
}
