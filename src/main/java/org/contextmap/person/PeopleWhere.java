package org.contextmap.person;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Where young people live and go to school, for lists filtered by place: the home areas and
 * schools that have young people (with their names, so that a screen offers names, not ids), and
 * the ids of the young people in one of them. A home area is the id of a {@code HOME_AREA}
 * location where one is recorded, else the words a bundle gave.
 */
@Repository
class PeopleWhere {

    private final Neo4jClient client;

    PeopleWhere(Neo4jClient client) {
        this.client = client;
    }

    List<PersonService.Place> homeAreas() {
        return List.copyOf(client.query("""
                MATCH (p:YoungPerson) WHERE p.homeArea IS NOT NULL AND p.homeArea <> ''
                WITH p.homeArea AS area, count(p) AS people
                OPTIONAL MATCH (h:Location {id: area})
                RETURN area AS id, coalesce(h.name, area) AS name, people
                ORDER BY name, id
                """).fetchAs(PersonService.Place.class).mappedBy((types, r) -> new PersonService.Place(
                r.get("id").asString(), r.get("name").asString(), r.get("people").asInt())).all());
    }

    List<PersonService.Place> schools() {
        return List.copyOf(client.query("""
                MATCH (:YoungPerson)-[:ATTENDS]->(s:Location)
                WITH s, count(*) AS people
                RETURN s.id AS id, coalesce(s.name, s.id) AS name, people
                ORDER BY name, id
                """).fetchAs(PersonService.Place.class).mappedBy((types, r) -> new PersonService.Place(
                r.get("id").asString(), r.get("name").asString(), r.get("people").asInt())).all());
    }

    Set<String> idsWhere(String homeArea, String schoolId) {
        return client.query("""
                MATCH (p:YoungPerson)
                WHERE ($area IS NULL OR p.homeArea = $area)
                  AND ($school IS NULL OR EXISTS { (p)-[:ATTENDS]->(:Location {id: $school}) })
                RETURN p.id AS id
                """).bind(homeArea).to("area").bind(schoolId).to("school")
                .fetchAs(String.class).all().stream().collect(Collectors.toSet());
    }
}
