package org.wirebench.core;

/**
 * Bytes a packet's items may point into besides its frame: a datagram put back together from its fragments, a PDU
 * from its TCP segments (Wireshark's data sources, the tabs under the hex view). An item's offset is into the data
 * source of the bytes it was read from ({@link Item#dataSource()}).
 */
public final class DataSource {
    private final String name;
    private final byte[] bytes;

    /** `bytes` are kept, not copied. */
    public DataSource(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /** What the hex view's tab says: "Reassembled TCP". */
    public String name() {
        return name;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** All of the bytes, for a dissector: what it adds from them points into this source. */
    public ByteView view() {
        return new ByteView(bytes, 0, bytes.length, bytes.length, null, this);
    }
}
