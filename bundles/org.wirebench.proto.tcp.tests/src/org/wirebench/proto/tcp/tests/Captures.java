package org.wirebench.proto.tcp.tests;

import static org.wirebench.testing.Bytes.hex;

/** Real segments, their IPv4 packets cut from the Ethernet frames of the corpus captures. */
final class Captures {

    private Captures() {
    }

    /** chrissanders tcp_handshake.pcapng, 172.16.16.128:2826 → 212.58.226.142:80. */
    static final byte[][] HANDSHAKE = {
            hex("45000034317f4000800655ebac101080d43ae28e", // IPv4, total length 52
                    "0b0a", // source port 2826
                    "0050", // destination port 80
                    "dc022474", // sequence number 3691127924 (the ISN)
                    "00000000", // acknowledgment number 0
                    "8002", // header length 8 × 4 = 32, flags SYN
                    "2000", // window 8192
                    "cfeb", // checksum
                    "0000", // urgent pointer
                    "020405b4", // MSS 1460
                    "01", // NOP
                    "030302", // window scale: shift 2
                    "0101", // NOP, NOP
                    "0402"), // SACK permitted
            hex("45000034000000003106166bd43ae28eac101080",
                    "0050 0b0a", // ports 80 → 2826
                    "0def308c", // sequence number 233779340 (the server's ISN)
                    "dc022475", // acknowledgment number ISN + 1
                    "8012", // header length 32, flags SYN, ACK
                    "16d0", // window 5840
                    "9ac0 0000", // checksum, urgent pointer
                    "0204057e 0101 0402 01 030307"), // MSS 1406, NOP, NOP, SACK permitted, NOP, window scale 7
            hex("4500002831804000800655f6ac101080d43ae28e",
                    "0b0a 0050", // ports 2826 → 80
                    "dc022475 0def308d", // sequence, acknowledgment numbers
                    "5010", // header length 20, flags ACK
                    "107a", // window 4218, × 4 = 16872
                    "e1b2 0000") };

    /** chrissanders http_ip4and6.pcapng frames 1 to 10: an HTTP GET over IPv4 with timestamps and window scale 7. */
    static final byte[][] HTTP = {
            hex("4500003cfadf40004006c6a4ac10108cac10108b",
                    "d066 0050 39baa7d8 00000000", // 53350 → 80, ISN 968531928
                    "a002 7210 4d61 0000", // header length 40, SYN, window 29200
                    "020405b4", // MSS 1460
                    "0402", // SACK permitted
                    "080a 00065d07 00000000", // timestamps: TSval 417031, TSecr 0
                    "01 030307"), // NOP, window scale 7
            hex("4500003c000040004006c184ac10108bac10108c",
                    "0050d0662cace43239baa7d9a012712079660000020405b40402080a00041bcc00065d0701030307"),
            hex("45000034fae040004006c6abac10108cac10108b",
                    "d066005039baa7d92cace433801000e5c09800000101080a00065d0700041bcc"),
            hex("45000081fae140004006c65dac10108cac10108b",
                    "d066 0050 39baa7d9 2cace433", // 53350 → 80, sequence, acknowledgment
                    "8018 00e5 5cfa 0000", // header length 32, PSH ACK, window 229 × 128
                    "0101 080a 00065d07 00041bcc", // NOP, NOP, timestamps
                    "474554202f20485454502f312e310d0a557365722d4167656e743a206375726c2f372e33352e300d0a", // GET / …
                    "486f73743a203137322e31362e31362e3133390d0a4163636570743a202a2f2a0d0a0d0a"), // 77 bytes of HTTP
            hex("45000034fffe40004006c18dac10108bac10108c",
                    "0050d0662cace43339baa826801000e3795e00000101080a00041bcd00065d07"),
            hex("4500021fffff40004006bfa1ac10108bac10108c",
                    "0050d0662cace43339baa826801800e37b4900000101080a00041bcd00065d07",
                    "485454502f312e3120323030204f4b0d0a446174653a2053756e2c203232204e6f7620323031352031373a35383a313120474d540d0a",
                    "5365727665723a204170616368652f322e342e3720285562756e7475290d0a582d506f77657265642d42793a205048502f352e352e392d",
                    "317562756e7475342e31340d0a566172793a204163636570742d456e636f64696e670d0a436f6e74656e742d4c656e6774683a203239",
                    "380d0a436f6e74656e742d547970653a20746578742f68746d6c0d0a0d0a0a3c21444f43545950452068746d6c205055424c494320222d",
                    "2f2f5733432f2f445444205848544d4c20312e30205472616e736974696f6e616c2f2f454e222022687474703a2f2f7777772e77332e6f",
                    "72672f54522f7868746d6c312f4454442f7868746d6c312d7472616e736974696f6e616c2e647464223e0a3c68746d6c20786d6c6e733d",
                    "22687474703a2f2f7777772e77332e6f72672f313939392f7868746d6c223e0a20203c686561643e0a202020203c7469746c653e507261",
                    "63746963616c205061636b657420416e616c797369733c2f7469746c653e0a20203c2f686561643e0a20203c626f64793e0a0a57656c63",
                    "6f6d652120596f75206861766520636f6e6e6563746564207573696e67204950563421203c2f626f64793e0a3c2f68746d6c3e0a0a"),
            hex("45000034fae240004006c6a9ac10108cac10108b",
                    "d066005039baa8262cace61e801000edbe5600000101080a00065d0800041bcd"),
            hex("45000034fae340004006c6a8ac10108cac10108b",
                    "d066005039baa8262cace61e801100edbe5500000101080a00065d0800041bcd"),
            hex("45000034000040004006c18cac10108bac10108c",
                    "0050d0662cace61e39baa827801100e3795e00000101080a00041bcd00065d08"),
            hex("45000034fae440004006c6a7ac10108cac10108b",
                    "d066005039baa8272cace61f801000edbe5400000101080a00065d0800041bcd") };

    /** What tshark 4.0.17 shows in the Info column for {@link #HTTP} with HTTP disabled. */
    static final String[] HTTP_INFO = {
            "53350 → 80 [SYN] Seq=0 Win=29200 Len=0 MSS=1460 SACK_PERM TSval=417031 TSecr=0 WS=128",
            "80 → 53350 [SYN, ACK] Seq=0 Ack=1 Win=28960 Len=0 MSS=1460 SACK_PERM TSval=269260 TSecr=417031 WS=128",
            "53350 → 80 [ACK] Seq=1 Ack=1 Win=29312 Len=0 TSval=417031 TSecr=269260",
            "53350 → 80 [PSH, ACK] Seq=1 Ack=1 Win=29312 Len=77 TSval=417031 TSecr=269260",
            "80 → 53350 [ACK] Seq=1 Ack=78 Win=29056 Len=0 TSval=269261 TSecr=417031",
            "80 → 53350 [PSH, ACK] Seq=1 Ack=78 Win=29056 Len=491 TSval=269261 TSecr=417031",
            "53350 → 80 [ACK] Seq=78 Ack=492 Win=30336 Len=0 TSval=417032 TSecr=269261",
            "53350 → 80 [FIN, ACK] Seq=78 Ack=492 Win=30336 Len=0 TSval=417032 TSecr=269261",
            "80 → 53350 [FIN, ACK] Seq=492 Ack=79 Win=29056 Len=0 TSval=269261 TSecr=417032",
            "53350 → 80 [ACK] Seq=79 Ack=493 Win=30336 Len=0 TSval=417032 TSecr=269261" };

    /** chrissanders tcp_teardown.pcapng frames 1 and 2: the capture starts mid-connection, no SYN seen. */
    static final byte[][] TEARDOWN = {
            hex("45000028bc9000003606595343e46e78ac101080", // IPv4, total length 40
                    "0050 0d23 31088a5f 7bf0d439", // 80 → 3363, sequence, acknowledgment
                    "5011 0047 279b 0000", // header length 20, FIN ACK, window 71
                    "170301004856"), // Ethernet padding after the IP packet, not TCP's
            hex("4500002872f34000800618f0ac10108043e46e78",
                    "0d23 0050 7bf0d439 31088a60", // 3363 → 80
                    "5010 107a 1768 0000") }; // ACK, window 4218

    /** tcpdump tests tfo-5c1fa7f9ae91.pcap frames 1 and 3: TCP Fast Open in its experimental option (kind 254). */
    static final byte[][] FAST_OPEN_EXPERIMENT = {
            hex("4500002c00060000ff06f4b3c0a8006403030303",
                    "32f7 32fe 0d05af64 00000000 6002 0578 b966 0000", // 13047 → 13054, SYN, header length 24
                    "fe04 f989"), // experiment 2, length 4, ExID 0xf989: cookie request
            hex("4500003400020000ff06a3aa0303030309090909",
                    "32fe 32f7 f08733f5 0d05af65 8012 0578 10b2 0000", // SYN ACK, header length 32
                    "fe0a f989 090909090000", // experiment 2, length 10, ExID 0xf989, cookie 090909090000
                    "0101") }; // NOP, NOP
}
