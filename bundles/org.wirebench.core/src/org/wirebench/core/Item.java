package org.wirebench.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the protocol tree: a field with its value and the frame bytes it came from. In a summary pass the
 * tree is not built: every add goes to {@link #NONE}, which ignores it, so dissectors need no two code paths.
 */
public class Item {
    private final Field field;
    private final Packet packet;
    private final int frameOffset;
    /** The reassembled bytes `frameOffset` is in, or null for the frame's. */
    private final DataSource source;
    private int length;
    private long number;
    private Object value;
    private String text;
    private Object[] textArguments;
    private boolean generated;
    private boolean hidden;
    private List<Item> children;

    Item(Packet packet, Field field, int frameOffset, int length) {
        this(packet, field, frameOffset, length, null);
    }

    private Item(Packet packet, Field field, ByteView data, int offset, int length) {
        this(packet, field, data == null ? 0 : data.frameOffset(offset), length, data == null ? null : data.source());
    }

    private Item(Packet packet, Field field, int frameOffset, int length, DataSource source) {
        this.packet = packet;
        this.field = field;
        this.frameOffset = frameOffset;
        this.length = length;
        this.source = source;
    }

    /** A root item for a full dissection of `packet`. */
    static Item root(Packet packet) {
        return new Item(packet, null, 0, 0);
    }

    /** The root of a summary pass: every add is checked against the bytes, then ignored; experts still count. */
    static Item ignoring(Packet packet) {
        return new Ignoring(packet);
    }

    /**
     * The root of a pass for a reader of some fields (a display filter): the items of the wanted fields are kept,
     * flat, under `kept`; everything else is checked against the bytes and ignored, as in a summary pass, which
     * adds every field and leaves out only text. A kept item is "not none", so a dissector completes it (its value
     * set after the fact, as frame.protocols).
     */
    static Item collecting(Packet packet, Item kept, FieldSet wanted) {
        return new Collecting(packet, kept, wanted, null, null);
    }

    private static final class Collecting extends Ignoring {
        private final Packet owner;
        private final Item kept;
        private final FieldSet wanted;
        /** The kept item this one stands for, or null for the stand-in of everything not wanted. */
        private final Item target;
        private final Collecting bare;

        Collecting(Packet packet, Item kept, FieldSet wanted, Item target, Collecting bare) {
            super(packet);
            this.owner = packet;
            this.kept = kept;
            this.wanted = wanted;
            this.target = target;
            this.bare = bare == null ? this : bare;
        }

        @Override
        public Item add(Field field, ByteView data, int offset, int length) {
            if (wanted.contains(field)) {
                return standIn(kept.add(field, data, offset, length));
            }
            if (data != null && field.type() != FieldType.PROTOCOL && field.type() != FieldType.NONE) {
                data.require(offset, length);
            }
            return bare;
        }

        @Override
        public Item add(Field field, ByteView data, int offset, int length, long value) {
            return wanted.contains(field) ? standIn(kept.add(field, data, offset, length, value)) : bare;
        }

        @Override
        public Item add(Field field, ByteView data, int offset, int length, Object value) {
            return wanted.contains(field) ? standIn(kept.add(field, data, offset, length, value)) : bare;
        }

        @Override
        public Item addText(ByteView data, int offset, int length, String text) {
            return bare;
        }

        private Item standIn(Item item) {
            return new Collecting(owner, kept, wanted, item, bare);
        }

        @Override
        public Item setValue(Object value) {
            if (target != null) {
                target.setValue(value);
            }
            return this;
        }

        @Override
        public Item generated() {
            if (target != null) {
                target.generated();
            }
            return this;
        }

        @Override
        public Item hidden() {
            if (target != null) {
                target.hidden();
            }
            return this;
        }

        @Override
        public Item length(int length) {
            if (target != null) {
                target.length(length);
            }
            return this;
        }

        @Override
        public boolean isNone() {
            return target == null;
        }
    }

    private static class Ignoring extends Item {
        Ignoring(Packet packet) {
            super(packet, null, 0, 0);
        }

        @Override
        public Item add(Field field, ByteView data, int offset, int length) {
            // read what the full pass would read, so both passes break at the same byte
            if (data != null && field.type() != FieldType.PROTOCOL && field.type() != FieldType.NONE) {
                data.require(offset, length);
            }
            return this;
        }

        @Override
        public Item add(Field field, ByteView data, int offset, int length, long value) {
            return this;
        }

        @Override
        public Item add(Field field, ByteView data, int offset, int length, Object value) {
            return this;
        }

        @Override
        public Item addText(ByteView data, int offset, int length, String text) {
            return this;
        }

        @Override
        Item attach(Item child) {
            return this;
        }

        @Override
        public Item text(String text) {
            return this;
        }

        @Override
        public Item text(String format, Object... arguments) {
            return this;
        }

        @Override
        public Item setValue(Object value) {
            return this;
        }

        @Override
        public Item generated() {
            return this;
        }

        @Override
        public Item hidden() {
            return this;
        }

        @Override
        public Item length(int length) {
            return this;
        }

        @Override
        public boolean isNone() {
            return true;
        }
    }

    Item attach(Item child) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(child);
        return child;
    }

    /** Adds `field` over `length` bytes at `offset` of `data`, its value read big-endian as the field's type says. */
    public Item add(Field field, ByteView data, int offset, int length) {
        return switch (field.type()) {
            case PROTOCOL, NONE -> add(field, data, offset, length, (Object) null);
            case IPV6, ETHER, BYTES -> add(field, data, offset, length, (Object) data.bytes(offset, length));
            case STRING -> add(field, data, offset, length, (Object) data.ascii(offset, length));
            default -> add(field, data, offset, length, field.extract(readUnsigned(data, offset, length)));
        };
    }

    private static long readUnsigned(ByteView data, int offset, int length) {
        data.require(offset, length); // the whole field decides malformed or cut short, as in the summary pass
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | data.u8(offset + i);
        }
        return value;
    }

    /** Adds `field` with a numeric value the dissector computed (little-endian, scaled, generated). */
    public Item add(Field field, ByteView data, int offset, int length, long value) {
        Item item = attach(new Item(packet, field, data, offset, length));
        item.number = value;
        return item;
    }

    /** Adds `field` with a value that is not a number (a string, bytes). */
    public Item add(Field field, ByteView data, int offset, int length, Object value) {
        Item item = attach(new Item(packet, field, data, offset, length));
        item.value = value;
        return item;
    }

    /** Adds a text-only item, a line of the tree that is no field. */
    public Item addText(ByteView data, int offset, int length, String text) {
        return attach(new Item(packet, null, data, offset, length)).text(text);
    }

    /** Adds an expert item under this one and records it in the packet (in a summary pass too). */
    public Item expert(Severity severity, String message) {
        Expert expert = new Expert(severity, message, frameOffset, length);
        packet.addExpert(expert);
        Item item = new Item(packet, null, frameOffset, length, source);
        item.text = message;
        item.value = expert;
        return attach(item);
    }

    /** Sets the non-numeric value once it is known (`frame.protocols` after the last layer). */
    public Item setValue(Object value) {
        this.value = value;
        return this;
    }

    /** Replaces the label ("Name: value") the tree shows for this item. */
    public Item text(String text) {
        this.text = text;
        this.textArguments = null;
        return this;
    }

    /**
     * Replaces the label by a {@link String#format} text, formatted only when the label is shown: a summary
     * pass, which keeps no tree, pays nothing for it.
     */
    public Item text(String format, Object... arguments) {
        this.text = format;
        this.textArguments = arguments;
        return this;
    }

    /** Marks the item as computed rather than read from the bytes: the tree shows it in [ ]. */
    public Item generated() {
        this.generated = true;
        return this;
    }

    /** Hides the item from the tree view while keeping it for filters (`tcp.port` beside `tcp.srcport`). */
    public Item hidden() {
        this.hidden = true;
        return this;
    }

    public boolean isHidden() {
        return hidden;
    }

    /** Sets the length once it is known (a protocol item added before its header was parsed). */
    public Item length(int length) {
        this.length = length;
        return this;
    }

    /** True in a summary pass, where the tree is not kept. */
    public boolean isNone() {
        return false;
    }

    public Field field() {
        return field;
    }

    /** The offset of the item's bytes in the frame, or in its {@link #dataSource()} when it has one. */
    public int frameOffset() {
        return frameOffset;
    }

    /** The reassembled bytes this item's offset is in, or null when it is in the frame. */
    public DataSource dataSource() {
        return source;
    }

    public int length() {
        return length;
    }

    public long number() {
        return number;
    }

    /** The non-numeric value: a String, a byte[], an {@link Expert}, or null. */
    public Object value() {
        return value;
    }

    public boolean isGenerated() {
        return generated;
    }

    /** The expert information this item stands for, or null. */
    public Expert expert() {
        return value instanceof Expert expert ? expert : null;
    }

    public List<Item> children() {
        return children == null ? List.of() : children;
    }

    /** The label the tree shows: the text set, else "Name: value". */
    public String label() {
        if (text != null) {
            String shown = textArguments == null ? text : String.format(java.util.Locale.ROOT, text, textArguments);
            return generated ? "[" + shown + "]" : shown;
        }
        if (field == null) {
            return "";
        }
        String label = field.type() == FieldType.PROTOCOL || field.type() == FieldType.NONE ? field.name()
                : field.name() + ": " + Values.format(this);
        return generated ? "[" + label + "]" : label;
    }

    /** The first item, depth first, with this field; or null. */
    public Item find(Field wanted) {
        for (Item child : children()) {
            if (child.field == wanted) {
                return child;
            }
            Item found = child.find(wanted);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Every item, depth first, with this field. */
    public List<Item> findAll(Field wanted) {
        List<Item> found = new ArrayList<>();
        collect(wanted, found);
        return found;
    }

    private void collect(Field wanted, List<Item> found) {
        for (Item child : children()) {
            if (child.field == wanted) {
                found.add(child);
            }
            child.collect(wanted, found);
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
