package org.contextmap.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes of one bundle file as they are read and stops at the first limit passed — the
 * file's size, the bundle's total, or (for a zip entry) how many times its compressed size it has
 * grown — so that a zip bomb is refused after at most one limit's worth of bytes, whatever its
 * entries claim.
 */
final class EntryLimits extends FilterInputStream {

    /** A limit was passed; the message says which, for the partner. */
    static final class Exceeded extends IOException {
        Exceeded(String message) {
            super(message, null);
        }
    }

    /** The bytes read so far of all files of one bundle. */
    static final class Total {
        private long bytes;
    }

    private final String file;
    private final ImportLimits limits;
    private final Total total;
    private final LongSupplier compressed;
    private long size;

    /**
     * @param compressed how many compressed bytes this entry has used so far; {@code null} for a
     *                   file that is not compressed
     */
    EntryLimits(InputStream in, String file, ImportLimits limits, Total total, LongSupplier compressed) {
        super(in);
        this.file = file;
        this.limits = limits;
        this.total = total;
        this.compressed = compressed;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Reads the rest of the entry, counting it, and keeps nothing. */
    void skipAll() throws IOException {
        byte[] buffer = new byte[1 << 13];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counted by read
        }
    }

    @Override
    public void close() {
        // the zip stream stays open for the next entry
    }

    private void count(int n) throws Exceeded {
        size += n;
        total.bytes += n;
        if (size > limits.maxEntrySize().toBytes()) {
            throw new Exceeded(file + " is larger than " + limits.maxEntrySize().toMegabytes()
                    + " MB uncompressed, the most one bundle file may be (contextmap.import.max-entry-size)");
        }
        if (total.bytes > limits.maxTotalSize().toBytes()) {
            throw new Exceeded("the bundle's files together are larger than " + limits.maxTotalSize().toMegabytes()
                    + " MB uncompressed, the most a bundle may be (contextmap.import.max-total-size)");
        }
        if (compressed != null && size > limits.ratioThreshold().toBytes()
                && size > limits.maxCompressionRatio() * Math.max(1, compressed.getAsLong())) {
            throw new Exceeded(file + " expands to more than " + limits.maxCompressionRatio()
                    + " times its compressed size, which no CSV file does; it looks like a zip bomb"
                    + " (contextmap.import.max-compression-ratio)");
        }
    }
}
