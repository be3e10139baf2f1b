package org.wirebench.core;

/** Expert-information severities, as Wireshark ranks them. */
public enum Severity {
    CHAT, NOTE, WARNING, ERROR
}
