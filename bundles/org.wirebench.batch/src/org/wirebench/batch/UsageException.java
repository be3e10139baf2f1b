package org.wirebench.batch;

/** A mistake on the command line: reported in one line with the usage, exit status 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
