package org.wirebench.core;

/** How an integer field is displayed, as Wireshark's BASE_ values. */
public enum Base {
    NONE, DEC, HEX, OCT, DEC_HEX, HEX_DEC
}
