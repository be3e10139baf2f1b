package org.wirebench.core;

import java.util.List;

/**
 * The fields that tell how reassembled bytes were put together (Wireshark's fragment items): in the frame that
 * completed them, the pieces with the frame each came in, their count and the whole length; in an earlier frame
 * dissected again, the frame that completed them. For prefix `ip` and piece `fragment`: `ip.fragments`,
 * `ip.fragment`, `ip.fragment.count`, `ip.reassembled.length`, `ip.reassembled_in`.
 */
public final class ReassemblyFields {
    private final String title;
    private final Field pieces;
    private final Field piece;
    private final Field count;
    private final Field length;
    private final Field reassembledIn;

    /**
     * @param what  what is reassembled, for the labels: "IPv4"
     * @param title the label of the list of pieces after their count: "IPv4 Fragments"
     */
    public ReassemblyFields(Fields fields, String prefix, String pieceName, String what, String title) {
        this.title = title;
        String capitalised = Character.toUpperCase(pieceName.charAt(0)) + pieceName.substring(1);
        pieces = fields.add(prefix + "." + pieceName + "s", title, FieldType.NONE);
        piece = fields.add(prefix + "." + pieceName, capitalised, FieldType.FRAMENUM);
        count = fields.add(prefix + "." + pieceName + ".count", capitalised + " count", FieldType.UINT32);
        length = fields.add(prefix + ".reassembled.length", "Reassembled " + what + " length", FieldType.UINT32);
        reassembledIn = fields.add(prefix + ".reassembled_in", "Reassembled " + what + " in frame", FieldType.FRAMENUM);
    }

    /** Under `parent`, the pieces `whole` (a view of all the reassembled bytes) was made of. */
    public void showPieces(Item parent, ByteView whole, List<Fragment> fragments) {
        if (parent.isNone()) {
            return;
        }
        StringBuilder label = new StringBuilder().append(fragments.size()).append(' ').append(title).append(" (")
                .append(whole.length()).append(" bytes): ");
        for (int i = 0; i < fragments.size(); i++) {
            label.append(i == 0 ? "#" : ", #").append(fragments.get(i).frame()).append('(').append(fragments.get(i).length()).append(')');
        }
        Item list = parent.add(pieces, whole, 0, whole.length(), (Object) null).text(label.toString()).generated();
        for (Fragment fragment : fragments) {
            list.add(piece, whole, fragment.offset(), fragment.length(), fragment.frame()).text("Frame: %d, payload: %d-%d (%d bytes)",
                    fragment.frame(), fragment.offset(), fragment.offset() + fragment.length() - 1, fragment.length()).generated();
        }
        list.add(count, null, 0, 0, fragments.size()).generated();
        list.add(length, null, 0, 0, whole.length()).generated();
    }

    /** Under `parent`, the frame in which the bytes this frame began or continued became whole. */
    public void showReassembledIn(Item parent, int frame) {
        parent.add(reassembledIn, null, 0, 0, frame).generated();
    }
}
