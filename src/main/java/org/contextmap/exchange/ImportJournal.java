package org.contextmap.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.WriteCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Makes an import all-or-nothing although it commits in batches (one transaction for a whole
 * city would hold gigabytes of changes on the heap). Before the first batch, an
 * {@code (:Import)} node records the import as running, with the "before" image of every record
 * the bundle will change (as a zipped bundle) and the {@link LinkMarks} of the links it may
 * replace. Everything the import creates carries its id.
 * If the import fails, or the process dies and the next start finds it still running, the import
 * is undone: what it created is deleted and the before image is written back.
 *
 * <p>Only one import runs at a time: a second one is refused while another is running.
 */
@Component
class ImportJournal {

    /** An import whose last sign of life is older than this, on an external database, is taken as dead. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);
    private static final int DELETE_BATCH = 10_000;

    private final Neo4jClient client;
    private final BatchWriter writer;
    private final LinkMarks linkMarks;

    ImportJournal(Neo4jClient client, BatchWriter writer, LinkMarks linkMarks) {
        this.client = client;
        this.writer = writer;
        this.linkMarks = linkMarks;
    }

    /** Records a new running import with its before image; refuses while another one runs. */
    synchronized String begin(Bundle before, long rows, String channel) {
        var running = client.query("""
                MATCH (i:Import {status: 'RUNNING'})
                RETURN i.id AS id, i.heartbeatAt AS heartbeatAt
                """).fetch().all();
        if (!running.isEmpty()) {
            throw new ImportInProgressException("Another import (" + running.iterator().next().get("id")
                    + ") is still being written. Try again when it has finished.");
        }
        String id = "import-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(OffsetDateTime.now()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        var zip = new ByteArrayOutputStream();
        CsvBundleWriter.writeZip(before, zip);
        writer.run("""
                CREATE (:Import {id: $id, status: 'RUNNING', channel: $channel, rows: $rows, startedAt: datetime(),
                                 heartbeatAt: datetime(), beforeImage: $beforeImage, linkMarks: $linkMarks})
                """, Map.of("id", id, "channel", channel, "rows", rows, "beforeImage", zip.toByteArray(),
                "linkMarks", linkMarks.capture(before)));
        return id;
    }

    void heartbeat(String id) {
        writer.run("MATCH (i:Import {id: $id}) SET i.heartbeatAt = datetime()", Map.of("id", id));
    }

    void finish(String id, WriteCounts changes) {
        writer.run("""
                MATCH (i:Import {id: $id})
                SET i.status = 'IMPORTED', i.finishedAt = datetime(), i.nodesCreated = $nodes,
                    i.relationshipsCreated = $relationships
                REMOVE i.beforeImage, i.linkMarks
                """, Map.of("id", id, "nodes", changes.nodesCreated(), "relationships", changes.relationshipsCreated()));
    }

    /**
     * Deletes everything the import created and writes back the records as they were before it.
     * Repeatable: if it is interrupted, running it again finishes the job.
     */
    void undo(String id, Bundle before, BundleWriter bundleWriter) {
        String marks = client.query("MATCH (i:Import {id: $id}) RETURN i.linkMarks AS marks").bind(id).to("id")
                .fetchAs(String.class).one().orElse(null);
        log.warn("Undoing import {}", id);
        long deleted;
        do {
            deleted = writer.run("""
                    MATCH ()-[r]->() WHERE r.importId = $id
                    WITH r LIMIT $batch
                    DELETE r
                    """, Map.of("id", id, "batch", DELETE_BATCH)).relationshipsDeleted();
        } while (deleted > 0);
        do {
            deleted = writer.run("""
                    MATCH (n) WHERE n.importId = $id
                    WITH n LIMIT $batch
                    DETACH DELETE n
                    """, Map.of("id", id, "batch", DELETE_BATCH)).nodesDeleted();
        } while (deleted > 0);
        bundleWriter.write(before, () -> { });
        linkMarks.restore(marks);
        writer.run("""
                MATCH (i:Import {id: $id})
                SET i.status = 'UNDONE', i.finishedAt = datetime()
                REMOVE i.beforeImage, i.linkMarks
                """, Map.of("id", id));
        log.warn("Import {} undone: the graph is as it was before it", id);
    }

    /** Imports left running by a process that died. On the embedded database, every running one. */
    List<Abandoned> abandoned(boolean embedded) {
        return List.copyOf(client.query("""
                MATCH (i:Import {status: 'RUNNING'})
                WHERE $embedded OR i.heartbeatAt < datetime() - duration($grace)
                RETURN i.id AS id, i.beforeImage AS beforeImage
                """).bind(embedded).to("embedded").bind(ABANDONED_AFTER.toString()).to("grace")
                .fetchAs(Abandoned.class).mappedBy((types, record) -> new Abandoned(record.get("id").asString(),
                        record.get("beforeImage").isNull() ? new byte[0] : record.get("beforeImage").asByteArray()))
                .all());
    }

    /** A running import found without its process, and what the graph looked like before it. */
    record Abandoned(String id, byte[] beforeImage) {

        ByteArrayInputStream beforeImageZip() {
            return new ByteArrayInputStream(beforeImage);
        }
    }

}
