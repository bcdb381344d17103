package org.contextmap.place;

import static org.contextmap.database.RecordValues.code;
import static org.contextmap.database.RecordValues.decimal;
import static org.contextmap.database.RecordValues.enumeration;
import static org.contextmap.database.RecordValues.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contextmap.database.BatchWriter;
import org.contextmap.database.WriteCounts;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Locations, in Cypher. */
@Repository
class PlaceRepository {

    private final Neo4jClient client;
    private final BatchWriter writer;

    PlaceRepository(Neo4jClient client, BatchWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    WriteCounts upsert(List<Location> locations) {
        return writer.write(locations, l -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", l.id());
            row.put("name", l.name());
            row.put("type", code(l.type()));
            row.put("latitude", l.latitude());
            row.put("longitude", l.longitude());
            return row;
        }, """
                UNWIND $rows AS row
                MERGE (l:Location {id: row.id})
                  ON CREATE SET l.recordedAt = $now, l.importId = $importId
                SET l.name = row.name, l.type = row.type, l.latitude = row.latitude, l.longitude = row.longitude
                """);
    }

    Map<String, LocationType> types(Collection<String> ids) {
        Map<String, LocationType> types = new HashMap<>();
        if (ids.isEmpty()) {
            return types;
        }
        client.query("MATCH (l:Location) WHERE l.id IN $ids RETURN l.id AS id, l.type AS type")
                .bind(List.copyOf(ids)).to("ids").fetch().all()
                .forEach(row -> types.put((String) row.get("id"), row.get("type") == null ? null
                        : LocationType.valueOf((String) row.get("type"))));
        return types;
    }

    List<Location> all() {
        return List.copyOf(client.query("MATCH (l:Location) RETURN l ORDER BY l.id")
                .fetchAs(Location.class).mappedBy((types, record) -> location(record)).all());
    }

    private static Location location(Record record) {
        var l = record.get("l");
        return new Location(l.get("id").asString(), text(l.get("name")), enumeration(l.get("type"), LocationType.class),
                decimal(l.get("latitude")), decimal(l.get("longitude")));
    }

    Optional<Location> find(String id) {
        return client.query("MATCH (l:Location {id: $id}) RETURN l").bind(id).to("id")
                .fetchAs(Location.class).mappedBy((types, record) -> location(record)).one();
    }

    List<Location> byIds(Collection<String> ids) {
        return List.copyOf(client.query("UNWIND $ids AS key MATCH (l:Location {id: key}) RETURN l")
                .bind(List.copyOf(ids)).to("ids")
                .fetchAs(Location.class).mappedBy((types, record) -> location(record)).all());
    }

    Map<String, SchoolUse> schoolUse(Collection<String> ids) {
        Map<String, SchoolUse> uses = new HashMap<>();
        client.query("""
                UNWIND $ids AS key
                MATCH (l:Location {id: key})
                RETURN l.id AS id,
                       COLLECT { MATCH (p:YoungPerson)-[:ATTENDS]->(l) RETURN p.id } AS pupils,
                       COUNT { (:EducationEvent)-[:AT]->(l) } AS events
                """).bind(List.copyOf(ids)).to("ids").fetch().all().forEach(row -> uses.put((String) row.get("id"),
                new SchoolUse(Set.copyOf(castStrings(row.get("pupils"))), (Long) row.get("events"))));
        return uses;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> castStrings(Object value) {
        return (Collection<String>) value;
    }
}
