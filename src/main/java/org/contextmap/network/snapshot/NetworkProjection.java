package org.contextmap.network.snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.contextmap.base.RetentionSettings;
import org.contextmap.database.GraphReader;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the person and group graphs from Neo4j in one read transaction, streaming: the young
 * people's ids, every {@code KNOWS} tie with its kind and provenance, the peer groups, their
 * conflicts and alliances and the associations (each with the last day it counts: an association
 * not re-confirmed within the retention period stops counting). No per-node query: a million people and five
 * million ties are a handful of scans.
 *
 * <p>It reads the {@code person} and {@code group} features' nodes and relationships directly,
 * because a snapshot of the whole network must be one consistent read, fast enough to redo on
 * every change of the network; the labels and properties are those declared in {@code schema}.
 * On the embedded database the person graph comes from {@link PersonScan} instead, the same facts
 * through Neo4j's Java API.
 */
@Component
class NetworkProjection {

    private static final Logger log = LoggerFactory.getLogger(NetworkProjection.class);

    private static final String PEOPLE = "MATCH (p:YoungPerson) WHERE p.id IS NOT NULL RETURN p.id AS id";
    private static final String TIES = """
            MATCH (a:YoungPerson)-[r:KNOWS]->(b:YoungPerson) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
            RETURN a.id AS a, b.id AS b, r.kind AS kind, r.since AS since, r.source AS source,
                   r.confidence AS confidence
            """;
    private static final String GROUPS = "MATCH (g:PeerGroup) RETURN g.id AS id, g.name AS name";
    private static final String GROUP_RELATIONS = """
            MATCH (a:PeerGroup)-[r:IN_CONFLICT_WITH|ALLIED_WITH]->(b:PeerGroup)
            RETURN a.id AS a, b.id AS b, type(r) AS type, r.since AS since
            """;
    private static final String ASSOCIATIONS = """
            MATCH (p:YoungPerson)-[r:ASSOCIATED_WITH]->(g:PeerGroup)
            RETURN p.id AS person, g.id AS group, r.since AS since, r.confirmedOn AS confirmedOn
            """;

    private final GraphReader reader;
    private final RetentionSettings retention;

    NetworkProjection(GraphReader reader, RetentionSettings retention) {
        this.reader = reader;
        this.retention = retention;
    }

    /** Reads the whole network at data version {@code version} (the caller read it just before). */
    NetworkSnapshot read(long version) {
        long started = System.nanoTime();
        NetworkSnapshot[] result = new NetworkSnapshot[1];
        reader.read(reading -> {
            CompactGraph people = reading.inProcess() != null ? PersonScan.read(reading.inProcess())
                    : personGraph(reading);

            List<String> groupIds = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            reading.stream(GROUPS, Map.of(), row -> {
                groupIds.add(row.text("id"));
                groupNames.add(row.text("name"));
            });
            GroupNetwork.Builder groups = GroupNetwork.builder(groupIds.toArray(String[]::new),
                    groupNames.toArray(String[]::new), people);
            reading.stream(GROUP_RELATIONS, Map.of(), row -> groups.relation(row.text("a"), row.text("b"),
                    "IN_CONFLICT_WITH".equals(row.text("type")) ? GroupLink.CONFLICT : GroupLink.ALLIANCE,
                    row.date("since")));
            reading.stream(ASSOCIATIONS, Map.of(),
                    row -> groups.association(row.text("person"), row.text("group"), row.date("since"),
                            retention.associationCountsUntil(row.date("since"), row.date("confirmedOn"))));
            result[0] = new NetworkSnapshot(version, Instant.now(), null, people, groups.build());
        });
        log.info("Network snapshot at data version {}: {} young people, {} ties, {} groups in {} ms", version,
                result[0].people().size(), result[0].people().edgeCount(), result[0].groups().size(),
                (System.nanoTime() - started) / 1_000_000);
        return result[0];
    }

    /** The person graph through Cypher rows: for a database reached over Bolt. */
    private static CompactGraph personGraph(GraphReader.Reading reading) {
        List<String> ids = new ArrayList<>();
        reading.stream(PEOPLE, Map.of(), row -> ids.add(row.text("id")));
        CompactGraphBuilder ties = CompactGraph.builder(ids.toArray(String[]::new));
        ids.clear();
        reading.stream(TIES, Map.of(), row -> TieCodes.add(ties, row.text("a"), row.text("b"), row));
        return ties.build();
    }
}
