package org.contextmap.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.contextmap.database.BatchWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a backup's nodes and relationships into an empty store whose schema (the constraints
 * and indexes of {@code cypher/}) the application has just created, in {@code UNWIND} batches of
 * {@link BatchWriter#BATCH_SIZE} rows (fewer when their properties are large, as the import
 * journal's before images can be), one transaction each. Each node's element id in the old
 * database is mapped to its new one in memory (about 200 bytes a node: some 60 MB for the
 * 20,000-person city), and relationships are joined by that map. A relationship whose end is not
 * in the backup — a node written after the reading had passed it — is left out and counted.
 *
 * <p>If a batch fails, everything written so far is deleted again, so the store is left empty
 * and the restore can be run again.
 */
@Component
class GraphRestore {

    private static final Logger log = LoggerFactory.getLogger(GraphRestore.class);

    /** Rows of a batch are written once they weigh this much, however few. */
    static final long BATCH_BYTES = 32L << 20;

    private static final String CONTENT = """
            MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
            UNWIND labels(n) AS label
            RETURN label, count(*) AS count ORDER BY label
            """;

    /** The data version the application may have made on start, before anything was written: not data. */
    private static final String FORGET_VERSION = "MATCH (v:DataVersion) DETACH DELETE v";

    private static final String CLEAR = """
            MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
            WITH n LIMIT 10000
            DETACH DELETE n
            RETURN count(*) AS deleted
            """;

    private static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n:$(row.labels))
            SET n = row.properties
            RETURN elementId(n) AS element
            """;

    private static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.start
            MATCH (b) WHERE elementId(b) = row.end
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.properties
            RETURN elementId(r) AS element
            """;

    private final Neo4jClient client;
    private final RestoreWriter writer;

    GraphRestore(Neo4jClient client, RestoreWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    /** What was written: nodes, relationships, and relationships left out for want of an end. */
    record Written(long nodes, long relationships, long skipped) {
    }

    /** How this database takes durations and points. */
    PropertyValues.Flavour flavour() {
        return writer.flavour();
    }

    /**
     * Refuses a store that holds anything but the schema's bookkeeping and a fresh data version.
     *
     * @throws StoreNotEmptyException naming what it holds
     */
    void requireEmpty() {
        Map<String, Long> held = new java.util.TreeMap<>();
        client.query(CONTENT).fetch().all().forEach(row -> held.put((String) row.get("label"),
                ((Number) row.get("count")).longValue()));
        held.remove("DataVersion");
        if (!held.isEmpty()) {
            throw new StoreNotEmptyException("The store already holds data (" + held.entrySet().stream()
                    .limit(6).map(e -> String.format("%,d %s", e.getValue(), e.getKey()))
                    .collect(Collectors.joining(", ")) + (held.size() > 6 ? ", …" : "")
                    + "), so nothing was restored: a backup is restored into an empty store only. Start with a "
                    + "new, empty store directory (or an empty external database) and restore into that.");
        }
        client.query(FORGET_VERSION).run();
    }

    /** Writes the content of {@code in}; on a failure, deletes what it wrote and rethrows. */
    Written write(BackupInput in) {
        Batches batches = new Batches(in);
        try {
            in.read(batches);
            batches.finish();
        } catch (RuntimeException failure) {
            log.error("The restore failed after {} nodes and {} relationships; removing what it wrote",
                    batches.nodes, batches.relationships, failure);
            clear();
            throw failure;
        }
        return new Written(batches.nodes, batches.relationships, batches.skipped);
    }

    /** Deletes every node but the schema's bookkeeping, in batches. */
    void clear() {
        while (client.query(CLEAR).fetchAs(Long.class).one().orElse(0L) > 0) {
            // next batch
        }
    }

    /** Collects rows and writes them in batches; nodes first, then relationships by the key map. */
    private final class Batches implements BackupInput.Visitor {

        private final BackupInput in;
        private final Map<String, String> elements = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();
        private long batchStart;
        private long nodes;
        private long relationships;
        private long skipped;

        Batches(BackupInput in) {
            this.in = in;
        }

        @Override
        public void node(String key, List<String> labels, Map<String, Object> properties) {
            keys.add(key);
            rows.add(Map.of("labels", labels, "properties", properties));
            if (full()) {
                flushNodes();
            }
        }

        @Override
        public void relationship(String start, String type, String end, Map<String, Object> properties) {
            if (!keys.isEmpty()) {
                flushNodes();
            }
            String from = elements.get(start);
            String to = elements.get(end);
            if (from == null || to == null) {
                skipped++;
                return;
            }
            rows.add(Map.of("start", from, "type", type, "end", to, "properties", properties));
            if (full()) {
                flushRelationships();
            }
        }

        /** Writes the last batch: of nodes if no relationship came after them, else of relationships. */
        void finish() {
            if (!keys.isEmpty()) {
                flushNodes();
            } else {
                flushRelationships();
            }
        }

        private boolean full() {
            return rows.size() >= BatchWriter.BATCH_SIZE || in.bytesRead() - batchStart >= BATCH_BYTES;
        }

        void flushNodes() {
            if (!rows.isEmpty()) {
                List<String> made = writer.run(CREATE_NODES, rows, "element");
                for (int i = 0; i < made.size(); i++) {
                    elements.put(keys.get(i), made.get(i));
                }
                nodes += made.size();
            }
            next();
        }

        void flushRelationships() {
            if (!rows.isEmpty()) {
                relationships += writer.run(CREATE_RELATIONSHIPS, rows, "element").size();
            }
            next();
        }

        private void next() {
            keys.clear();
            rows.clear();
            batchStart = in.bytesRead();
        }
    }
}
