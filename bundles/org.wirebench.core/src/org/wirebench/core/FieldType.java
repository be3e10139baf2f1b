package org.wirebench.core;

/** The value type of a registered field, as Wireshark's FT_ types. */
public enum FieldType {
    PROTOCOL, NONE, BOOLEAN,
    UINT8, UINT16, UINT24, UINT32, UINT64, INT8, INT16, INT32, INT64,
    IPV4, IPV6, ETHER, BYTES, STRING,
    ABSOLUTE_TIME, RELATIVE_TIME, FRAMENUM, DOUBLE;

    /** Whether the value is held as a long (integers, booleans, IPv4 addresses, times in ns, frame numbers). */
    public boolean numeric() {
        return switch (this) {
            case BOOLEAN, UINT8, UINT16, UINT24, UINT32, UINT64, INT8, INT16, INT32, INT64, IPV4, ABSOLUTE_TIME,
                    RELATIVE_TIME, FRAMENUM -> true;
            default -> false;
        };
    }
}
