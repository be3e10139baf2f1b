package org.wirebench.filter;

/** A filter that cannot be compiled: the message says why and, where known, at which position of the text. */
public final class FilterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int position;

    public FilterException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The character offset in the filter text where the problem is, or -1 when the compiler does not say. */
    public int position() {
        return position;
    }
}
