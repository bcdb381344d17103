package org.contextmap.backup;

import java.time.Instant;
import java.util.Map;

/**
 * What a backup wrote.
 *
 * @param file          where, in full
 * @param name          the file's name
 * @param bytes         its size
 * @param nodes         nodes copied (every record, decision, user, audit entry …)
 * @param relationships relationships copied
 * @param labels        nodes by label
 * @param auditSequence the newest audit entry it holds: the chain in the file ends there
 * @param at            when the copy was taken
 * @param millis        how long it took
 */
public record BackupReport(String file, String name, long bytes, long nodes, long relationships,
        Map<String, Long> labels, long auditSequence, Instant at, long millis) {
}
