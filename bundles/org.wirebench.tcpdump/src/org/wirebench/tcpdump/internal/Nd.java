package org.wirebench.tcpdump.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.wirebench.tcpdump.TcpdumpOptions;

/**
 * What every printer reads and writes, as tcpdump's `netdissect_options`: the packet bytes up to the end of
 * the captured (or the enclosing protocol's) data, the output line, the flags and per-run state. Reading past
 * the end throws {@link Truncated}; the packet printer catches it and prints ` [|proto]` as tcpdump does.
 */
public final class Nd {
    public final TcpdumpOptions options;
    public final int vflag;
    public final boolean nflag;
    public final boolean eflag;
    public final boolean qflag;
    public final boolean sflag;

    public byte[] p;
    /** One past the last byte that may be read: the captured length or an enclosing header's length. */
    public int snapend;
    public StringBuilder out;
    /** The protocol named in a truncation mark, set by each printer on entry as tcpdump's `ndo_protocol`. */
    public String protocol;

    private final Map<Class<?>, Object> state = new HashMap<>();

    public Nd(TcpdumpOptions options) {
        this.options = options;
        this.vflag = options.verbose();
        this.nflag = options.numeric();
        this.eflag = options.link();
        this.qflag = options.quick();
        this.sflag = options.absoluteSeq();
    }

    void reset(byte[] packet, int capturedLength, StringBuilder line) {
        p = packet;
        snapend = capturedLength;
        out = line;
        protocol = "";
    }

    /** Per-run state of one printer (TCP sequence numbers, ...), made on first use. */
    @SuppressWarnings("unchecked")
    public <T> T state(Class<T> kind, Supplier<T> make) {
        return (T) state.computeIfAbsent(kind, k -> make.get());
    }

    // ---- bounds (ND_TTEST / GET_ macros) ----

    /** Whether `count` bytes at `off` were captured (ND_TTEST_LEN). */
    public boolean has(int off, int count) {
        return off >= 0 && count >= 0 && off <= snapend && count <= snapend - off;
    }

    /** Throws {@link Truncated} unless `count` bytes at `off` were captured (ND_TCHECK_LEN). */
    public void check(int off, int count) {
        if (!has(off, count)) {
            throw Truncated.INSTANCE;
        }
    }

    public int u8(int off) {
        check(off, 1);
        return p[off] & 0xff;
    }

    public int u16(int off) {
        check(off, 2);
        return (p[off] & 0xff) << 8 | p[off + 1] & 0xff;
    }

    public int u16le(int off) {
        check(off, 2);
        return (p[off + 1] & 0xff) << 8 | p[off] & 0xff;
    }

    public int u24(int off) {
        check(off, 3);
        return (p[off] & 0xff) << 16 | (p[off + 1] & 0xff) << 8 | p[off + 2] & 0xff;
    }

    public long u32(int off) {
        check(off, 4);
        return ((long) (p[off] & 0xff) << 24 | (p[off + 1] & 0xff) << 16 | (p[off + 2] & 0xff) << 8 | p[off + 3] & 0xff);
    }

    public long u32le(int off) {
        check(off, 4);
        return ((long) (p[off + 3] & 0xff) << 24 | (p[off + 2] & 0xff) << 16 | (p[off + 1] & 0xff) << 8 | p[off] & 0xff);
    }

    public long u64(int off) {
        return u32(off) << 32 | u32(off + 4);
    }

    /** Narrows the readable end to `off + length` (nd_push_snaplen); returns the end to restore. */
    public int limit(int off, int length) {
        int previous = snapend;
        if (length >= 0 && off + length < snapend) {
            snapend = off + length;
        }
        return previous;
    }

    public void restore(int previousEnd) {
        snapend = previousEnd;
    }

    // ---- output ----

    public Nd print(String text) {
        out.append(text);
        return this;
    }

    public Nd print(char c) {
        out.append(c);
        return this;
    }

    public Nd print(long value) {
        out.append(value);
        return this;
    }

    /** ` [|proto]` (nd_print_trunc). */
    public void trunc() {
        out.append(" [|").append(protocol).append(']');
    }

    /** ` (invalid)` (nd_print_invalid). */
    public void invalid() {
        out.append(" (invalid)");
    }

    /** Lower-case hexadecimal without prefix, at least `digits` digits (`%0Nx`). */
    public Nd hex(long value, int digits) {
        String text = Long.toHexString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        out.append(text);
        return this;
    }

    /** `0x%x`. */
    public Nd hex(long value) {
        out.append("0x").append(Long.toHexString(value));
        return this;
    }

    /** `%Nu`: right-aligned in `width` columns. */
    public Nd padLeft(long value, int width) {
        String text = Long.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append(' ');
        }
        out.append(text);
        return this;
    }

    /** A captured IPv4 address in dotted quad (ipaddr_string with -n). */
    public Nd ipaddr(int off) {
        check(off, 4);
        out.append(p[off] & 0xff).append('.').append(p[off + 1] & 0xff).append('.').append(p[off + 2] & 0xff)
                .append('.').append(p[off + 3] & 0xff);
        return this;
    }

    /** A captured IPv6 address as inet_ntop writes it (the longest run of two or more zero groups as `::`). */
    public Nd ip6addr(int off) {
        check(off, 16);
        Addresses.ip6(p, off, out);
        return this;
    }

    /** A captured MAC address, `00:1f:29:da:2d:79`. */
    public Nd etheraddr(int off) {
        check(off, 6);
        Addresses.mac(p, off, 6, out);
        return this;
    }

    /** One byte as tcpdump's fn_print_char shows it: `M-` for the high bit, `^X` for control characters. */
    public Nd printChar(int c) {
        if ((c & 0x80) != 0) {
            out.append("M-");
            c &= 0x7f;
        }
        if (c < 0x20 || c == 0x7f) {
            out.append('^').append((char) (c ^ 0x40));
        } else {
            out.append((char) c);
        }
        return this;
    }

    /**
     * Prints up to `count` captured bytes at `off` with {@link #printChar}, stopping at a NUL (nd_printjnp);
     * throws {@link Truncated} if they were not all captured.
     */
    public Nd printjnp(int off, int count) {
        check(off, count);
        for (int i = 0; i < count; i++) {
            int c = p[off + i] & 0xff;
            if (c == 0) {
                break;
            }
            printChar(c);
        }
        return this;
    }
}
