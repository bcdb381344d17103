package org.contextmap.backup;

import java.time.Instant;

/**
 * What a restore wrote.
 *
 * @param file          the backup file
 * @param backedUpAt    when that backup was taken
 * @param version       the ContextMap version that wrote it
 * @param nodes         nodes written
 * @param relationships relationships written
 * @param skipped       relationships left out because an end was not in the backup (written
 *                      while the backup was being read; 0 when nothing was)
 * @param auditSequence the newest audit entry restored
 * @param millis        how long it took
 */
public record RestoreReport(String file, Instant backedUpAt, String version, long nodes, long relationships,
        long skipped, long auditSequence, long millis) {
}
