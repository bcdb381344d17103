package org.contextmap.incident;

import static org.contextmap.database.RecordValues.code;
import static org.contextmap.database.RecordValues.dateTime;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contextmap.base.Agency;
import org.contextmap.database.BatchWriter.NodeRef;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.WriteCounts;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Incidents, where they happened, and who was involved in what role. */
@Repository
class IncidentRepository {

    private final Neo4jClient client;
    private final BatchWriter writer;

    IncidentRepository(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    WriteCounts upsert(List<Incident> incidents) {
        return writer.write(incidents, i -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", i.id());
            row.put("occurredAt", i.occurredAt());
            row.put("type", code(i.type()));
            row.put("severity", code(i.severity()));
            row.put("weapon", code(i.weapon()));
            row.put("source", code(i.source()));
            row.put("summary", i.summary());
            row.put("locationId", i.locationId());
            row.put("restricted", i.restricted());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (i:Incident {id: row.id})
                  ON CREATE SET i.recordedAt = $now, i.importId = $importId
                SET i.occurredAt = row.occurredAt, i.type = row.type, i.severity = row.severity,
                    i.weapon = row.weapon, i.source = row.source, i.summary = row.summary,
                    i.restricted = CASE row.restricted WHEN true THEN true WHEN false THEN null ELSE i.restricted END
                """, """
                UNWIND $rows AS row
                MATCH (i:Incident {id: row.id})-[old:AT]->(l:Location)
                WHERE l.id <> coalesce(row.locationId, '')
                DELETE old
                """, """
                UNWIND $rows AS row
                WITH row WHERE row.locationId IS NOT NULL
                MATCH (i:Incident {id: row.id})
                MATCH (l:Location {id: row.locationId})
                MERGE (i)-[r:AT]->(l)
                  ON CREATE SET r.importId = $importId
                """);
    }

    /**
     * The rows for an incident state its whole cast: a role recorded before and not listed any
     * more is removed, so a suspect found to be a victim is recorded as a victim only. A role in
     * an incident (or of a young person) created by this same import cannot be recorded yet: it is
     * created directly. The others are merged.
     */
    WriteCounts upsertInvolvements(List<Involvement> involvements) {
        Map<String, NodeRef> incidents = writer.nodeRefs("Incident",
                involvements.stream().map(Involvement::incidentId).collect(Collectors.toSet()));
        Map<String, NodeRef> people = writer.nodeRefs("YoungPerson",
                involvements.stream().map(Involvement::personId).collect(Collectors.toSet()));
        Map<String, List<List<String>>> casts = new LinkedHashMap<>();
        involvements.stream().filter(v -> !NodeRef.fresh(incidents, v.incidentId())).forEach(v -> casts
                .computeIfAbsent(v.incidentId(), id -> new ArrayList<>()).add(List.of(v.personId(), v.role().name())));
        WriteCounts removed = writer.write(List.copyOf(casts.entrySet()),
                cast -> Map.of("incidentId", cast.getKey(), "cast", cast.getValue()), """
                UNWIND $rows AS row
                MATCH (:Incident {id: row.incidentId})<-[r:INVOLVED_IN]-(p:YoungPerson)
                WHERE NOT [p.id, r.role] IN row.cast
                DELETE r
                """);
        Map<Boolean, List<Involvement>> byFreshness = involvements.stream().collect(Collectors.partitioningBy(
                v -> NodeRef.fresh(incidents, v.incidentId()) || NodeRef.fresh(people, v.personId())));
        Function<Involvement, Map<String, Object>> toRow = v -> {
            Map<String, Object> row = new HashMap<>();
            row.put("personId", v.personId());
            row.put("incidentId", v.incidentId());
            row.put("ep", NodeRef.element(people, v.personId()));
            row.put("ei", NodeRef.element(incidents, v.incidentId()));
            row.put("role", v.role().name());
            return row;
        };
        return removed.plus(writer.write(byFreshness.get(true), toRow, """
                UNWIND $rows AS row
                MATCH (i) WHERE elementId(i) = row.ei AND i.id = row.incidentId AND 'Incident' IN labels(i)
                MATCH (p) WHERE elementId(p) = row.ep AND p.id = row.personId AND 'YoungPerson' IN labels(p)
                CREATE (p)-[:INVOLVED_IN {role: row.role, recordedAt: $now, importId: $importId}]->(i)
                """)).plus(writer.write(byFreshness.get(false), toRow, """
                UNWIND $rows AS row
                MATCH (i) WHERE elementId(i) = row.ei AND i.id = row.incidentId AND 'Incident' IN labels(i)
                MATCH (p) WHERE elementId(p) = row.ep AND p.id = row.personId AND 'YoungPerson' IN labels(p)
                MERGE (p)-[r:INVOLVED_IN {role: row.role}]->(i)
                  ON CREATE SET r.recordedAt = $now, r.importId = $importId
                """));
    }

    Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return client.query("MATCH (n:Incident) WHERE n.id IN $ids RETURN n.id AS id")
                .bind(List.copyOf(ids)).to("ids").fetchAs(String.class).all().stream().collect(Collectors.toSet());
    }

    Set<String> parties(Collection<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Set.of();
        }
        return client.query("""
                MATCH (p:YoungPerson)-[:INVOLVED_IN]->(i:Incident) WHERE i.id IN $ids RETURN DISTINCT p.id AS id
                """).bind(List.copyOf(incidentIds)).to("ids").fetchAs(String.class).all().stream()
                .collect(Collectors.toSet());
    }

    List<Incident> all() {
        return List.copyOf(client.query("""
                MATCH (i:Incident)
                OPTIONAL MATCH (i)-[:AT]->(l:Location)
                RETURN i, l.id AS locationId ORDER BY i.id
                """).fetchAs(Incident.class).mappedBy((types, record) -> incident(record)).all());
    }

    List<Incident> byIds(Collection<String> ids) {
        return List.copyOf(client.query("""
                UNWIND $ids AS key MATCH (i:Incident {id: key})
                OPTIONAL MATCH (i)-[:AT]->(l:Location)
                RETURN i, l.id AS locationId
                """).bind(List.copyOf(ids)).to("ids")
                .fetchAs(Incident.class).mappedBy((types, record) -> incident(record)).all());
    }

    List<Involvement> castsOf(Collection<String> incidentIds) {
        return List.copyOf(client.query("""
                UNWIND $ids AS key
                MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i:Incident {id: key})
                RETURN i.id AS incidentId, p.id AS personId, r.role AS role
                """).bind(List.copyOf(incidentIds)).to("ids")
                .fetchAs(Involvement.class).mappedBy((types, record) -> involvement(record)).all());
    }

    private static Involvement involvement(Record record) {
        return new Involvement(record.get("incidentId").asString(), record.get("personId").asString(),
                enumeration(record.get("role"), Role.class));
    }

    private static Incident incident(Record record) {
        var i = record.get("i");
        return new Incident(i.get("id").asString(), dateTime(i.get("occurredAt")),
                enumeration(i.get("type"), IncidentType.class), enumeration(i.get("severity"), Severity.class),
                enumeration(i.get("weapon"), Weapon.class), text(record.get("locationId")),
                enumeration(i.get("source"), Agency.class), text(i.get("summary")), i.get("restricted").asBoolean(false));
    }

    List<Involvement> allInvolvements() {
        return List.copyOf(client.query("""
                MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i:Incident)
                RETURN i.id AS incidentId, p.id AS personId, r.role AS role
                ORDER BY incidentId, personId, role
                """).fetchAs(Involvement.class).mappedBy((types, record) -> involvement(record)).all());
    }

    List<PersonIncident> incidentsOf(String personId) {
        return List.copyOf(client.query("""
                MATCH (:YoungPerson {id: $id})-[me:INVOLVED_IN]->(i:Incident)
                OPTIONAL MATCH (i)-[:AT]->(l:Location)
                CALL (i) {
                  MATCH (o:YoungPerson)-[r:INVOLVED_IN]->(i) WHERE o.id <> $id
                  RETURN collect({personId: o.id, name: o.name, role: r.role}) AS others
                }
                RETURN i, me.role AS role, l.id AS locationId, l.name AS locationName, others
                ORDER BY i.occurredAt DESC, i.id, role
                """).bind(personId).to("id").fetchAs(PersonIncident.class).mappedBy((types, record) -> {
            var incident = incident(record);
            List<PersonIncident.Participant> others = record.get("others").asList(o -> new PersonIncident.Participant(
                    o.get("personId").asString(), text(o.get("name")), enumeration(o.get("role"), Role.class)));
            return new PersonIncident(incident, enumeration(record.get("role"), Role.class),
                    text(record.get("locationName")), others);
        }).all());
    }

    List<Involved> involving(Collection<String> personIds, LocalDateTime from) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return List.copyOf(client.query("""
                UNWIND $ids AS key
                MATCH (p:YoungPerson {id: key})-[r:INVOLVED_IN]->(i:Incident)
                WHERE i.occurredAt >= $from
                OPTIONAL MATCH (i)-[:AT]->(l:Location)
                RETURN p.id AS personId, p.name AS name, r.role AS role, i, l.id AS locationId, l.name AS locationName
                ORDER BY i.occurredAt DESC, i.id, personId
                """).bind(List.copyOf(personIds)).to("ids").bind(from).to("from")
                .fetchAs(Involved.class).mappedBy((types, record) -> new Involved(record.get("personId").asString(),
                        text(record.get("name")), enumeration(record.get("role"), Role.class), incident(record),
                        text(record.get("locationName")))).all());
    }
}
