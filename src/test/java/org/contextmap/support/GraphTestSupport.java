package org.contextmap.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Clears and dumps the test database. */
@Component
public class GraphTestSupport {

    private final Neo4jClient client;

    GraphTestSupport(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Removes all data, keeping the schema and the record of applied migrations, and moves the data
     * version on (as any change of data does) so that cached analytics snapshots see the change.
     */
    public void clear() {
        client.query("""
                MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__') AND NOT n:DataVersion
                DETACH DELETE n""").run();
        client.query("MERGE (v:DataVersion {id: 'graph'}) SET v.version = coalesce(v.version, 0) + 1").run();
    }

    /**
     * Every node and relationship with its labels or type and properties, as sorted text, so
     * that two states of the database can be compared exactly. Without {@code bookkeeping}, the
     * data version, the record of changes and the import journal (which every import advances) are left out.
     */
    public List<String> dump(boolean bookkeeping) {
        List<String> lines = new ArrayList<>();
        client.query("""
                MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__')
                  AND ($bookkeeping OR NOT (n:DataVersion OR n:DataChange OR n:Import))
                RETURN labels(n) AS labels, properties(n) AS properties
                """).bind(bookkeeping).to("bookkeeping").fetch().all()
                .forEach(row -> lines.add(sortedLabels(row.get("labels")) + " " + sorted(row.get("properties"))));
        client.query("""
                MATCH (a)-[r]->(b)
                WHERE none(label IN labels(a) WHERE label STARTS WITH '__')
                RETURN coalesce(a.id, elementId(a)) AS a, type(r) AS type, properties(r) AS properties,
                       coalesce(b.id, elementId(b)) AS b
                """).fetch().all()
                .forEach(row -> lines.add(row.get("a") + " -[" + row.get("type") + " " + sorted(row.get("properties"))
                        + "]-> " + row.get("b")));
        return lines.stream().sorted().toList();
    }

    public long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private static String sortedLabels(Object labels) {
        return ((Collection<?>) labels).stream().map(Object::toString).sorted().toList().toString();
    }

    private static String sorted(Object properties) {
        return new TreeMap<>((Map<?, ?>) properties).toString();
    }
}
