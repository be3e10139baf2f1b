package org.wirebench.filter.internal;

import java.util.List;
import java.util.regex.Pattern;

/** A compiled display filter: a tree of tests over a frame's {@link Occurrences}. */
public sealed interface Expr {

    boolean test(Occurrences frame);

    record Or(Expr left, Expr right) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            return left.test(frame) || right.test(frame);
        }
    }

    record And(Expr left, Expr right) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            return left.test(frame) && right.test(frame);
        }
    }

    record Xor(Expr left, Expr right) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            return left.test(frame) ^ right.test(frame);
        }
    }

    /** A test of a field no dissector here registers, in a filter that allows them (colouring rules): never holds. */
    record Absent() implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            return false;
        }
    }

    record Not(Expr inner) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            return !inner.test(frame);
        }
    }

    /** `tcp`, `dns.flags.response`, `tcp.flags & 0x02`: present (and, masked, not zero). */
    record Exists(Operand.FieldRef field) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            if (field.mask() == null && field.slice() == null) {
                return !frame.of(field.slot()).isEmpty();
            }
            for (Object value : field.values(frame)) {
                if (!(value instanceof Long number) || number != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A comparison with its quantifier: `==`, `>`... hold when any pair of values does; `!=` (all_ne) and `===`
     * (all_eq) when every value of the left side does; `!==` (any_ne) when one does. No value: false.
     */
    record Compare(String op, boolean all, Operand left, Operand right) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            List<Object> a = left.values(frame);
            List<Object> b = right.values(frame);
            if (a.isEmpty() || b.isEmpty()) {
                return false;
            }
            for (Object x : a) {
                boolean holds = false;
                for (Object y : b) {
                    if (Comparison.holds(op, x, y)) {
                        holds = true;
                        break;
                    }
                }
                if (holds && !all) {
                    return true;
                }
                if (!holds && all) {
                    return false;
                }
            }
            return all;
        }
    }

    /** `tcp.port in {80, 443, 8000..8080}`: a value inside one member. */
    record Member(Operand left, List<Object[]> members) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            for (Object value : left.values(frame)) {
                for (Object[] member : members) {
                    if (member.length == 1 ? Comparison.holds("==", value, member[0])
                            : Comparison.holds(">=", value, member[0]) && Comparison.holds("<=", value, member[1])) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** `http.host contains "example"`, `tcp.payload contains 47:45:54`. */
    record Contains(Operand left, Operand right) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            for (Object x : left.values(frame)) {
                for (Object y : right.values(frame)) {
                    if (Comparison.contains(x, y)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** `http.user_agent matches "curl"`: a regular expression, case-insensitive unless it says `(?-i)`. */
    record Matches(Operand left, Pattern pattern) implements Expr {
        @Override
        public boolean test(Occurrences frame) {
            for (Object value : left.values(frame)) {
                if (pattern.matcher(Comparison.text(value)).find()) {
                    return true;
                }
            }
            return false;
        }
    }
}
