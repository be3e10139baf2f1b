package org.wirebench.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Offline name resolution: vendor names of MAC addresses (IEEE MA-L registry, shortened as Wireshark shows
 * them: `IntelCor_53:b9:52`) and service names of ports (the names tcpdump prints). The tables are generated
 * at build time from Debian's ieee-data and netbase and loaded on first use.
 */
public final class Names {
    private static final String FOLDER = "names/";

    private Names() {
    }

    private static final class Vendors {
        static final Map<Integer, String> SHORT = new HashMap<>();
        static final Map<Integer, String> FULL = new HashMap<>();

        static {
            load("oui.txt", fields -> {
                int prefix = Integer.parseInt(fields[0], 16);
                SHORT.put(prefix, fields[1]);
                FULL.put(prefix, fields[2]);
            });
        }
    }

    private static final class Services {
        static final Map<String, String> NAMES = new HashMap<>();

        static {
            load("services.txt", fields -> NAMES.put(fields[0], fields[1]));
        }
    }

    private static void load(String table, java.util.function.Consumer<String[]> entry) {
        InputStream in = Names.class.getResourceAsStream(FOLDER + table);
        if (in == null) {
            return; // a build without the tables (a quick javac loop) resolves nothing
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                entry.accept(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name table " + table, e);
        }
    }

    private static int prefix(byte[] mac, int offset) {
        return (mac[offset] & 0xff) << 16 | (mac[offset + 1] & 0xff) << 8 | mac[offset + 2] & 0xff;
    }

    /** The short vendor name of the MAC address at `offset` (`IntelCor`), or null. */
    public static String vendor(byte[] mac, int offset) {
        return Vendors.SHORT.get(prefix(mac, offset));
    }

    /** The registered organisation of the MAC address at `offset` (`Intel Corporate`), or null. */
    public static String organisation(byte[] mac, int offset) {
        return Vendors.FULL.get(prefix(mac, offset));
    }

    /** `IntelCor_53:b9:52` or `Broadcast` as Wireshark resolves them, or the plain address when the vendor is unknown. */
    public static String ether(byte[] mac, int offset) {
        if (broadcast(mac, offset)) {
            return "Broadcast";
        }
        String vendor = vendor(mac, offset);
        return vendor == null ? Addresses.ether(mac, offset) : vendor + "_" + Addresses.hex(mac, offset + 3, 3, ':');
    }

    private static boolean broadcast(byte[] mac, int offset) {
        for (int i = 0; i < 6; i++) {
            if (mac[offset + i] != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    /** The service name of a port (`http` for 80 over `tcp`), or null. */
    public static String service(String transport, int port) {
        return Services.NAMES.get(port + "/" + transport);
    }
}
