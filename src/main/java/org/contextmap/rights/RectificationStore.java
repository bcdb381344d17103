package org.contextmap.rights;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.person.ProfileField;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps rectifications as {@code Rectification} nodes linked to the young person by
 * {@code RECTIFIES}. They are never updated or deleted: a later rectification of the same fact is
 * a new node, and the history stays. An import merges young people by id and never touches these
 * nodes, so a re-import of the same bundle leaves them as they are.
 */
@Repository
class RectificationStore {

    private final Neo4jClient client;

    RectificationStore(Neo4jClient client) {
        this.client = client;
    }

    @Transactional
    void save(Rectification r) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("personId", r.personId());
        row.put("fact", r.fact().name());
        row.put("reference", r.reference());
        row.put("field", r.field() == null ? null : r.field().name());
        row.put("status", r.status().name());
        row.put("reason", r.reason());
        row.put("previousValue", r.previousValue());
        row.put("correctedValue", r.correctedValue());
        row.put("raisedBy", r.raisedBy() == null ? null : r.raisedBy().name());
        row.put("raisedAt", r.raisedAt());
        row.put("recordedBy", r.recordedBy());
        client.query("""
                MATCH (p:YoungPerson {id: $personId})
                CREATE (r:Rectification {id: $id, personId: $personId, fact: $fact, reference: $reference,
                        field: $field, status: $status, reason: $reason, previousValue: $previousValue,
                        correctedValue: $correctedValue, raisedBy: $raisedBy, raisedAt: $raisedAt,
                        recordedBy: $recordedBy})-[:RECTIFIES]->(p)
                """).bindAll(row).run();
    }

    /** A young person's rectifications, oldest first. */
    @Transactional(readOnly = true)
    List<Rectification> of(String personId) {
        return List.copyOf(client.query("""
                MATCH (r:Rectification)-[:RECTIFIES]->(:YoungPerson {id: $personId})
                RETURN r.id AS id, r.fact AS fact, r.reference AS reference, r.field AS field, r.status AS status,
                       r.reason AS reason, r.previousValue AS previousValue, r.correctedValue AS correctedValue,
                       r.raisedBy AS raisedBy, r.raisedAt AS raisedAt, r.recordedBy AS recordedBy
                ORDER BY r.raisedAt, r.id
                """).bind(personId).to("personId").fetchAs(Rectification.class).mappedBy((types, row) ->
                new Rectification(row.get("id").asString(), personId, FactKind.valueOf(row.get("fact").asString()),
                        text(row.get("reference")),
                        row.get("field").isNull() ? null : ProfileField.valueOf(row.get("field").asString()),
                        RectificationStatus.valueOf(row.get("status").asString()), text(row.get("reason")),
                        text(row.get("previousValue")), text(row.get("correctedValue")),
                        row.get("raisedBy").isNull() ? null : Agency.valueOf(row.get("raisedBy").asString()),
                        row.get("raisedAt").isNull() ? null : row.get("raisedAt").asOffsetDateTime(),
                        text(row.get("recordedBy")))).all());
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
