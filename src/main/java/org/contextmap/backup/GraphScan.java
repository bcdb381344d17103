package org.contextmap.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.database.GraphReader;
import org.springframework.stereotype.Component;

/**
 * Reads everything the database holds into a backup file, in one read transaction and as a
 * stream: each node and relationship goes to the file as it is read, so a whole city never sits
 * on the heap. Left out are Neo4j-migrations' own nodes (labelled {@code __…}: the new store
 * makes its own when its schema is created), the import lock, and the backup's own entry in the
 * import journal ({@code pause}) — bookkeeping of this moment, not data.
 *
 * <p>Neo4j reads at "read committed": one transaction alone does not see one instant when
 * others write meanwhile. So the caller holds the import lock (no bundle is half-written), and
 * the audit chain is cut where its head stood when the reading began: its head is read first and
 * only the entries up to it are copied, with the head as it was then, so the chain in the backup
 * verifies although readers go on appending to it.
 */
@Component
class GraphScan {

    private static final String HEAD = """
            OPTIONAL MATCH (h:AuditChain {id: 'audit'})
            RETURN h.sequence AS sequence, h.hash AS hash
            """;

    private static final String NODES = """
            MATCH (n)
            WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
              AND NOT n:ImportLock
              AND NOT (n:Import AND n.id = $pause)
              AND NOT (n:AuditEntry AND coalesce(n.sequence, 0) > $head)
            RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
            """;

    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            WHERE none(label IN labels(a) + labels(b) WHERE label STARTS WITH '__' OR label = 'ImportLock')
            RETURN elementId(a) AS start, type(r) AS type, elementId(b) AS end, properties(r) AS properties
            """;

    private final GraphReader reader;

    GraphScan(GraphReader reader) {
        this.reader = reader;
    }

    /** The audit chain's head when a scan begins: sequence 0 and no hash when there is no chain yet. */
    record Head(long sequence, String hash) {
    }

    /**
     * Writes every node, then every relationship, to {@code out}.
     *
     * @param pause the import journal's entry of the lock the caller holds (left out)
     * @param opened opens the file once the audit chain's head is known (the file's header names it)
     */
    void scan(String pause, java.util.function.Function<Head, BackupOutput> opened, BackupOutput[] out) {
        reader.read(reading -> {
            Head[] head = new Head[1];
            reading.stream(HEAD, Map.of(), row -> head[0] = row.get("sequence") == null ? null
                    : new Head(row.number("sequence", 0), row.text("hash")));
            out[0] = opened.apply(head[0] == null ? new Head(0, null) : head[0]);
            long cut = head[0] == null ? Long.MAX_VALUE : head[0].sequence();
            reading.stream(NODES, Map.of("pause", pause, "head", cut), row -> {
                List<String> labels = ((List<?>) row.get("labels")).stream().map(Object::toString).toList();
                Map<String, Object> properties = properties(row.get("properties"));
                if (labels.contains("AuditChain") && head[0] != null) {
                    properties.put("sequence", head[0].sequence());
                    properties.put("hash", head[0].hash());
                }
                write(() -> out[0].node(row.text("key"), labels, properties));
            });
            reading.stream(RELATIONSHIPS, Map.of(), row -> write(() -> out[0].relationship(row.text("start"),
                    row.text("type"), row.text("end"), properties(row.get("properties")))));
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Object map) {
        return new HashMap<>((Map<String, Object>) map);
    }

    /** A write to the file, from inside the reading callback. */
    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
