package org.contextmap.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs retention every day at {@code contextmap.retention.cron} (default 02:30; {@code -} never), as
 * the application itself ({@code Viewer.SYSTEM}, written so in the audit). Off where background work
 * is off ({@code contextmap.precompute=false}: the tests and the command-line commands), so that a
 * test never finds records erased under it. Several instances over one database may each run it:
 * a second run that day finds nothing left to remove.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "contextmap.precompute", havingValue = "true", matchIfMissing = true)
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${contextmap.retention.cron:0 30 2 * * *}")
    void daily() {
        try {
            retention.run(null);
        } catch (RuntimeException e) {
            log.warn("Retention did not run today: {}", e.getMessage());
        }
    }
}
