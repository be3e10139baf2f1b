package org.wirebench.analysis;

/** The formats of the Time column, with Wireshark's names (View > Time Display Format) and its Ctrl+Alt shortcuts. */
public enum TimeFormat {
    DATE_AND_TIME("Date and Time of Day", "1970-01-01 01:02:03.123456", '1'),
    TIME_OF_DAY("Time of Day", "01:02:03.123456", '2'),
    EPOCH("Seconds Since 1970-01-01", "1234567890.123456", '3'),
    SINCE_FIRST("Seconds Since First Captured Packet", "123.123456", '4'),
    SINCE_PREVIOUS_CAPTURED("Seconds Since Previous Captured Packet", "1.123456", '5'),
    SINCE_PREVIOUS_DISPLAYED("Seconds Since Previous Displayed Packet", "1.123456", '6'),
    UTC_DATE_AND_TIME("UTC Date and Time of Day", "1970-01-01 01:02:03.123456", '7'),
    UTC_TIME_OF_DAY("UTC Time of Day", "01:02:03.123456", '8');

    private final String label;
    private final String example;
    private final char key;

    TimeFormat(String label, String example, char key) {
        this.label = label;
        this.example = example;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** What Wireshark's menu shows beside the name. */
    public String example() {
        return example;
    }

    /** The digit of its Ctrl+Alt shortcut. */
    public char key() {
        return key;
    }

    /** True for the formats counted from another frame, which a time reference restarts. */
    public boolean relative() {
        return this == SINCE_FIRST || this == SINCE_PREVIOUS_CAPTURED || this == SINCE_PREVIOUS_DISPLAYED;
    }
}
