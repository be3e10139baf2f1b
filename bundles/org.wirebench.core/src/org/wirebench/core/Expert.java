package org.wirebench.core;

/** An expert item: something the analysis noticed about a packet, at the bytes it concerns. */
public record Expert(Severity severity, String message, int frameOffset, int length) {
}
