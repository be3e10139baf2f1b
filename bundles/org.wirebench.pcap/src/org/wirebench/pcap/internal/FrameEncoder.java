package org.wirebench.pcap.internal;

import java.io.IOException;

import org.wirebench.core.CaptureInterface;
import org.wirebench.core.Frame;
import org.wirebench.pcap.TimestampResolution;

/** Writes one capture format into a {@link CaptureOutput}; the file header is written when it is created. */
public interface FrameEncoder {

    void addInterface(CaptureInterface captureInterface, TimestampResolution resolution) throws IOException;

    void write(Frame frame) throws IOException;
}
