package org.wirebench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirebench.core.Addresses;
import org.wirebench.core.Base;
import org.wirebench.core.Binding;
import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Fields;

/** Address and value texts as Wireshark shows them; table bindings as plugin.xml writes them. */
class ValuesTest {

    @ParameterizedTest
    @CsvSource({
            "20010db8000000000000000000000001, 2001:db8::1",
            "00000000000000000000000000000000, ::",
            "00000000000000000000000000000001, ::1",
            "20010db8000000010000000000000001, 2001:db8:0:1::1",
            "20010db8000100010001000100010001, 2001:db8:1:1:1:1:1:1",
            "fe800000000000000000000000000000, fe80::",
            "20010000000000010000000000000000, 2001:0:0:1::" })
    void ipv6FollowsRfc5952(String hex, String text) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        assertEquals(text, Addresses.ipv6(bytes));
    }

    @Test
    void secondsHaveNineDecimals() {
        assertEquals("0.000000000", org.wirebench.core.Values.seconds(0));
        assertEquals("1.000000007", org.wirebench.core.Values.seconds(1_000_000_007L));
        assertEquals("-0.093066315", org.wirebench.core.Values.seconds(-93_066_315L));
        assertEquals("1234567.123456789", org.wirebench.core.Values.seconds(1_234_567_123_456_789L));
    }

    @Test
    void ipv4AndEther() {
        assertEquals("192.168.10.16", Addresses.ipv4(0xc0a80a10L));
        assertEquals("00:1b:21:53:b9:52", Addresses.ether(new byte[] { 0, 0x1b, 0x21, 0x53, (byte) 0xb9, 0x52 }, 0));
    }

    @Test
    void fieldsKeepOneTypePerName() {
        Fields fields = new Fields();
        Field a = fields.add("x.y", "Y", FieldType.UINT16);
        assertEquals(a, fields.add("x.y", "Y again", FieldType.UINT16));
        assertThrows(IllegalArgumentException.class, () -> fields.add("x.y", "Y", FieldType.STRING));
        Field type = fields.add("eth.type", "Type", FieldType.UINT16, Base.HEX, Map.of(0x0800L, "IPv4"), 0);
        assertEquals("IPv4", type.valueName(0x0800));
        Field flag = fields.add("ip.flags.df", "Don't fragment", FieldType.BOOLEAN, Base.NONE, Map.of(), 0x4000);
        assertEquals(1, flag.extract(0x4000));
        assertEquals(0, flag.extract(0x2000));
    }

    @Test
    void bindingsParseDecimalAndHex() {
        assertEquals(new Binding("ethertype", 0x0800), Binding.parse("ethertype=0x0800"));
        assertEquals(new Binding("udp.port", 4660), Binding.parse(" udp.port = 4660 "));
        assertThrows(IllegalArgumentException.class, () -> Binding.parse("udp.port"));
        assertThrows(IllegalArgumentException.class, () -> Binding.parse("udp.port=abc"));
    }
}
