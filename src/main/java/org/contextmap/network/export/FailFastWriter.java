package org.contextmap.network.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Turns the first write failure into an unchecked exception. JGraphT's GraphML exporter writes
 * through a {@code PrintWriter}, which swallows {@link IOException}s: when a browser goes away
 * the export would go on writing the rest of the network into nothing and report success. An
 * unchecked exception passes the {@code PrintWriter} and stops the export at once.
 */
final class FailFastWriter extends FilterWriter {

    FailFastWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) {
        try {
            out.write(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        try {
            out.write(buffer, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        try {
            out.write(text, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closing is the caller's business: the underlying writer stays open. */
    @Override
    public void close() {
        flush();
    }

    /** The {@link IOException} behind {@code failure}, if a write failed; otherwise {@code null}. */
    static IOException ioCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UncheckedIOException unchecked) {
                return unchecked.getCause();
            }
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
