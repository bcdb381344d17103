package org.contextmap.place;

import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.text;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The places a set of young people are linked to — home area, school, the places of incidents
 * they were involved in — counted per place, in one query: kept apart from the reads of places
 * themselves because it walks from the people.
 */
@Repository
class PeoplesPlaces {

    private final Neo4jClient client;

    PeoplesPlaces(Neo4jClient client) {
        this.client = client;
    }

    List<LinkedPlace> linkedTo(Collection<String> personIds, LocalDateTime incidentsFrom, int limit) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return List.copyOf(client.query("""
                UNWIND $ids AS key
                MATCH (p:YoungPerson {id: key})
                CALL (p) {
                  MATCH (l:Location {id: p.homeArea}) RETURN l, 'home' AS how, null AS incident
                  UNION
                  MATCH (p)-[:ATTENDS]->(l:Location) RETURN l, 'school' AS how, null AS incident
                  UNION
                  MATCH (p)-[:INVOLVED_IN]->(i:Incident)-[:AT]->(l:Location)
                  WHERE i.occurredAt >= $from
                  RETURN l, 'incident' AS how, i.id AS incident
                }
                WITH l, how, key, incident
                WITH l, count(DISTINCT CASE how WHEN 'home' THEN key END) AS living,
                     count(DISTINCT CASE how WHEN 'school' THEN key END) AS attending,
                     count(DISTINCT incident) AS incidents, count(DISTINCT key) AS people
                RETURN l.id AS id, coalesce(l.name, l.id) AS name, l.type AS type, living, attending, incidents, people
                ORDER BY people DESC, incidents DESC, name, id
                LIMIT $limit
                """).bind(List.copyOf(personIds)).to("ids").bind(incidentsFrom).to("from").bind(limit).to("limit")
                .fetchAs(LinkedPlace.class).mappedBy((types, r) -> new LinkedPlace(r.get("id").asString(),
                        text(r.get("name")), enumeration(r.get("type"), LocationType.class), r.get("living").asInt(),
                        r.get("attending").asInt(), r.get("incidents").asInt(), r.get("people").asInt())).all());
    }

    /** Per young person, the places of incidents they were involved in in the period, among the busiest places. */
    List<IncidentPlace> incidentPlaces(Collection<String> personIds, LocalDateTime from, LocalDateTime to, int places) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return List.copyOf(client.query("""
                UNWIND $ids AS key
                MATCH (p:YoungPerson {id: key})-[r:INVOLVED_IN]->(i:Incident)-[:AT]->(l:Location)
                WHERE i.occurredAt >= $from AND i.occurredAt < $to
                WITH l, key, count(DISTINCT i) AS incidents, max(CASE r.role WHEN 'VICTIM' THEN 1 ELSE 0 END) AS harmed
                WITH l, collect({key: key, incidents: incidents, harmed: harmed}) AS people, sum(incidents) AS total
                ORDER BY size(people) DESC, total DESC, l.id
                LIMIT $places
                UNWIND people AS person
                RETURN person.key AS personId, l.id AS id, coalesce(l.name, l.id) AS name, l.type AS type,
                       person.incidents AS incidents, person.harmed = 1 AS harmed
                ORDER BY id, personId
                """).bind(List.copyOf(personIds)).to("ids").bind(from).to("from").bind(to).to("to")
                .bind(places).to("places")
                .fetchAs(IncidentPlace.class).mappedBy((types, r) -> new IncidentPlace(r.get("personId").asString(),
                        r.get("id").asString(), text(r.get("name")), enumeration(r.get("type"), LocationType.class),
                        r.get("incidents").asInt(), r.get("harmed").asBoolean())).all());
    }
}
