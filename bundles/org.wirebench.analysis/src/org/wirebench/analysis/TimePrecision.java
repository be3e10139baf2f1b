package org.wirebench.analysis;

/** How many decimals the Time column shows (View > Time Display Format); automatic is the file's own precision. */
public enum TimePrecision {
    AUTOMATIC("Automatic (from capture file)", -1),
    SECONDS("Seconds", 0),
    TENTHS("Tenths of a second", 1),
    HUNDREDTHS("Hundredths of a second", 2),
    MILLISECONDS("Milliseconds", 3),
    MICROSECONDS("Microseconds", 6),
    NANOSECONDS("Nanoseconds", 9);

    private final String label;
    private final int digits;

    TimePrecision(String label, int digits) {
        this.label = label;
        this.digits = digits;
    }

    public String label() {
        return label;
    }

    /** Decimal digits, or `fileDigits` when automatic. */
    public int digits(int fileDigits) {
        return digits < 0 ? fileDigits : digits;
    }
}
