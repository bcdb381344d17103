package org.contextmap.hotspot;

import java.time.LocalDateTime;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.database.GraphReader;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.place.LocationType;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link HarmMap} in one read transaction of a few streaming queries.
 *
 * <p>It reads other features' nodes directly: places ({@code place}), incidents and who was
 * involved ({@code incident}), and young people's names, home areas and schools ({@code person}).
 * A direct read is right here because the map is the whole city's harm at one moment, read once
 * per data version and answered from memory; the labels and properties are those declared in
 * {@code schema}.
 */
@Component
class HarmMapReader {

    private static final String PLACES = """
            MATCH (l:Location) RETURN l.id AS id, l.name AS name, l.type AS type, l.latitude AS latitude,
                   l.longitude AS longitude
            """;
    private static final String INCIDENTS = """
            MATCH (i:Incident) OPTIONAL MATCH (i)-[:AT]->(l:Location)
            RETURN i.id AS id, i.occurredAt AS at, i.type AS type, i.severity AS severity, i.weapon AS weapon,
                   l.id AS place, i.source AS source, i.summary AS summary
            """;
    private static final String PARTIES = """
            MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i:Incident) RETURN i.id AS incident, p.id AS person, r.role AS role
            """;
    private static final String PEOPLE = """
            MATCH (p:YoungPerson) OPTIONAL MATCH (p)-[:ATTENDS]->(s:Location)
            RETURN p.id AS id, p.name AS name, p.homeArea AS home, s.id AS school
            """;
    private static final String GROUPS = "MATCH (g:PeerGroup) RETURN g.id AS id, g.name AS name";
    private static final String ASSOCIATIONS = """
            MATCH (p:YoungPerson)-[r:ASSOCIATED_WITH]->(g:PeerGroup) RETURN p.id AS person, g.id AS group, r.since AS since
            """;

    private final GraphReader reader;

    HarmMapReader(GraphReader reader) {
        this.reader = reader;
    }

    HarmMap read(HotspotSettings settings) {
        HarmMap.Builder map = HarmMap.builder(settings.harm());
        reader.read(reading -> {
            reading.stream(PLACES, Map.of(), row -> map.place(row.text("id"), row.text("name"),
                    row.code("type", LocationType.class), number(row.get("latitude")), number(row.get("longitude"))));
            reading.stream(INCIDENTS, Map.of(), row -> map.incident(row.text("id"),
                    row.get("at") instanceof LocalDateTime at ? at.toLocalDate() : row.date("at"),
                    row.code("type", IncidentType.class), row.code("severity", Severity.class),
                    row.code("weapon", Weapon.class), row.text("place"), row.code("source", Agency.class),
                    row.text("summary")));
            reading.stream(PARTIES, Map.of(),
                    row -> map.party(row.text("incident"), row.text("person"), row.code("role", Role.class)));
            reading.stream(PEOPLE, Map.of(),
                    row -> map.person(row.text("id"), row.text("name"), row.text("home"), row.text("school")));
            reading.stream(GROUPS, Map.of(), row -> map.group(row.text("id"), row.text("name")));
            reading.stream(ASSOCIATIONS, Map.of(),
                    row -> map.association(row.text("person"), row.text("group"), row.date("since")));
        });
        return map.build();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
