package org.wirebench.tcpdump.internal;

/** print-telnet.c: the option negotiation (IAC ...) at the start of a Telnet segment, ` [telnet WILL ECHO, DO NAWS]`. */
final class Telnet {
    private static final int IAC = 255;
    private static final int SB = 250;
    private static final int SE = 240;
    private static final int FIRST_COMMAND = 236;
    private static final int AUTHENTICATION = 37;
    private static final int ENCRYPT = 38;
    private static final String[] COMMANDS = {"EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO",
        "AYT", "EC", "EL", "GA", "SB", "WILL", "WONT", "DO", "DONT", "IAC"};
    private static final String[] OPTIONS = {"BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS",
        "TIMING MARK", "RCTE", "NAOL", "NAOP", "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD",
        "EXTEND ASCII", "LOGOUT", "BYTE MACRO", "DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION",
        "TERMINAL TYPE", "END OF RECORD", "TACACS UID", "OUTPUT MARKING", "TTYLOC", "3270 REGIME", "X.3 PAD", "NAWS",
        "TSPEED", "LFLOW", "LINEMODE", "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON"};
    private static final String[] QUALIFIERS = {"IS", "SEND", "INFO"};
    private static final String[] AUTH_COMMANDS = {"IS", "SEND", "REPLY", "NAME"};
    private static final String[] AUTH_TYPES = {"NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX", "MINK", "SRP", "RSA", "SSL",
        null, null, "LOKI", "SSA", "KEA_SJ", "KEA_SJ_INTEG", "DSS", "NTLM"};
    private static final String[] ENCRYPT_COMMANDS = {"IS", "SUPPORT", "REPLY", "START", "END", "REQUEST-START",
        "REQUEST-END", "END_KEYID", "DEC_KEYID"};
    private static final String[] ENCRYPT_TYPES = {"NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64", "DES3_OFB64", null,
        "CAST5_40_CFB64", "CAST5_40_OFB64", "CAST128_CFB64", "CAST128_OFB64"};

    private Telnet() {
    }

    static void print(Nd nd, int off, int length) {
        nd.protocol = "telnet";
        boolean first = true;
        while (length > 0 && nd.u8(off) == IAC) {
            // measured first without printing: an incomplete command ends the list unprinted
            int l = parse(nd, off, length, false);
            if (l < 0) {
                break;
            }
            nd.print(first ? " [telnet " : ", ");
            parse(nd, off, length, true);
            first = false;
            off += l;
            length -= l;
        }
        if (!first) {
            nd.print(']');
        }
    }

    /** One command at `off` (its IAC); returns its length, or -1 when it does not end within `length`. */
    private static int parse(Nd nd, int off, int length, boolean print) {
        int sp = off;
        int end = off + length;
        if (sp >= end || nd.u8(sp++) != IAC || sp >= end) {
            return -1;
        }
        int c = nd.u8(sp++);
        if (c == IAC) {
            if (print) {
                nd.print("IAC IAC");
            }
            return sp - off;
        }
        if (c < FIRST_COMMAND) {
            return -1;
        }
        String command = COMMANDS[c - FIRST_COMMAND];
        if (c < SB) {
            if (print) {
                nd.print(command);
            }
            return sp - off;
        }
        if (sp >= end) {
            return -1;
        }
        int x = nd.u8(sp++);
        if (print) {
            nd.print(command).print(' ');
            if (x < OPTIONS.length) {
                nd.print(OPTIONS[x]);
            } else {
                alternateHex(nd, x);
            }
        }
        if (c != SB) {
            return sp - off;
        }
        // IAC SB option ... IAC SE
        int p = sp;
        while (end - sp > p + 1 - sp) {
            if (nd.u8(p) == IAC && nd.u8(p + 1) == SE) {
                break;
            }
            p++;
        }
        if (nd.u8(p) != IAC) {
            return -1;
        }
        if (p > sp) {
            String[] names = x == AUTHENTICATION ? AUTH_COMMANDS : x == ENCRYPT ? ENCRYPT_COMMANDS : QUALIFIERS;
            name(nd, nd.u8(sp++), names, print);
            if ((x == AUTHENTICATION || x == ENCRYPT) && p > sp) {
                name(nd, nd.u8(sp++), x == AUTHENTICATION ? AUTH_TYPES : ENCRYPT_TYPES, print);
            }
        }
        while (p > sp) {
            int v = nd.u8(sp++);
            if (print) {
                nd.print(' ');
                alternateHex(nd, v);
            }
        }
        if (print) {
            nd.print(" SE");
        }
        return sp + 2 - off;
    }

    private static void name(Nd nd, int v, String[] names, boolean print) {
        if (!print) {
            return;
        }
        nd.print(' ');
        if (v < names.length && names[v] != null) {
            nd.print(names[v]);
        } else {
            alternateHex(nd, v);
        }
    }

    /** `%#x`: 0x-prefixed hexadecimal, but a bare 0. */
    private static void alternateHex(Nd nd, int v) {
        if (v == 0) {
            nd.print('0');
        } else {
            nd.hex(v);
        }
    }
}
