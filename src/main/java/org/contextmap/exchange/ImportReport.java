package org.contextmap.exchange;

import java.util.List;
import java.util.Map;
import org.contextmap.database.WriteCounts;

/**
 * What an import did, or why it did nothing.
 *
 * @param status        IMPORTED; VALID (checked only, nothing written); REJECTED (errors in the
 *                      bundle, nothing written); FAILED (the database failed while writing and
 *                      everything written was undone)
 * @param importId      the id every created node and relationship carries, when it was written
 * @param counts        rows per bundle file
 * @param errors        every error as {@code file:line: column: reason} (the first
 *                      {@value Problems#LIMIT}; {@code errorCount} counts them all)
 * @param warnings      things ignored or assumed, in the same form
 * @param changes       what changed in the graph; all zero when the same bundle is imported again
 * @param checkMillis   time spent reading and validating, before anything is written
 * @param durationMillis time from the first byte read to the commit
 */
public record ImportReport(
        Status status,
        String importId,
        Map<String, Integer> counts,
        long rows,
        long errorCount,
        List<String> errors,
        long warningCount,
        List<String> warnings,
        WriteCounts changes,
        long checkMillis,
        long durationMillis) {

    public enum Status {
        IMPORTED, VALID, REJECTED, FAILED
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** Rows per second over the whole import, validation included. */
    public long rowsPerSecond() {
        return durationMillis == 0 ? rows * 1000 : rows * 1000 / durationMillis;
    }
}
