package org.wirebench.core;

/** One piece of reassembled bytes: the frame it came in, where it sits in the whole, and how long it is. */
public record Fragment(int frame, int offset, int length) {
}
