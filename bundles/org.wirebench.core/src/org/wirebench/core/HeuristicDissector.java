package org.wirebench.core;

/** A dissector that can recognise its protocol from the bytes alone, when no table names it. */
public interface HeuristicDissector extends Dissector {

    /** A few cheap byte checks; never throws, never adds to the tree. */
    boolean accepts(ByteView data, Packet packet);
}
