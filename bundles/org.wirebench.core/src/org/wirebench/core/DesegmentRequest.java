package org.wirebench.core;

/**
 * What a dissector on TCP asks of it when its PDU does not end in the bytes it got (Wireshark's
 * `pinfo->desegment_offset` and `desegment_len`): the PDU starts at `offset` of those bytes and needs `more` bytes
 * after their end, or {@link #ONE_MORE_SEGMENT} when it cannot tell how many.
 */
public record DesegmentRequest(int offset, int more) {
    /** Call again with the next segment added: the end of the PDU is not known yet (a header still open). */
    public static final int ONE_MORE_SEGMENT = Integer.MAX_VALUE;
}
