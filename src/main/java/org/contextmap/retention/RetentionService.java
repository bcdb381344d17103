package org.contextmap.retention;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.database.WriteCounts;
import org.contextmap.exchange.BundleImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Retention on a day (docs/retention.md): what would be removed (administrators and auditors may
 * ask) and the run itself (administrators, the daily job and the command). After a run that removed
 * anything, the analytics catch up as after an import: the same {@link BundleImported} event is
 * published, saying that young people were removed, so that the network snapshots, the risk scores,
 * the alerts and the precomputed screens are rebuilt without the erased records.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final RetentionWriter writer;
    private final ApplicationEventPublisher events;

    RetentionService(RetentionWriter writer, ApplicationEventPublisher events) {
        this.writer = writer;
        this.events = events;
    }

    /** What a run on {@code asOf} ({@code null}: today) would remove, as counts; nothing is written. */
    public RetentionReport preview(LocalDate asOf) {
        if (!Viewer.current().hasAny(Role.ADMIN, Role.AUDITOR)) {
            throw new ForbiddenException("Only an administrator or an auditor may see what retention would remove.");
        }
        return writer.preview(day(asOf)).report(true);
    }

    /** Erases what is past its period on {@code asOf} ({@code null}: today) and reports the counts. */
    public RetentionReport run(LocalDate asOf) {
        Viewer viewer = Viewer.current();
        if (!viewer.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may run retention.");
        }
        RetentionWriter.Erased erased = writer.erase(day(asOf));
        RetentionReport report = erased.plan().report(false);
        if (erased.dataVersion() >= 0) {
            log.info("Retention on {} by {}: {}", report.asOf(), viewer.user(), report.removed());
            events.publishEvent(new BundleImported(erased.dataVersion(), Set.copyOf(erased.plan().personIds()),
                    Set.copyOf(erased.plan().incidents()), Map.of("young_people.csv", erased.people(),
                            "incidents.csv", new WriteCounts(0, erased.plan().incidents().size(), 0, 0, 0)), null));
        }
        return report;
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
