package org.wirebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.wirebench.core.Names;

/** The tables generated at build time from Debian's ieee-data and netbase. */
class NamesTest {
    private static final byte[] INTEL = { 0x00, 0x1b, 0x21, 0x53, (byte) 0xb9, 0x52 };
    private static final byte[] UNKNOWN = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 }; // locally administered

    @Test
    void vendorsAreShortenedAsWiresharkShowsThem() {
        assertEquals("IntelCor_53:b9:52", Names.ether(INTEL, 0));
        assertEquals("Intel Corporate", Names.organisation(INTEL, 0));
        assertEquals("RealtekS", Names.vendor(new byte[] { 0x00, (byte) 0xe0, 0x4c }, 0));
        assertEquals("02:00:00:00:00:01", Names.ether(UNKNOWN, 0));
        assertNull(Names.vendor(UNKNOWN, 0));
        assertEquals("Broadcast", Names.ether(new byte[] { -1, -1, -1, -1, -1, -1 }, 0));
    }

    @Test
    void servicesAreTheNamesTcpdumpPrints() {
        assertEquals("http", Names.service("tcp", 80));
        assertEquals("domain", Names.service("udp", 53));
        assertEquals("ntp", Names.service("udp", 123));
        assertNull(Names.service("tcp", 4660));
    }
}
