package org.contextmap.backup;

import org.contextmap.exchange.ImportInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes a backup every day at {@code contextmap.backup.cron} (default 03:00, after retention has
 * run at 02:30; {@code -} never) into the backup directory, as the application itself, then
 * deletes all but the {@code contextmap.backup.keep} newest (default 7: a week). A day whose
 * backup fails — an import was being written at that moment, or the disk is full — is logged as
 * an error and keeps the older files; schedule the partners' nightly imports away from the
 * backup's time. Off where background work is off ({@code contextmap.precompute=false}: the
 * tests and the command-line commands). Several instances over one database each take their
 * own, into their own directory: switch it off on all but one.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "contextmap.precompute", havingValue = "true", matchIfMissing = true)
class BackupJob {

    private static final Logger log = LoggerFactory.getLogger(BackupJob.class);

    private final BackupService backups;

    BackupJob(BackupService backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${contextmap.backup.cron:0 0 3 * * *}")
    void daily() {
        try {
            BackupReport report = backups.backUpToDirectory();
            log.info("Daily backup: {} ({} bytes, {} nodes); old backups removed: {}", report.file(),
                    report.bytes(), report.nodes(), backups.pruneOldBackups());
        } catch (ImportInProgressException busy) {
            log.error("No daily backup today: {}", busy.getMessage());
        } catch (RuntimeException e) {
            log.error("The daily backup failed: {}", e.getMessage(), e);
        }
    }
}
