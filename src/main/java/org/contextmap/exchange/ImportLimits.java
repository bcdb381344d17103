package org.contextmap.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much a bundle may hold ({@code contextmap.import.*}, docs/bundle-format.md "Limits"). A zip
 * is unpacked in memory, so without these a 4 MB upload whose CSV expands to gigabytes would run
 * the server out of memory: every limit is checked while the bytes are read, before they are
 * kept, and a bundle over one is refused with a sentence, not a failure.
 *
 * @param maxUploadSize       the zip (or a folder's files together) as sent
 * @param maxTotalSize        all CSV files of the bundle together, uncompressed
 * @param maxEntrySize        one CSV file, uncompressed
 * @param maxEntries          entries in the zip, folders and ignored files included
 * @param maxCompressionRatio how many times larger than its compressed size an entry may grow
 *                            (checked once an entry has grown past {@code ratioThreshold})
 * @param ratioThreshold      entries smaller than this are never refused for their ratio (a
 *                            file of one repeated value compresses very well and is harmless)
 * @param maxRows             rows of all files together (each is held in memory until the whole
 *                            bundle is checked)
 */
@ConfigurationProperties("contextmap.import")
public record ImportLimits(DataSize maxUploadSize, DataSize maxTotalSize, DataSize maxEntrySize, Integer maxEntries,
        Integer maxCompressionRatio, DataSize ratioThreshold, Long maxRows) {

    /** No limits: ContextMap's own before images, which it wrote itself. */
    static final ImportLimits TRUSTED = new ImportLimits(DataSize.ofBytes(Long.MAX_VALUE),
            DataSize.ofBytes(Long.MAX_VALUE), DataSize.ofBytes(Long.MAX_VALUE), Integer.MAX_VALUE, Integer.MAX_VALUE,
            DataSize.ofBytes(Long.MAX_VALUE), Long.MAX_VALUE);

    public ImportLimits {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(256) : maxUploadSize;
        maxTotalSize = maxTotalSize == null ? DataSize.ofMegabytes(1024) : maxTotalSize;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(512) : maxEntrySize;
        maxEntries = maxEntries == null ? 100 : maxEntries;
        maxCompressionRatio = maxCompressionRatio == null ? 100 : maxCompressionRatio;
        ratioThreshold = ratioThreshold == null ? DataSize.ofMegabytes(1) : ratioThreshold;
        maxRows = maxRows == null ? 5_000_000L : maxRows;
    }

    /** The defaults, as documented. */
    static ImportLimits defaults() {
        return new ImportLimits(null, null, null, null, null, null, null);
    }
}
