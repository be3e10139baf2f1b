package org.wirebench.filter.internal;

import java.util.function.IntUnaryOperator;

/**
 * A classic BPF program and its interpreter, with the semantics of libpcap's userland `bpf_filter`: unsigned
 * 32-bit arithmetic, a load beyond the captured bytes rejects the packet, division by a zero X rejects. The
 * programs come from `pcap_compile`, which never emits the Linux-only negative-offset extensions.
 */
public final class BpfProgram {
    private final int[] code;
    private final int[] jt;
    private final int[] jf;
    private final int[] k;

    private BpfProgram(int[] code, int[] jt, int[] jf, int[] k) {
        this.code = code;
        this.jt = jt;
        this.jf = jf;
        this.k = k;
    }

    /** A program of `count` instructions, each given by its opcode, jump offsets and constant. */
    public static BpfProgram of(int count, IntUnaryOperator code, IntUnaryOperator jt, IntUnaryOperator jf, IntUnaryOperator k) {
        int[] c = new int[count];
        int[] t = new int[count];
        int[] f = new int[count];
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            c[i] = code.applyAsInt(i);
            t[i] = jt.applyAsInt(i);
            f[i] = jf.applyAsInt(i);
            v[i] = k.applyAsInt(i);
        }
        return new BpfProgram(c, t, f, v);
    }

    /**
     * Runs the program over a packet of which `captured` bytes of `p` are present and `wireLength` were on the
     * wire; returns its verdict (0 rejects, otherwise the number of bytes to keep).
     */
    public int run(byte[] p, int captured, int wireLength) {
        int a = 0;
        int x = 0;
        int[] mem = null;
        long buflen = captured;
        for (int pc = 0;; pc++) {
            int kk = k[pc];
            switch (code[pc]) {
                case 0x06 -> { // ret #k
                    return kk;
                }
                case 0x16 -> { // ret a
                    return a;
                }
                case 0x20, 0x28, 0x30 -> { // ld, ldh, ldb [k]
                    long at = kk & 0xffffffffL;
                    if (at + width(code[pc]) > buflen) {
                        return 0;
                    }
                    a = load(p, (int) at, code[pc]);
                }
                case 0x40, 0x48, 0x50 -> { // ld, ldh, ldb [x + k]
                    long at = (x & 0xffffffffL) + (kk & 0xffffffffL);
                    if (at + width(code[pc]) > buflen) {
                        return 0;
                    }
                    a = load(p, (int) at, code[pc]);
                }
                case 0xb1 -> { // ldxb 4*([k]&0xf)
                    long at = kk & 0xffffffffL;
                    if (at >= buflen) {
                        return 0;
                    }
                    x = (p[(int) at] & 0xf) << 2;
                }
                case 0x80 -> a = wireLength; // ld #len
                case 0x81 -> x = wireLength; // ldx #len
                case 0x00 -> a = kk; // ld #k
                case 0x01 -> x = kk; // ldx #k
                case 0x60 -> a = mem == null ? 0 : mem[kk & 15]; // ld M[k]
                case 0x61 -> x = mem == null ? 0 : mem[kk & 15]; // ldx M[k]
                case 0x02 -> { // st M[k]
                    mem = mem == null ? new int[16] : mem;
                    mem[kk & 15] = a;
                }
                case 0x03 -> { // stx M[k]
                    mem = mem == null ? new int[16] : mem;
                    mem[kk & 15] = x;
                }
                case 0x05 -> pc += kk; // ja
                case 0x15 -> pc += a == kk ? jt[pc] : jf[pc]; // jeq #k
                case 0x25 -> pc += Integer.compareUnsigned(a, kk) > 0 ? jt[pc] : jf[pc]; // jgt #k
                case 0x35 -> pc += Integer.compareUnsigned(a, kk) >= 0 ? jt[pc] : jf[pc]; // jge #k
                case 0x45 -> pc += (a & kk) != 0 ? jt[pc] : jf[pc]; // jset #k
                case 0x1d -> pc += a == x ? jt[pc] : jf[pc]; // jeq x
                case 0x2d -> pc += Integer.compareUnsigned(a, x) > 0 ? jt[pc] : jf[pc]; // jgt x
                case 0x3d -> pc += Integer.compareUnsigned(a, x) >= 0 ? jt[pc] : jf[pc]; // jge x
                case 0x4d -> pc += (a & x) != 0 ? jt[pc] : jf[pc]; // jset x
                case 0x04 -> a += kk; // add
                case 0x0c -> a += x;
                case 0x14 -> a -= kk; // sub
                case 0x1c -> a -= x;
                case 0x24 -> a *= kk; // mul
                case 0x2c -> a *= x;
                case 0x34 -> a = Integer.divideUnsigned(a, kk); // div #k: pcap_compile refuses a zero constant
                case 0x3c -> { // div x
                    if (x == 0) {
                        return 0;
                    }
                    a = Integer.divideUnsigned(a, x);
                }
                case 0x94 -> a = Integer.remainderUnsigned(a, kk); // mod
                case 0x9c -> {
                    if (x == 0) {
                        return 0;
                    }
                    a = Integer.remainderUnsigned(a, x);
                }
                case 0x54 -> a &= kk; // and
                case 0x5c -> a &= x;
                case 0x44 -> a |= kk; // or
                case 0x4c -> a |= x;
                case 0xa4 -> a ^= kk; // xor
                case 0xac -> a ^= x;
                case 0x64 -> a = kk >= 0 && kk < 32 ? a << kk : 0; // lsh
                case 0x6c -> a = x >= 0 && x < 32 ? a << x : 0;
                case 0x74 -> a = kk >= 0 && kk < 32 ? a >>> kk : 0; // rsh
                case 0x7c -> a = x >= 0 && x < 32 ? a >>> x : 0;
                case 0x84 -> a = -a; // neg
                case 0x07 -> x = a; // tax
                case 0x87 -> a = x; // txa
                default -> {
                    return 0; // an instruction pcap_compile does not emit
                }
            }
        }
    }

    /** The bytes a load of opcode `op` reads: its size bits. */
    private static int width(int op) {
        return switch (op & 0x18) {
            case 0x00 -> 4;
            case 0x08 -> 2;
            default -> 1;
        };
    }

    private static int load(byte[] p, int at, int op) {
        return switch (op & 0x18) {
            case 0x00 -> word(p, at);
            case 0x08 -> (p[at] & 0xff) << 8 | p[at + 1] & 0xff;
            default -> p[at] & 0xff;
        };
    }

    private static int word(byte[] p, int at) {
        return (p[at] & 0xff) << 24 | (p[at + 1] & 0xff) << 16 | (p[at + 2] & 0xff) << 8 | p[at + 3] & 0xff;
    }
}
