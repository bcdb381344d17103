package org.contextmap.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.WriteCounts;
import org.contextmap.schema.NodeLabel;
import org.contextmap.schema.RelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes an import all-or-nothing although it commits in batches (one transaction for a whole
 * city would hold gigabytes of changes on the heap), and makes imports run one at a time.
 *
 * <p>An import first takes the lock, a single {@code (:ImportLock)} node under a uniqueness
 * constraint, so that two application instances on one database cannot both hold it, and records
 * itself as an {@code (:Import)}. Only then is the bundle checked against the database, so
 * nothing can change between the check and the write. Before the first batch, the import records
 * the "before" image of every record the bundle will change (a zipped bundle) and the
 * {@link LinkMarks} of the links it may replace; everything it creates carries its id. If it
 * fails, or its process dies and it is found later without a sign of life, it is undone: what it
 * created is deleted and the before image is written back.
 *
 * <p>States of an {@code (:Import)}: CHECKING (lock held, nothing written yet), RUNNING
 * (writing), then IMPORTED, REJECTED, UNDONE or ABANDONED (found checking without its process).
 *
 * <p>Undoing deletes, directly, whatever any feature's records an import created (they carry its
 * id): every label and type that {@code schema} declares as a bundle's record, so a new kind of
 * record is covered by declaring it there.
 */
@Component
class ImportJournal {

    /** An import without a sign of life for this long is taken to have lost its process. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);
    private static final int DELETE_BATCH = 10_000;

    private final Neo4jClient client;
    private final BatchWriter writer;
    private final LinkMarks linkMarks;
    private final TransactionTemplate transaction;

    ImportJournal(Neo4jClient client, BatchWriter writer, LinkMarks linkMarks, PlatformTransactionManager manager) {
        this.client = client;
        this.writer = writer;
        this.linkMarks = linkMarks;
        this.transaction = new TransactionTemplate(manager);
    }

    /** Another import holds the lock; {@code stale} when it has shown no sign of life for a while. */
    record Holder(String importId, boolean stale) {
    }

    /**
     * Takes the lock and records a new import as CHECKING, or returns who holds the lock.
     *
     * @return the new import's id, or {@code null} with the holder in {@code holder[0]}
     */
    String open(String channel, Holder[] holder) {
        String id = "import-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(OffsetDateTime.now()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> answer = transaction.execute(status -> client.query("""
                MERGE (lock:ImportLock {id: 'bundle'})
                  ON CREATE SET lock.importId = $id
                WITH lock, lock.importId = $id AS mine
                CALL (mine) {
                  WITH mine WHERE mine
                  CREATE (:Import {id: $id, status: 'CHECKING', channel: $channel, startedAt: datetime(),
                                   heartbeatAt: datetime()})
                }
                OPTIONAL MATCH (holder:Import {id: lock.importId})
                RETURN mine, lock.importId AS holder,
                       coalesce(holder.heartbeatAt < datetime() - duration($grace), true) AS stale
                """).bind(id).to("id").bind(channel).to("channel").bind(ABANDONED_AFTER.toString()).to("grace")
                .fetch().one().orElseThrow());
        if ((Boolean) answer.get("mine")) {
            return id;
        }
        holder[0] = new Holder((String) answer.get("holder"), (Boolean) answer.get("stale"));
        return null;
    }

    /** Records what the graph looks like before the import writes, and that it is now writing. */
    void start(String id, Bundle before) {
        var zip = new ByteArrayOutputStream();
        CsvBundleWriter.writeZip(before, zip);
        String marks = linkMarks.capture(before);
        update(id, "CHECKING", UPDATE + """
                SET i.status = 'RUNNING', i.heartbeatAt = datetime(), i.rows = $rows,
                    i.beforeImage = $beforeImage, i.linkMarks = $linkMarks
                """ + UPDATED, Map.of("rows", before.rowCount(), "beforeImage", zip.toByteArray(), "linkMarks", marks));
    }

    /** A sign of life. Fails if the import was meanwhile taken for dead and undone by another instance. */
    void heartbeat(String id) {
        update(id, "RUNNING", UPDATE + "SET i.heartbeatAt = datetime()" + UPDATED, Map.of());
    }

    void finish(String id, WriteCounts changes) {
        update(id, "RUNNING", UPDATE + """
                SET i.status = 'IMPORTED', i.finishedAt = datetime(), i.nodesCreated = $nodes,
                    i.relationshipsCreated = $relationships
                REMOVE i.beforeImage, i.linkMarks
                WITH i OPTIONAL MATCH (lock:ImportLock {id: 'bundle', importId: i.id}) DELETE lock
                """ + UPDATED, Map.of("nodes", changes.nodesCreated(), "relationships", changes.relationshipsCreated()));
    }

    /** Ends an import that wrote nothing (the bundle was refused, or its check failed). */
    void close(String id, String status) {
        transaction.executeWithoutResult(tx -> client.query("""
                MATCH (i:Import {id: $id})
                SET i.status = $status, i.finishedAt = datetime()
                WITH i OPTIONAL MATCH (lock:ImportLock {id: 'bundle', importId: i.id}) DELETE lock
                """).bind(id).to("id").bind(status).to("status").run());
    }

    /** After an undo that failed: keeps the lock, but lets the next import try the undo again at once. */
    void undoFailed(String id) {
        transaction.executeWithoutResult(tx -> client.query("""
                MATCH (i:Import {id: $id}) SET i.heartbeatAt = datetime('1970-01-01T00:00Z')
                """).bind(id).to("id").run());
    }

    /**
     * Deletes everything the import created and writes back the records as they were before it.
     * Repeatable: if it is interrupted, running it again finishes the job.
     */
    Undone undo(String id, Bundle before, BundleWriter bundleWriter) {
        log.warn("Undoing import {}", id);
        long relationships = 0;
        long nodes = 0;
        String marks = client.query("MATCH (i:Import {id: $id}) RETURN i.linkMarks AS marks").bind(id).to("id")
                .fetchAs(String.class).one().orElse(null);
        for (RelType type : RelType.records()) {
            relationships += deleteMarked(
                    "MATCH ()-[x:%s]->() WHERE x.importId = $id RETURN elementId(x) AS element".formatted(type),
                    "UNWIND $elements AS element MATCH ()-[x]->() WHERE elementId(x) = element DELETE x", id);
        }
        for (NodeLabel label : NodeLabel.records()) {
            nodes += deleteMarked("MATCH (x:%s) WHERE x.importId = $id RETURN elementId(x) AS element".formatted(label),
                    "UNWIND $elements AS element MATCH (x) WHERE elementId(x) = element DETACH DELETE x", id);
        }
        bundleWriter.write(before, () -> { }, new EnumMap<>(BundleFile.class));
        linkMarks.restore(marks);
        transaction.executeWithoutResult(tx -> client.query("""
                MATCH (i:Import {id: $id})
                SET i.status = 'UNDONE', i.finishedAt = datetime()
                REMOVE i.beforeImage, i.linkMarks
                WITH i OPTIONAL MATCH (lock:ImportLock {id: 'bundle', importId: i.id}) DELETE lock
                """).bind(id).to("id").run());
        Undone undone = new Undone(nodes, relationships, before.rowCount());
        log.warn("Import {} undone: deleted {} nodes and {} relationships it had created, wrote back {} records as "
                + "they were before it; the graph is as it was before it", id, undone.nodesDeleted(),
                undone.relationshipsDeleted(), undone.recordsWrittenBack());
        return undone;
    }

    /** What an undo did: what it deleted of what the import created, and how many records it wrote back. */
    record Undone(long nodesDeleted, long relationshipsDeleted, long recordsWrittenBack) {
    }

    /** Finds what the import created (one scan of one label or type), then deletes it in batches. */
    private long deleteMarked(String find, String delete, String id) {
        List<String> elements = List.copyOf(client.query(find).bind(id).to("id").fetchAs(String.class).all());
        for (int start = 0; start < elements.size(); start += DELETE_BATCH) {
            writer.run(delete, Map.of("elements", elements.subList(start, Math.min(elements.size(),
                    start + DELETE_BATCH))));
        }
        return elements.size();
    }

    /**
     * Imports that lost their process: checking or writing, without a sign of life for
     * {@link #ABANDONED_AFTER} — or, at the start of the embedded database, which no other
     * process can be using, every one of them.
     */
    List<Abandoned> abandoned(boolean all) {
        return List.copyOf(client.query("""
                MATCH (i:Import) WHERE i.status IN ['CHECKING', 'RUNNING']
                  AND ($all OR i.heartbeatAt < datetime() - duration($grace))
                RETURN i.id AS id, i.status AS status, toString(i.startedAt) AS startedAt,
                       toString(i.heartbeatAt) AS heartbeatAt, i.rows AS rows, i.beforeImage AS beforeImage
                """).bind(all).to("all").bind(ABANDONED_AFTER.toString()).to("grace")
                .fetchAs(Abandoned.class).mappedBy((types, record) -> new Abandoned(record.get("id").asString(),
                        record.get("status").asString(), record.get("startedAt").asString(null),
                        record.get("heartbeatAt").asString(null),
                        record.get("rows").isNull() ? 0 : record.get("rows").asLong(),
                        record.get("beforeImage").isNull() ? new byte[0] : record.get("beforeImage").asByteArray()))
                .all());
    }

    /** True while an import is writing its batches. */
    boolean writing() {
        return client.query("MATCH (i:Import {status: 'RUNNING'}) RETURN count(i) > 0").fetchAs(Boolean.class).one()
                .orElse(false);
    }

    /** Releases a lock whose import is over or gone (its process died between two steps). */
    void releaseOrphanedLock() {
        transaction.executeWithoutResult(tx -> client.query("""
                MATCH (lock:ImportLock {id: 'bundle'})
                OPTIONAL MATCH (i:Import {id: lock.importId})
                WITH lock, i WHERE i IS NULL OR NOT i.status IN ['CHECKING', 'RUNNING']
                DELETE lock
                """).run());
    }

    /**
     * An import found without its process, in the state it was left in (CHECKING or RUNNING), when it
     * started and last showed a sign of life, and how many records its before image holds.
     */
    record Abandoned(String id, String status, String startedAt, String lastSignOfLife, long beforeImageRows,
            byte[] beforeImage) {

        /** If it may have written part of its bundle. */
        boolean written() {
            return status.equals("RUNNING");
        }

        ByteArrayInputStream beforeImageZip() {
            return new ByteArrayInputStream(beforeImage);
        }
    }

    /** An update of the journal starts with this, then what it sets, then {@link #UPDATED}. */
    private static final String UPDATE = "MATCH (i:Import {id: $id}) WHERE i.status = $expected\n";
    private static final String UPDATED = "\nRETURN count(*) AS matched";

    /** @param query a constant: {@link #UPDATE}, what it sets, {@link #UPDATED} */
    private void update(String id, String expectedStatus, String query, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("id", id);
        all.put("expected", expectedStatus);
        long matched = transaction.execute(tx -> client.query(query).bindAll(all).fetchAs(Long.class).one().orElse(0L));
        if (matched == 0) {
            throw new IllegalStateException("Import " + id + " is no longer " + expectedStatus
                    + ": another instance took it for abandoned");
        }
    }
}
