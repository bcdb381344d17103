package org.contextmap.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.contextmap.database.GraphVersion;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Clears and dumps the test database. */
@Component
public class GraphTestSupport {

    private final Neo4jClient client;
    private final GraphVersion versions;

    GraphTestSupport(Neo4jClient client, GraphVersion versions) {
        this.client = client;
        this.versions = versions;
    }

    /**
     * Writes a stabbing as another application instance sharing the database would: the incident
     * (serious, knife, recorded by the police) and its parties, then the data version moved on with
     * what it touched. No event reaches this instance.
     *
     * @param suspect {@code null} when nobody is suspected
     */
    public void stabbingByAnotherInstance(String incidentId, String at, String victim, String suspect) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", incidentId);
        parameters.put("at", at);
        parameters.put("victim", victim);
        parameters.put("suspect", suspect);
        client.query("""
                MATCH (v:YoungPerson {id: $victim})
                CREATE (i:Incident {id: $id, occurredAt: localdatetime($at), type: 'STABBING', severity: 'SERIOUS',
                        weapon: 'KNIFE', source: 'POLICE'})
                CREATE (v)-[:INVOLVED_IN {role: 'VICTIM'}]->(i)
                WITH i
                OPTIONAL MATCH (s:YoungPerson {id: $suspect})
                FOREACH (suspect IN CASE WHEN s IS NULL THEN [] ELSE [s] END |
                    CREATE (suspect)-[:INVOLVED_IN {role: 'SUSPECT'}]->(i))
                """).bindAll(parameters).run();
        Set<String> parties = suspect == null ? Set.of(victim) : Set.of(victim, suspect);
        versions.bump(GraphVersion.Change.of(parties, Set.of(incidentId),
                List.of("incidents.csv", "incident_people.csv"), false));
    }

    /**
     * Runs a write ({@code null}: none) and moves the data version on without saying what it
     * touched, as a write from elsewhere that records nothing would: caches must read everything.
     */
    public void changeWithoutSayingWhat(String cypher) {
        if (cypher != null) {
            client.query(cypher).run();
        }
        versions.bump();
    }

    /**
     * Removes all data, keeping the schema, the record of applied migrations and the user accounts, and moves the data
     * version on (as any change of data does) so that cached analytics snapshots see the change.
     */
    public void clear() {
        client.query("""
                MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__') AND NOT (n:DataVersion OR n:User)
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
                  AND ($bookkeeping OR NOT (n:DataVersion OR n:DataChange OR n:Import OR n:User OR n:AuditEntry
                    OR n:AuditChain))
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
