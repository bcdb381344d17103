package org.contextmap.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TreeMap;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.exchange.ImportPause;
import org.contextmap.person.AuditAction;
import org.contextmap.person.RecordChanges;
import org.contextmap.person.RecordViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Backs up everything ContextMap holds and restores it into an empty store (docs/operations.md).
 *
 * <p>A <em>logical</em> backup rather than a copy of the embedded store's files: the files
 * cannot be copied consistently while Neo4j has them open (the community edition has no online
 * backup), pausing every write for a copy of gigabytes would stop the service, a copy of files
 * would not serve an external database at all, and a logical file moves across Neo4j versions
 * and between the embedded and an external database. It is read in one read transaction while the
 * import lock is held (see {@link GraphScan} for what that guarantees), so the application goes
 * on serving meanwhile.
 *
 * <p>A backup takes every child's record out of the application, so it is written to the audit
 * trail as an export of everyone's records (once the import lock is held and before the copy is
 * read, so the copy holds its own entry); a restore is recorded as an import after it.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final ImportPause pause;
    private final GraphScan scan;
    private final GraphRestore restore;
    private final BackupFiles files;
    private final RecordViews views;
    private final RecordChanges changes;
    private final String source;

    BackupService(ImportPause pause, GraphScan scan, GraphRestore restore, BackupFiles files, RecordViews views,
            RecordChanges changes, @Value("${spring.neo4j.uri:}") String uri) {
        this.pause = pause;
        this.scan = scan;
        this.restore = restore;
        this.files = files;
        this.views = views;
        this.changes = changes;
        this.source = uri == null || uri.isBlank() ? "embedded" : "Neo4j at " + URI.create(uri).getHost();
    }

    /** The ContextMap version written into a backup's header. */
    static String version() {
        String version = BackupService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** A backup into the backup directory, for an administrator (or the daily job, as the application). */
    public BackupReport backUpToDirectory() {
        if (!Viewer.current().has(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator may take a backup.");
        }
        return backUp(files.next(Instant.now()));
    }

    /** Deletes the oldest of the application's backup files beyond the number kept; the names deleted. */
    public java.util.List<String> pruneOldBackups() {
        return files.prune();
    }

    /** The directory the application's own backups go to. */
    public Path directory() {
        return files.directory();
    }

    /**
     * Writes a backup of everything to {@code file} (replacing nothing: it must not exist).
     *
     * @throws org.contextmap.exchange.ImportInProgressException while an import is being written
     * @throws UncheckedIOException when the file cannot be written
     */
    public BackupReport backUp(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new UncheckedIOException(new IOException(target + " already exists; a backup replaces nothing"));
        }
        long started = System.nanoTime();
        Instant at = Instant.now();
        return pause.whileNoImportRuns("backup", paused -> {
            // recorded before the copy is read, so that the copy holds its own entry
            views.exported(null, "backup of everything: " + target.getFileName());
            BackupOutput[] out = new BackupOutput[1];
            GraphScan.Head[] head = new GraphScan.Head[1];
            try {
                scan.scan(paused, found -> {
                    head[0] = found;
                    try {
                        return new BackupOutput(target, version(), at, source, found.sequence());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, out);
                long bytes = out[0].finish();
                BackupReport report = new BackupReport(target.toString(), target.getFileName().toString(), bytes,
                        out[0].nodes(), out[0].relationships(), new TreeMap<>(out[0].labels()), head[0].sequence(),
                        at, (System.nanoTime() - started) / 1_000_000);
                log.info("Backup written to {}: {} nodes, {} relationships, {} bytes in {} ms", target,
                        report.nodes(), report.relationships(), bytes, report.millis());
                return report;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                closeQuietly(out[0]);
            }
        });
    }

    /**
     * Rebuilds an empty store from a backup file. The file is checked whole first, and the store
     * must be empty: otherwise nothing is written.
     *
     * @throws BackupUnreadableException when the file is missing, damaged or cut short
     * @throws StoreNotEmptyException when the store holds data
     */
    public RestoreReport restore(Path file) {
        long started = System.nanoTime();
        BackupInput.check(file);
        restore.requireEmpty();
        try (BackupInput in = BackupInput.open(file, restore.flavour())) {
            GraphRestore.Written written = restore.write(in);
            BackupInput.Header header = in.header();
            RestoreReport report = new RestoreReport(file.toAbsolutePath().toString(), header.at(), header.version(),
                    written.nodes(), written.relationships(), written.skipped(), header.auditSequence(),
                    (System.nanoTime() - started) / 1_000_000);
            log.info("Restored {}: {} nodes, {} relationships in {} ms", file, report.nodes(), report.relationships(),
                    report.millis());
            return report;
        }
    }

    /** Records a restore in the audit trail, once the store holds the restored chain to append to. */
    public void recordRestore(RestoreReport report) {
        changes.changed(null, "restore of everything from backup " + Path.of(report.file()).getFileName() + " taken "
                + report.backedUpAt(), AuditAction.IMPORT);
    }

    private static void closeQuietly(BackupOutput out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                log.warn("Could not remove an unfinished backup file: {}", e.getMessage());
            }
        }
    }
}
