package org.contextmap.exchange;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.contextmap.database.BatchWriter;
import org.contextmap.base.DiskFullException;
import org.contextmap.database.EmbeddedNeo4j;
import org.contextmap.database.GraphVersion;
import org.contextmap.database.WriteCounts;
import org.contextmap.database.WriteScope;
import org.contextmap.incident.IncidentService;
import org.contextmap.person.AuditAction;
import org.contextmap.person.RecordChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports CSV bundles (docs/bundle-format.md). The whole bundle is validated first and every problem
 * reported; only a bundle without errors is written, and then all of it or none of it (see
 * {@link ImportJournal}), so a partner's bad file can never leave half a picture behind. Writes
 * merge by id, so importing the same bundle twice changes nothing. Imports run one at a time.
 */
@Service
public class BundleImporter {

    private static final Logger log = LoggerFactory.getLogger(BundleImporter.class);

    private final ExistingRecords existing;
    private final BundleWriter writer;
    private final BeforeImage beforeImage;
    private final ImportJournal journal;
    private final GraphVersion version;
    private final IncidentService incidentRecords;
    private final ApplicationEventPublisher events;
    private final RecordChanges audit;
    private final boolean embedded;
    private final ImportLimits limits;
    private final ImportMetrics metrics;
    private final TransactionTemplate atOnce;

    BundleImporter(ExistingRecords existing, BundleWriter writer, BeforeImage beforeImage, ImportJournal journal,
            GraphVersion version, IncidentService incidentRecords, ApplicationEventPublisher events,
            ObjectProvider<EmbeddedNeo4j> embedded, RecordChanges audit, ImportLimits limits, ImportMetrics metrics,
            PlatformTransactionManager transactions) {
        this.atOnce = new TransactionTemplate(transactions);
        this.audit = audit;
        this.metrics = metrics;
        this.limits = limits;
        this.existing = existing;
        this.writer = writer;
        this.beforeImage = beforeImage;
        this.journal = journal;
        this.version = version;
        this.incidentRecords = incidentRecords;
        this.events = events;
        this.embedded = embedded.getIfAvailable() != null;
    }

    /** Imports the bundle in a folder; with {@code dryRun}, only checks it. */
    public ImportReport importFolder(Path folder, boolean dryRun) {
        return metrics.record(run(problems -> BundleSource.readFolder(folder, problems, limits), dryRun,
                "folder " + folder, ImportProgress.NONE));
    }

    /** Imports a zipped bundle; with {@code dryRun}, only checks it. */
    public ImportReport importZip(InputStream zip, boolean dryRun) {
        return importZip(zip, dryRun, ImportProgress.NONE);
    }

    /** Imports a zipped bundle, telling {@code progress} after each file written; with {@code dryRun}, only checks it. */
    public ImportReport importZip(InputStream zip, boolean dryRun, ImportProgress progress) {
        return metrics.record(run(problems -> BundleSource.readZip(zip, problems, limits), dryRun, "zip", progress));
    }

    /** Writes a bundle that is already typed and known to be consistent (a generated city). */
    public ImportReport importBundle(Bundle bundle, String channel) {
        long started = System.nanoTime();
        String id = lock(channel);
        return metrics.record(write(id, bundle, new Problems(), started, started, ImportProgress.NONE));
    }

    /**
     * Undoes imports that lost their process part-way. At the start of the embedded database
     * ({@code atStart}) no other process can be writing, so every unfinished import is such a one.
     *
     * @return how many imports were found and undone or released
     */
    public int recoverAbandonedImports(boolean atStart) {
        int recovered = 0;
        for (var abandoned : journal.abandoned(atStart && embedded)) {
            long started = System.nanoTime();
            log.warn("Found import {} left {} by a process that stopped: started {}, last sign of life {}",
                    abandoned.id(), abandoned.status(), abandoned.startedAt(), abandoned.lastSignOfLife());
            if (!abandoned.written()) {
                journal.close(abandoned.id(), "ABANDONED");
                log.warn("Import {} had written nothing yet (it was checking its bundle): marked ABANDONED, "
                        + "nothing to undo", abandoned.id());
            } else {
                Problems problems = new Problems();
                var tables = BundleSource.readZip(abandoned.beforeImageZip(), problems, ImportLimits.TRUSTED);
                Bundle before = BundleValidator.snapshot(problems, LocalDate.now()).validate(tables);
                if (before == null) {
                    log.error("Cannot undo import {}: its before image does not read back: {}", abandoned.id(),
                            problems.errors());
                    continue;
                }
                var undone = journal.undo(abandoned.id(), before, writer);
                version.bump();
                log.warn("Recovered import {} in {} ms: {} nodes and {} relationships deleted, {} records written "
                        + "back; marked UNDONE", abandoned.id(), (System.nanoTime() - started) / 1_000_000,
                        undone.nodesDeleted(), undone.relationshipsDeleted(), undone.recordsWrittenBack());
            }
            recovered++;
        }
        journal.releaseOrphanedLock();
        return recovered;
    }

    private ImportReport run(Function<Problems, Map<BundleFile, CsvReader.Table>> read, boolean dryRun, String channel,
            ImportProgress progress) {
        long started = System.nanoTime();
        Problems problems = new Problems();
        Map<BundleFile, CsvReader.Table> tables = read.apply(problems);
        if (problems.hasErrors() && tables.isEmpty()) {
            return rejected(tables, problems, started);
        }
        if (dryRun) {
            Bundle bundle = new BundleValidator(existing, problems, LocalDate.now()).validate(tables);
            return bundle == null ? rejected(tables, problems, started)
                    : report(ImportReport.Status.VALID, null, counts(bundle), problems, WriteCounts.NONE, started,
                            System.nanoTime());
        }
        // checked under the lock, so that nothing changes between the check and the write
        String id = lock(channel);
        Bundle bundle;
        try {
            bundle = new BundleValidator(existing, problems, LocalDate.now()).validate(tables);
        } catch (RuntimeException failure) {
            journal.close(id, "FAILED");
            throw failure;
        }
        if (bundle == null) {
            journal.close(id, "REJECTED");
            return rejected(tables, problems, started);
        }
        return write(id, bundle, problems, started, System.nanoTime(), progress);
    }

    /** Takes the import lock, first undoing an import that holds it without a sign of life. */
    private String lock(String channel) {
        ImportJournal.Holder[] holder = new ImportJournal.Holder[1];
        String id = journal.open(channel, holder);
        if (id == null && holder[0].stale()) {
            log.warn("Import {} holds the lock without a sign of life; undoing it", holder[0].importId());
            recoverAbandonedImports(false);
            id = journal.open(channel, holder);
        }
        if (id == null) {
            throw new ImportInProgressException("Another import (" + holder[0].importId()
                    + ") is being written. Try again when it has finished.");
        }
        return id;
    }

    private ImportReport write(String id, Bundle bundle, Problems problems, long started, long checked,
            ImportProgress progress) {
        log.info("Import {} writing {} rows", id, bundle.rowCount());
        Bundle before;
        WriteCounts changes;
        Map<BundleFile, WriteCounts> changed = new EnumMap<>(BundleFile.class);
        try {
            before = beforeImage.of(bundle);
            journal.start(id, before);
            log.info("Import {} checked its bundle and saved the before image of {} records; writing {} rows", id,
                    before.rowCount(), bundle.rowCount());
        } catch (RuntimeException failure) {
            journal.close(id, "FAILED");
            throw failure;
        }
        try {
            changes = WriteScope.inImport(id, () -> journal.heartbeat(id), () -> atOnceIfSmall(bundle, () -> {
                Set<BundleFile> told = EnumSet.noneOf(BundleFile.class);
                WriteCounts written = writer.write(bundle, () -> progress.written(step(bundle, changed, told)), changed);
                journal.finish(id, written);
                return written;
            }));
        } catch (RuntimeException failure) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Import {} failed while writing (reference {}); undoing it", id, reference, failure);
            boolean undone = undo(id, before);
            if (DiskFullException.causedBy(failure)) {
                throw new DiskFullException("The server's disk is full, so the import could not be written (reference "
                        + reference + "). " + (undone ? "Everything it had written has been undone: nothing was changed."
                                : "What it had written will be undone at the next start or by the next import.")
                        + " Tell the administrator, and import again once space has been freed.", failure);
            }
            problems.error("(import)", 0, Problem.FILE, "the database failed while writing (reference " + reference
                    + "); everything this import had written has been undone");
            return report(ImportReport.Status.FAILED, id, counts(bundle), problems, WriteCounts.NONE, started, checked);
        }
        Set<String> people = peopleTouched(bundle);
        Set<String> incidents = incidentsTouched(bundle);
        long dataVersion = version.bump(change(people, incidents, changed));
        ImportReport report = report(ImportReport.Status.IMPORTED, id, counts(bundle), problems, changes, started,
                checked);
        log.info("Imported {} rows in {} ms ({} rows/s) as {}", report.rows(), report.durationMillis(),
                report.rowsPerSecond(), id);
        audit.changed(null, "import " + id + ": " + report.rows() + " rows " + report.counts(), AuditAction.IMPORT);
        events.publishEvent(new BundleImported(dataVersion, people, incidents, byFileName(changed), report));
        return report;
    }

    /**
     * A bundle no larger than one batch ({@link BatchWriter#BATCH_SIZE} rows: a partner's nightly
     * delta) is written, and its journal closed, in one transaction, so that no reader ever sees part
     * of it (a new child without the incidents that came with them). A larger bundle commits batch by
     * batch to keep its memory bounded: readers can see it part-written until it finishes, and the
     * journal still undoes it all if it fails.
     */
    private WriteCounts atOnceIfSmall(Bundle bundle, Supplier<WriteCounts> write) {
        return bundle.rowCount() <= BatchWriter.BATCH_SIZE ? atOnce.execute(status -> write.get()) : write.get();
    }

    /** Undoes a failed import; false if that failed too (the next import or start will try again). */
    private boolean undo(String id, Bundle before) {
        try {
            journal.undo(id, before, writer);
            return true;
        } catch (RuntimeException undoFailure) {
            log.error("Could not undo import {} now; the next import, or the next start, will try again", id,
                    undoFailure);
            try {
                journal.undoFailed(id);
            } catch (RuntimeException journalFailure) {
                log.error("Could not mark import {} for a new undo either", id, journalFailure);
            }
            return false;
        } finally {
            version.bump();
        }
    }

    private static ImportReport rejected(Map<BundleFile, CsvReader.Table> tables, Problems problems, long started) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        tables.forEach((file, table) -> counts.put(file.fileName(), table.rows().size()));
        log.info("Bundle refused with {} errors", problems.errorCount());
        return report(ImportReport.Status.REJECTED, null, counts, problems, WriteCounts.NONE, started, System.nanoTime());
    }

    /** How far the write is once the files in {@code written} are written; {@code told}: those already reported. */
    private static ImportProgress.Step step(Bundle bundle, Map<BundleFile, WriteCounts> written, Set<BundleFile> told) {
        Map<BundleFile, Integer> counts = bundle.counts();
        long done = written.keySet().stream().mapToLong(file -> counts.getOrDefault(file, 0)).sum();
        BundleFile last = written.keySet().stream().filter(file -> !told.contains(file)).findFirst().orElse(null);
        told.addAll(written.keySet());
        return new ImportProgress.Step(last == null ? "" : last.fileName(), done, bundle.rowCount());
    }

    private static Map<String, Integer> counts(Bundle bundle) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bundle.counts().forEach((file, count) -> counts.put(file.fileName(), count));
        return counts;
    }

    private static ImportReport report(ImportReport.Status status, String importId, Map<String, Integer> counts,
            Problems problems, WriteCounts changes, long started, long checked) {
        long rows = counts.values().stream().mapToLong(Integer::longValue).sum();
        List<String> errors = problems.errors().stream().map(Problem::toString).toList();
        List<String> warnings = problems.warnings().stream().map(Problem::toString).toList();
        return new ImportReport(status, importId, counts, rows, problems.errorCount(), errors,
                problems.warningCount(), warnings, changes, (checked - started) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Map<String, WriteCounts> byFileName(Map<BundleFile, WriteCounts> changes) {
        Map<String, WriteCounts> named = new LinkedHashMap<>();
        changes.forEach((file, counts) -> named.put(file.fileName(), counts));
        return Map.copyOf(named);
    }

    /**
     * What the import changed, for other instances' caches: the young people it touched, and
     * everyone recorded in an incident it touched (an incident's new severity changes its
     * parties' alerts even when the bundle does not list them); the files in which anything changed;
     * whether the network changed.
     */
    private GraphVersion.Change change(Set<String> people, Set<String> incidents, Map<BundleFile, WriteCounts> changed) {
        List<String> files = changed.entrySet().stream().filter(e -> !e.getValue().equals(WriteCounts.NONE))
                .map(e -> e.getKey().fileName()).toList();
        boolean network = BundleImported.networkChanged(byFileName(changed));
        if (people.size() + incidents.size() > GraphVersion.Change.LARGEST_RECORDED) {
            return GraphVersion.Change.of(people, incidents, files, network);
        }
        Set<String> concerned = new HashSet<>(people);
        concerned.addAll(incidentRecords.partiesOf(incidents));
        return GraphVersion.Change.of(concerned, incidents, files, network);
    }

    private static Set<String> incidentsTouched(Bundle bundle) {
        Set<String> ids = new HashSet<>();
        bundle.incidents().forEach(i -> ids.add(i.id()));
        bundle.incidentPeople().forEach(i -> ids.add(i.incidentId()));
        return ids;
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
