package org.wirebench.batch.internal;

/** A field name no dissector registers; the message names it and the nearest names that exist. */
public final class UnknownFieldException extends Exception {
    private static final long serialVersionUID = 1L;

    UnknownFieldException(String message) {
        super(message);
    }
}
