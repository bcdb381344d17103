package org.contextmap.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.contextmap.database.GraphVersion;
import org.contextmap.database.WriteCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CSV bundles (DESIGN §4.1): the whole bundle is validated first and every problem
 * reported; only a bundle without errors is written, in one transaction, so a partner's bad
 * file can never leave half a picture behind. Writes merge by id, so importing the same bundle
 * twice changes nothing.
 */
@Service
public class BundleImporter {

    private static final Logger log = LoggerFactory.getLogger(BundleImporter.class);

    private final ExistingRecords existing;
    private final BundleWriter writer;
    private final GraphVersion version;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    BundleImporter(ExistingRecords existing, BundleWriter writer, GraphVersion version,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.existing = existing;
        this.writer = writer;
        this.version = version;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** Imports the bundle in a folder; with {@code dryRun}, only checks it. */
    public ImportReport importFolder(Path folder, boolean dryRun) {
        return run(problems -> BundleSource.readFolder(folder, problems), dryRun);
    }

    /** Imports a zipped bundle; with {@code dryRun}, only checks it. */
    public ImportReport importZip(InputStream zip, boolean dryRun) {
        return run(problems -> BundleSource.readZip(zip, problems), dryRun);
    }

    /** Writes a bundle that is already typed and known to be consistent (a generated city). */
    public ImportReport importBundle(Bundle bundle) {
        long started = System.nanoTime();
        return write(bundle, new Problems(), started, started);
    }

    private ImportReport run(Function<Problems, Map<BundleFile, CsvReader.Table>> read, boolean dryRun) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        Map<BundleFile, CsvReader.Table> tables = read.apply(problems);
        Bundle bundle = problems.hasErrors() && tables.isEmpty() ? null
                : new BundleValidator(existing, problems, LocalDate.now()).validate(tables);
        if (bundle == null || problems.hasErrors()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            tables.forEach((file, table) -> counts.put(file.fileName(), table.rows().size()));
            log.info("Bundle rejected with {} errors", problems.errorCount());
            return report(ImportReport.Status.REJECTED, counts, problems, WriteCounts.NONE, started, System.nanoTime());
        }
        long checked = System.nanoTime();
        if (dryRun) {
            return report(ImportReport.Status.VALID, counts(bundle), problems, WriteCounts.NONE, started, checked);
        }
        return write(bundle, problems, started, checked);
    }

    private ImportReport write(Bundle bundle, Problems problems, long started, long checked) {
        record Written(WriteCounts counts, long version) {
        }
        Written written = transaction.execute(status -> {
            WriteCounts counts = writer.write(bundle);
            return new Written(counts, version.bump());
        });
        ImportReport report = report(ImportReport.Status.IMPORTED, counts(bundle), problems, written.counts(), started,
                checked);
        log.info("Imported {} rows in {} ms ({} rows/s)", report.rows(), report.durationMillis(), report.rowsPerSecond());
        events.publishEvent(new BundleImported(written.version(), peopleTouched(bundle), report));
        return report;
    }

    private static Map<String, Integer> counts(Bundle bundle) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bundle.counts().forEach((file, count) -> counts.put(file.fileName(), count));
        return counts;
    }

    private static ImportReport report(ImportReport.Status status, Map<String, Integer> counts, Problems problems,
            WriteCounts changes, long started, long checked) {
        long rows = counts.values().stream().mapToLong(Integer::longValue).sum();
        List<String> errors = problems.errors().stream().map(Problem::toString).toList();
        List<String> warnings = problems.warnings().stream().map(Problem::toString).toList();
        return new ImportReport(status, counts, rows, problems.errorCount(), errors, problems.warningCount(), warnings,
                changes, (checked - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
    }

    private static Set<String> peopleTouched(Bundle bundle) {
        Set<String> ids = new HashSet<>();
        bundle.youngPeople().forEach(p -> ids.add(p.id()));
        bundle.relationships().forEach(r -> {
            ids.add(r.personA());
            ids.add(r.personB());
        });
        bundle.groupAssociations().forEach(a -> ids.add(a.personId()));
        bundle.incidentPeople().forEach(i -> ids.add(i.personId()));
        bundle.educationEvents().forEach(e -> ids.add(e.personId()));
        bundle.referrals().forEach(r -> ids.add(r.personId()));
        bundle.meetings().forEach(m -> {
            if (m.personId() != null) {
                ids.add(m.personId());
            }
        });
        return Set.copyOf(ids);
    }
}
