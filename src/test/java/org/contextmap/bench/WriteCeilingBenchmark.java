package org.contextmap.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.contextmap.database.EmbeddedNeo4j;
import org.contextmap.database.StoreProperties;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;

/**
 * How fast this machine's embedded Neo4j can create relationships in transactions at all, to put
 * the import benchmark's figure in context: 20,000 nodes, then 200,000 relationships with four
 * properties each (like a {@code KNOWS}), in transactions of 10,000, written (1) with the same
 * kind of {@code UNWIND … CREATE} statement the importer uses and (2) with Neo4j's Java API, which
 * does no Cypher work at all. Each on a fresh database, twice, in one JVM: the second round
 * shows the rate once the JIT has compiled Neo4j's code.
 *
 * <p>{@code ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.WriteCeilingBenchmark}
 */
public final class WriteCeilingBenchmark {

    private static final int PEOPLE = 20_000;
    private static final int RELATIONSHIPS = 200_000;
    private static final int BATCH = 10_000;

    public static void main(String[] args) {
        List<Map<String, Object>> rows = relationships();
        System.out.printf("%nNeo4j write ceiling: %,d relationships between %,d nodes, transactions of %,d, %d cores%n",
                RELATIONSHIPS, PEOPLE, BATCH, Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= 2; round++) {
            System.out.printf("  round %d: Cypher UNWIND … CREATE %,8.0f relationships/s; Java API %,8.0f relationships/s%n",
                    round, withFreshDatabase(db -> cypher(db, rows)), withFreshDatabase(db -> javaApi(db, rows)));
        }
    }

    private static double withFreshDatabase(ToLongFunction<GraphDatabaseService> write) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new StoreProperties(Path.of(""), true, "512m"))) {
            GraphDatabaseService db = neo4j.database();
            db.executeTransactionally("CREATE CONSTRAINT FOR (n:Person) REQUIRE n.id IS UNIQUE");
            for (int start = 0; start < PEOPLE; start += BATCH) {
                List<String> ids = new ArrayList<>();
                for (int i = start; i < Math.min(PEOPLE, start + BATCH); i++) {
                    ids.add("P" + i);
                }
                db.executeTransactionally("UNWIND $ids AS id CREATE (:Person {id: id})", Map.of("ids", ids));
            }
            long started = System.nanoTime();
            long created = write.applyAsLong(db);
            return created / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static long cypher(GraphDatabaseService db, List<Map<String, Object>> rows) {
        OffsetDateTime now = OffsetDateTime.now();
        for (int start = 0; start < rows.size(); start += BATCH) {
            db.executeTransactionally("""
                    UNWIND $rows AS row
                    MATCH (a:Person {id: row.a})
                    MATCH (b:Person {id: row.b})
                    CREATE (a)-[:KNOWS {kind: row.kind, source: row.source, since: row.since, recordedAt: $now}]->(b)
                    """, Map.of("rows", rows.subList(start, Math.min(rows.size(), start + BATCH)), "now", now));
        }
        return rows.size();
    }

    private static long javaApi(GraphDatabaseService db, List<Map<String, Object>> rows) {
        Label person = Label.label("Person");
        RelationshipType knows = RelationshipType.withName("KNOWS");
        OffsetDateTime now = OffsetDateTime.now();
        for (int start = 0; start < rows.size(); start += BATCH) {
            try (var tx = db.beginTx()) {
                for (Map<String, Object> row : rows.subList(start, Math.min(rows.size(), start + BATCH))) {
                    Node a = tx.findNode(person, "id", row.get("a"));
                    Node b = tx.findNode(person, "id", row.get("b"));
                    var r = a.createRelationshipTo(b, knows);
                    r.setProperty("kind", row.get("kind"));
                    r.setProperty("source", row.get("source"));
                    r.setProperty("since", row.get("since"));
                    r.setProperty("recordedAt", now);
                }
                tx.commit();
            }
        }
        return rows.size();
    }

    private static List<Map<String, Object>> relationships() {
        var random = new SplittableRandom(1);
        var seen = new HashSet<Long>();
        List<Map<String, Object>> rows = new ArrayList<>(RELATIONSHIPS);
        while (rows.size() < RELATIONSHIPS) {
            int a = random.nextInt(PEOPLE);
            int b = random.nextInt(PEOPLE);
            if (a == b || !seen.add((long) Math.min(a, b) * PEOPLE + Math.max(a, b))) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("a", "P" + Math.min(a, b));
            row.put("b", "P" + Math.max(a, b));
            row.put("kind", "FRIEND");
            row.put("source", "POLICE");
            row.put("since", LocalDate.of(2025, 1, 1));
            rows.add(row);
        }
        return rows;
    }
}
