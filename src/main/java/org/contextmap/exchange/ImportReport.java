package org.contextmap.exchange;

import com.fasterxml.jackson.annotation.JsonProperty;
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

    /**
     * The API's error title, {@code {error, detail}} as every other error of the API has it, beside
     * the report's own fields; absent when the bundle was imported or is valid.
     */
    @JsonProperty("error")
    public String error() {
        return switch (status) {
            case REJECTED -> "Bundle refused";
            case FAILED -> "Import failed";
            default -> null;
        };
    }

    /** A sentence saying what happened when the bundle was refused or failed; absent otherwise. */
    @JsonProperty("detail")
    public String detail() {
        return switch (status) {
            case REJECTED -> "The bundle has " + errorCount + (errorCount == 1 ? " error" : " errors")
                    + " (listed in errors); nothing was written.";
            case FAILED -> "The database failed while writing; everything this import had written was undone.";
            default -> null;
        };
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
