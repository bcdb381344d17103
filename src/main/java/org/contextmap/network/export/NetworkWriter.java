package org.contextmap.network.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an {@link ExportedNetwork} as a file for a graph tool, streaming: nothing of the size of
 * the network is built besides the network itself, so a 200,000-tie export can go straight into
 * an HTTP response. The stream is flushed, not closed.
 */
public interface NetworkWriter {

    /** The media type to serve the file as. */
    String mediaType();

    /** The file name extension, without the dot. */
    String extension();

    /** Writes the network as UTF-8 to {@code out}. */
    void write(ExportedNetwork network, OutputStream out) throws IOException;
}
