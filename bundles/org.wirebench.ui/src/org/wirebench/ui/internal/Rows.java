package org.wirebench.ui.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Which frames the packet list shows and in which order: all of them or those a display filter passed (the
 * "displayed" frames, kept in frame order), in that order or sorted by a column. Positions count displayed frames
 * in frame order; rows count what the table shows.
 */
final class Rows {
    static final Rows NONE = new Rows(0, new int[0], null);

    private final int frameCount;
    /** The displayed frames, ascending; null when all are. */
    private final int[] displayed;
    /** Row → position when sorted, else null. */
    private final int[] order;
    private int[] rowOfPosition;

    private Rows(int frameCount, int[] displayed, int[] order) {
        this.frameCount = frameCount;
        this.displayed = displayed;
        this.order = order;
    }

    static Rows all(int frameCount) {
        return new Rows(frameCount, null, null);
    }

    /** `displayed`: ascending frame indexes, as a display filter gives them. */
    Rows filtered(int[] shown) {
        return new Rows(frameCount, shown, null);
    }

    /** The same frames in `rowOrder` (row → position). */
    Rows sorted(int[] rowOrder) {
        return new Rows(frameCount, displayed, rowOrder);
    }

    /** The same frames in frame order. */
    Rows unsorted() {
        return new Rows(frameCount, displayed, null);
    }

    int count() {
        return displayed == null ? frameCount : displayed.length;
    }

    boolean sorted() {
        return order != null;
    }

    boolean filtered() {
        return displayed != null;
    }

    /** The frame shown at `position` in frame order. */
    int frameAt(int position) {
        return displayed == null ? position : displayed[position];
    }

    int frame(int row) {
        return frameAt(order == null ? row : order[row]);
    }

    /** The frame displayed before the one of `row`, in frame order (Seconds Since Previous Displayed Packet), or -1. */
    int previousShown(int row) {
        int position = order == null ? row : order[row];
        return position > 0 ? frameAt(position - 1) : -1;
    }

    /** The row that shows `frame`, or -1 when it is not displayed. */
    int rowOf(int frame) {
        int position = displayed == null ? (frame >= 0 && frame < frameCount ? frame : -1) : Arrays.binarySearch(displayed, frame);
        if (position < 0 || order == null) {
            return position < 0 ? -1 : position;
        }
        if (rowOfPosition == null) {
            rowOfPosition = new int[order.length];
            for (int row = 0; row < order.length; row++) {
                rowOfPosition[order[row]] = row;
            }
        }
        return rowOfPosition[position];
    }

    /** The displayed frames in frame order. */
    int[] displayedFrames() {
        return displayed != null ? displayed : IntStream.range(0, frameCount).toArray();
    }
}
