package org.contextmap.database;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an {@code UNWIND $rows AS row …} statement over a list in batches. Bulk writes go through
 * here rather than one save per row: a query per row costs a round trip and a plan lookup each,
 * a batch costs one for thousands of rows.
 *
 * <p>Inside a Spring transaction the batches join it. Outside one, each batch commits on its
 * own, which keeps the memory of a whole-city import bounded (Neo4j holds a transaction's
 * changes on the heap until it commits); the import journal makes such an import all-or-nothing.
 * On the embedded database the statements run in-process rather than over Bolt: the same
 * Cypher, without encoding every row into a network message and back
 * ({@code contextmap.write-in-process=false} sends them over Bolt, as with an external database).
 */
@Component
public class BatchWriter {

    /** Large enough to amortise the round trip, small enough to keep parameter maps modest. */
    public static final int BATCH_SIZE = 10_000;

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    private final Neo4jClient client;
    private final Driver driver;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    BatchWriter(Neo4jClient client, Driver driver, ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${contextmap.write-in-process:true}") boolean inProcess) {
        this.client = client;
        this.driver = driver;
        this.embedded = inProcess ? embedded : new StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4j.class);
    }

    /**
     * Writes {@code items} as rows of {@code statements}, all of them for one batch before the
     * next batch, in one transaction per batch. Each statement receives {@code $rows} (a list of
     * maps), {@code $now} (the time of this write, for {@code recordedAt}) and {@code $importId}
     * (see {@link WriteScope}; {@code null} outside an import). Several simple statements are
     * faster than one that does everything: Cypher plans a statement that reads what it also
     * writes with "eager" steps that hold every row of the batch before going on.
     */
    public <T> WriteCounts write(List<T> items, Function<T, Map<String, Object>> toRow, String... statements) {
        WriteCounts counts = WriteCounts.NONE;
        OffsetDateTime now = OffsetDateTime.now();
        for (int start = 0; start < items.size(); start += BATCH_SIZE) {
            List<T> slice = items.subList(start, Math.min(items.size(), start + BATCH_SIZE));
            List<Map<String, Object>> rows = new ArrayList<>(slice.size());
            for (T item : slice) {
                rows.add(toRow.apply(item));
            }
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("rows", rows);
            parameters.put("now", now);
            parameters.put("importId", WriteScope.currentImport());
            counts = counts.plus(run(parameters, statements));
            WriteScope.batchWritten();
        }
        return counts;
    }

    /**
     * Where each of these nodes is ({@code elementId}) and whether the import now being written
     * created it ({@link WriteScope}; nothing can be attached to such a node yet, so relationships
     * to it can be created without first looking for an existing one). Rows that carry the element id let a statement find a node with a seek by id
     * ({@code MATCH (n) WHERE elementId(n) = row.e AND n.id = row.id AND 'Label' IN labels(n)})
     * instead of a lookup in the unique index, which also takes a lock on the index entry. Keep the
     * label out of the pattern and out of {@code n:Label}: with it, Cypher plans the unique index
     * seek (or an index scan) again. The {@code n.id} check keeps a node deleted, and its element
     * id reused, in between from being matched. Ids not found are absent.
     *
     * @param label {@code YoungPerson} or {@code Incident}, the labels whose links are written in bulk
     */
    private static final String NODE_REF =
            " RETURN n.id AS id, elementId(n) AS element, coalesce(n.importId = $importId, false) AS fresh";

    public Map<String, NodeRef> nodeRefs(String label, Collection<String> ids) {
        String query = switch (label) {
            case "YoungPerson" -> "UNWIND $ids AS key MATCH (n:YoungPerson {id: key})" + NODE_REF;
            case "Incident" -> "UNWIND $ids AS key MATCH (n:Incident {id: key})" + NODE_REF;
            default -> throw new IllegalArgumentException("No node references for " + label);
        };
        if (ids.isEmpty()) {
            return Map.of();
        }
        String importId = WriteScope.currentImport();
        Map<String, NodeRef> refs = new HashMap<>(ids.size() * 2);
        client.query(query).bind(List.copyOf(ids)).to("ids").bind(importId).to("importId")
                .fetch().all().forEach(row -> refs.put((String) row.get("id"),
                        new NodeRef((String) row.get("element"), Boolean.TRUE.equals(row.get("fresh")))));
        return refs;
    }

    /** A node's element id, and whether the import now being written created it. */
    public record NodeRef(String elementId, boolean createdInThisImport) {

        public static boolean fresh(Map<String, NodeRef> refs, String id) {
            NodeRef ref = refs.get(id);
            return ref != null && ref.createdInThisImport();
        }

        public static String element(Map<String, NodeRef> refs, String id) {
            NodeRef ref = refs.get(id);
            return ref == null ? null : ref.elementId();
        }
    }

    /** Runs one statement: in the caller's transaction if there is one, else in its own. */
    public WriteCounts run(String cypher, Map<String, Object> parameters) {
        return run(parameters, cypher);
    }

    /** Runs statements with the same parameters in the caller's transaction if there is one, else in one of their own. */
    private WriteCounts run(Map<String, Object> parameters, String... statements) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            WriteCounts counts = WriteCounts.NONE;
            for (String statement : statements) {
                counts = counts.plus(WriteCounts.of(client.query(statement).bindAll(parameters).run().counters()));
            }
            return counts;
        }
        EmbeddedNeo4j local = embedded.getIfAvailable();
        if (local != null) {
            try (Transaction tx = local.database().beginTx()) {
                WriteCounts counts = WriteCounts.NONE;
                for (String statement : statements) {
                    long started = System.nanoTime();
                    try (Result result = tx.execute(statement, parameters)) {
                        result.accept(row -> true);
                        counts = counts.plus(counts(result.getQueryStatistics()));
                    }
                    trace(statement, started);
                }
                long committing = System.nanoTime();
                tx.commit();
                trace("commit", committing);
                return counts;
            }
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                WriteCounts counts = WriteCounts.NONE;
                for (String statement : statements) {
                    counts = counts.plus(WriteCounts.of(tx.run(statement, parameters).consume().counters()));
                }
                return counts;
            });
        }
    }

    private static void trace(String statement, long started) {
        if (log.isDebugEnabled()) {
            log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    statement.strip().replaceAll("\\s+", " ").substring(0, Math.min(100, statement.strip().length())));
        }
    }

    private static WriteCounts counts(QueryStatistics statistics) {
        return new WriteCounts(statistics.getNodesCreated(), statistics.getNodesDeleted(),
                statistics.getRelationshipsCreated(), statistics.getRelationshipsDeleted(),
                statistics.getPropertiesSet());
    }
}
