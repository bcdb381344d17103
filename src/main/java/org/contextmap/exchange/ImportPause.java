package org.contextmap.exchange;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Holds the import lock for work that must see no import half-written — a backup — so that no
 * bundle is written meanwhile by this or any other instance on the same database. The holder is
 * recorded in the import journal like an import (channel {@code backup}, state CHECKING) with a
 * sign of life every minute, so that if its process dies the lock is released as for an import
 * that died while checking: at the next start of the embedded database, or by another instance
 * after {@link ImportJournal#ABANDONED_AFTER}. When the work is done the entry is removed: it
 * wrote nothing to keep a record of.
 */
@Service
public class ImportPause {

    private static final Logger log = LoggerFactory.getLogger(ImportPause.class);
    private static final Duration HEARTBEAT = Duration.ofMinutes(1);

    private final ImportJournal journal;
    private final BundleImporter importer;
    private final Neo4jClient client;

    ImportPause(ImportJournal journal, BundleImporter importer, Neo4jClient client) {
        this.journal = journal;
        this.importer = importer;
        this.client = client;
    }

    /**
     * Runs {@code work} while holding the import lock; {@code work} receives the id of the journal
     * entry that holds it.
     *
     * @throws ImportInProgressException when an import is being written
     */
    public <T> T whileNoImportRuns(String channel, Function<String, T> work) {
        ImportJournal.Holder[] holder = new ImportJournal.Holder[1];
        String id = journal.open(channel, holder);
        if (id == null && holder[0].stale()) {
            importer.recoverAbandonedImports(false);
            id = journal.open(channel, holder);
        }
        if (id == null) {
            throw new ImportInProgressException("An import (" + holder[0].importId() + ") is being written. "
                    + "Try again when it has finished.");
        }
        String held = id;
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("import-pause").daemon(true).factory());
        beat.scheduleAtFixedRate(() -> alive(held), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        try {
            return work.apply(held);
        } finally {
            beat.shutdownNow();
            client.query("""
                    MATCH (i:Import {id: $id})
                    OPTIONAL MATCH (lock:ImportLock {id: 'bundle', importId: $id})
                    DETACH DELETE i, lock
                    """).bind(held).to("id").run();
        }
    }

    private void alive(String id) {
        try {
            client.query("MATCH (i:Import {id: $id}) SET i.heartbeatAt = datetime()").bind(id).to("id").run();
        } catch (RuntimeException e) {
            log.warn("Could not record a sign of life of {}: {}", id, e.getMessage());
        }
    }
}
