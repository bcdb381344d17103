package org.contextmap.group;

import static org.contextmap.database.RecordValues.code;
import static org.contextmap.database.RecordValues.date;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.provenance;
import static org.contextmap.database.RecordValues.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.WriteCounts;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Peer groups, young people's associations with them, and conflict or alliance between groups. */
@Repository
class GroupRepository {

    private final Neo4jClient client;
    private final BatchWriter writer;

    GroupRepository(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    WriteCounts upsertGroups(List<PeerGroup> groups) {
        return writer.write(groups, g -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", g.id());
            row.put("name", g.name());
            row.put("area", g.area());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (g:PeerGroup {id: row.id})
                  ON CREATE SET g.recordedAt = $now, g.importId = $importId
                WITH g, row WHERE NOT coalesce(g.name = row.name, g.name IS NULL AND row.name IS NULL)
                    OR NOT coalesce(g.area = row.area, g.area IS NULL AND row.area IS NULL)
                SET g.name = row.name, g.area = row.area
                """);
    }

    WriteCounts upsertAssociations(List<GroupAssociation> associations) {
        return writer.write(associations, a -> {
            Map<String, Object> row = new HashMap<>();
            row.put("personId", a.personId());
            row.put("groupId", a.groupId());
            row.put("since", a.provenance().since());
            row.put("source", code(a.provenance().source()));
            row.put("confidence", code(a.provenance().confidence()));
            row.put("restricted", a.restricted());
            row.put("confirmationStated", a.confirmationStated());
            row.put("confirmedOn", a.confirmedOn());
            return row;
        }, """
                UNWIND $rows AS row
                MATCH (p:YoungPerson {id: row.personId})
                MATCH (g:PeerGroup {id: row.groupId})
                MERGE (p)-[r:ASSOCIATED_WITH]->(g)
                  ON CREATE SET r.recordedAt = $now, r.importId = $importId
                WITH r, row WHERE NOT coalesce(r.since = row.since, r.since IS NULL AND row.since IS NULL)
                    OR NOT coalesce(r.source = row.source, r.source IS NULL AND row.source IS NULL)
                    OR NOT coalesce(r.confidence = row.confidence, r.confidence IS NULL AND row.confidence IS NULL)
                    OR (row.restricted IS NOT NULL AND coalesce(r.restricted, false) <> row.restricted)
                    OR (row.confirmationStated
                        AND NOT coalesce(r.confirmedOn = row.confirmedOn, r.confirmedOn IS NULL AND row.confirmedOn IS NULL))
                SET r.since = row.since, r.source = row.source, r.confidence = row.confidence,
                    r.restricted = CASE row.restricted WHEN true THEN true WHEN false THEN null ELSE r.restricted END,
                    r.confirmedOn = CASE WHEN row.confirmationStated THEN row.confirmedOn ELSE r.confirmedOn END
                """);
    }

    /** One relation per pair of groups: recording an alliance replaces a recorded conflict. */
    WriteCounts upsertRelations(List<GroupRelation> relations) {
        return writer.write(relations, r -> {
            GroupRelation n = r.normalised();
            Map<String, Object> row = new HashMap<>();
            row.put("a", n.groupA());
            row.put("b", n.groupB());
            row.put("type", n.kind() == GroupRelationKind.CONFLICT ? "IN_CONFLICT_WITH" : "ALLIED_WITH");
            row.put("since", n.since());
            row.put("source", code(n.source()));
            return row;
        }, """
                UNWIND $rows AS row
                MATCH (a:PeerGroup {id: row.a})-[old:IN_CONFLICT_WITH|ALLIED_WITH]-(b:PeerGroup {id: row.b})
                WHERE type(old) <> row.type OR startNode(old) <> a
                DELETE old
                """, """
                UNWIND $rows AS row
                MATCH (a:PeerGroup {id: row.a})
                MATCH (b:PeerGroup {id: row.b})
                MERGE (a)-[r:$(row.type)]->(b)
                  ON CREATE SET r.recordedAt = $now, r.importId = $importId
                WITH r, row WHERE NOT coalesce(r.since = row.since, r.since IS NULL AND row.since IS NULL)
                    OR NOT coalesce(r.source = row.source, r.source IS NULL AND row.source IS NULL)
                SET r.since = row.since, r.source = row.source
                """);
    }

    Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return client.query("MATCH (n:PeerGroup) WHERE n.id IN $ids RETURN n.id AS id")
                .bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all().stream().collect(Collectors.toSet());
    }

    List<PeerGroup> all() {
        return groups("MATCH (g:PeerGroup)" + GROUP_RETURN, Map.of());
    }

    List<PeerGroup> byIds(Collection<String> ids) {
        return groups("UNWIND $ids AS key MATCH (g:PeerGroup {id: key})" + GROUP_RETURN, Map.of("ids", List.copyOf(ids)));
    }

    private static final String GROUP_RETURN = " RETURN g.id AS id, g.name AS name, g.area AS area ORDER BY id";

    /** @param query a constant: a match of {@code g} followed by {@link #GROUP_RETURN} */
    private List<PeerGroup> groups(String query, Map<String, Object> parameters) {
        return List.copyOf(client.query(query)
                .bindAll(parameters).fetchAs(PeerGroup.class).mappedBy((types, record) -> new PeerGroup(
                        record.get("id").asString(), text(record.get("name")), text(record.get("area")))).all());
    }

    List<GroupAssociation> allAssociations() {
        return associations("MATCH (p:YoungPerson)-[r:ASSOCIATED_WITH]->(g:PeerGroup)" + ASSOCIATION_RETURN, Map.of());
    }

    List<GroupAssociation> associationsWith(String groupId) {
        return associations("MATCH (p:YoungPerson)-[r:ASSOCIATED_WITH]->(g:PeerGroup {id: $id})" + ASSOCIATION_RETURN,
                Map.of("id", groupId));
    }

    List<GroupAssociation> associationsByKeys(Collection<GroupAssociation> keys) {
        return associations("""
                UNWIND $keys AS key
                MATCH (p:YoungPerson {id: key.personId})-[r:ASSOCIATED_WITH]->(g:PeerGroup {id: key.groupId})
                """ + ASSOCIATION_RETURN, Map.of("keys", keys.stream().map(a -> Map.of("personId", a.personId(), "groupId", a.groupId()))
                .toList()));
    }

    private static final String ASSOCIATION_RETURN = """

            RETURN p.id AS personId, g.id AS groupId, r {.source, .confidence, .since, .recordedAt} AS provenance,
                   coalesce(r.restricted, false) AS restricted, r.confirmedOn AS confirmedOn
            ORDER BY personId, groupId
            """;

    /** @param query a constant: a match of {@code p}, {@code r} and {@code g} followed by {@link #ASSOCIATION_RETURN} */
    private List<GroupAssociation> associations(String query, Map<String, Object> parameters) {
        return List.copyOf(client.query(query).bindAll(parameters).fetchAs(GroupAssociation.class).mappedBy((types, record) -> new GroupAssociation(
                record.get("personId").asString(), record.get("groupId").asString(),
                provenance(record.get("provenance")), record.get("restricted").asBoolean(),
                record.get("confirmedOn").isNull() ? null : record.get("confirmedOn").asLocalDate(), true)).all());
    }

    List<GroupRelation> allRelations() {
        return relations("MATCH (a:PeerGroup)-[r:IN_CONFLICT_WITH|ALLIED_WITH]->(b:PeerGroup)" + RELATION_RETURN, Map.of());
    }

    List<GroupRelation> relationsByKeys(Collection<GroupRelation> keys) {
        return relations("""
                UNWIND $keys AS key
                MATCH (a:PeerGroup {id: key.a})-[r:IN_CONFLICT_WITH|ALLIED_WITH]->(b:PeerGroup {id: key.b})
                """ + RELATION_RETURN, Map.of("keys", keys.stream().map(GroupRelation::normalised)
                .map(r -> Map.of("a", r.groupA(), "b", r.groupB())).toList()));
    }

    private static final String RELATION_RETURN = """

            RETURN a.id AS a, b.id AS b, type(r) AS type, r.since AS since, r.source AS source
            ORDER BY a, b
            """;

    /** @param query a constant: a match of {@code a}, {@code r} and {@code b} followed by {@link #RELATION_RETURN} */
    private List<GroupRelation> relations(String query, Map<String, Object> parameters) {
        return List.copyOf(client.query(query).bindAll(parameters).fetchAs(GroupRelation.class).mappedBy((types, record) -> new GroupRelation(
                record.get("a").asString(), record.get("b").asString(),
                record.get("type").asString().equals("IN_CONFLICT_WITH") ? GroupRelationKind.CONFLICT
                        : GroupRelationKind.ALLIANCE,
                date(record.get("since")), enumeration(record.get("source"), Agency.class))).all());
    }

    List<Association> associationsOf(String personId) {
        return List.copyOf(client.query("""
                MATCH (:YoungPerson {id: $id})-[r:ASSOCIATED_WITH]->(g:PeerGroup)
                RETURN g.id AS id, g.name AS name, g.area AS area, r {.source, .confidence, .since, .recordedAt} AS provenance,
                       r.confirmedOn AS confirmedOn
                ORDER BY name
                """).bind(personId).to("id").fetchAs(Association.class).mappedBy((types, record) -> new Association(
                record.get("id").asString(), text(record.get("name")), text(record.get("area")),
                provenance(record.get("provenance")), date(record.get("confirmedOn")), true, null)).all());
    }
}
