package org.wirebench.filter.internal;

import java.util.ArrayList;
import java.util.List;

import org.wirebench.core.Field;
import org.wirebench.core.FieldType;
import org.wirebench.core.Item;

/** One side of a relation: a field (maybe sliced or masked) whose occurrences give values, or a constant. */
sealed interface Operand {

    /** The values in this frame: Long, Double, String, byte[] or an address prefix, one per occurrence. */
    List<Object> values(Occurrences frame);

    record Constant(Object value) implements Operand {
        @Override
        public List<Object> values(Occurrences frame) {
            return List.of(value);
        }
    }

    /** A field at `slot` of the filter's needed fields; `slice` (byte ranges) or `mask` (`& 0x02`) may apply. */
    record FieldRef(Field field, int slot, Slice slice, Long mask) implements Operand {
        @Override
        public List<Object> values(Occurrences frame) {
            List<Item> items = frame.of(slot);
            List<Object> values = new ArrayList<>(items.size());
            for (Item item : items) {
                Object value = slice != null ? slice.apply(bytes(item, frame.frame())) : natural(item);
                if (mask != null && value instanceof Long number) {
                    value = number & mask;
                }
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        /** The value as compared: numbers as Long, addresses and bytes as byte[], text as String. */
        private Object natural(Item item) {
            FieldType type = field.type();
            if (type.numeric()) {
                return item.number();
            }
            if (type == FieldType.PROTOCOL || type == FieldType.NONE) {
                return null;
            }
            return item.value();
        }

        /** What a slice cuts: the value's own bytes, or the frame (or reassembled) bytes the item covers. */
        private byte[] bytes(Item item, byte[] frame) {
            Object value = item.value();
            if (value instanceof byte[] raw) {
                return raw;
            }
            if (value instanceof String text) {
                return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (field.type() == FieldType.IPV4) {
                long a = item.number();
                return new byte[] { (byte) (a >> 24), (byte) (a >> 16), (byte) (a >> 8), (byte) a };
            }
            // an item of reassembled bytes counts its offset in them, not in the frame
            byte[] bytes = item.dataSource() != null ? item.dataSource().bytes() : frame;
            int from = Math.max(0, Math.min(item.frameOffset(), bytes.length));
            int to = Math.max(from, Math.min(from + item.length(), bytes.length));
            return java.util.Arrays.copyOfRange(bytes, from, to);
        }

        /** The type values of this operand have: bytes once sliced, a number once masked. */
        FieldType valueType() {
            return slice != null ? FieldType.BYTES : field.type();
        }
    }
}
