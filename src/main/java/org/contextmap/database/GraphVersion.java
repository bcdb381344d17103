package org.contextmap.database;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter in the database that every write of graph data increments. Analytics snapshots
 * are caches keyed by it, so that any application instance can tell that its copy is stale,
 * however many instances share the database (DESIGN §6).
 */
@Component
public class GraphVersion {

    private final Neo4jClient client;

    GraphVersion(Neo4jClient client) {
        this.client = client;
    }

    /** Increments the version (in the caller's transaction, if any) and returns the new value. */
    @Transactional
    public long bump() {
        return client.query("""
                MERGE (v:DataVersion {id: 'graph'})
                SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
                RETURN v.version AS version
                """).fetchAs(Long.class).one().orElseThrow();
    }

    @Transactional(readOnly = true)
    public long current() {
        return client.query("OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN coalesce(v.version, 0) AS version")
                .fetchAs(Long.class).one().orElse(0L);
    }
}
