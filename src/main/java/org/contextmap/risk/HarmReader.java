package org.contextmap.risk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.database.GraphReader;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.risk.model.HarmfulIncident;
import org.springframework.stereotype.Component;

/**
 * Reads the incidents and their victims and suspects for the retaliation-risk model: all of them
 * in two streaming scans, or only those an import wrote.
 *
 * <p>It reads the {@code incident} feature's nodes and the young people involved directly,
 * because the model needs every harmful incident of the city at one moment, once per data
 * version, as a few streaming rows; the labels and properties are those declared in
 * {@code schema}.
 */
@Component
class HarmReader {

    private static final String INCIDENTS = """
            MATCH (i:Incident)
            RETURN i.id AS id, i.occurredAt AS at, i.type AS type, i.severity AS severity, i.weapon AS weapon,
                   i.source AS source
            """;
    private static final String PARTIES = """
            MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i:Incident) WHERE r.role IN ['VICTIM', 'SUSPECT']
            RETURN i.id AS incident, p.id AS person, r.role AS role
            """;
    private static final String INCIDENTS_BY_ID = """
            MATCH (i:Incident) WHERE i.id IN $incidents
            OPTIONAL MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i)
            RETURN i.id AS id, i.occurredAt AS at, i.type AS type, i.severity AS severity, i.weapon AS weapon,
                   i.source AS source, p.id AS person, r.role AS role
            """;

    private static final String PLACES = """
            MATCH (i:Incident)-[:AT]->(l:Location) WHERE i.id IN $incidents
            RETURN i.id AS incident, l.name AS place
            """;

    private final GraphReader reader;

    HarmReader(GraphReader reader) {
        this.reader = reader;
    }

    /** Every incident with its victims and suspects. */
    List<HarmfulIncident> all() {
        List<Draft> drafts = new ArrayList<>();
        Map<String, Draft> byId = new HashMap<>();
        reader.read(reading -> {
            reading.stream(INCIDENTS, Map.of(), row -> {
                Draft draft = new Draft(row);
                drafts.add(draft);
                byId.put(draft.id, draft);
            });
            reading.stream(PARTIES, Map.of(), row -> {
                Draft draft = byId.get(row.text("incident"));
                if (draft != null) {
                    draft.party(row.text("person"), row.code("role", Role.class));
                }
            });
        });
        return drafts.stream().map(Draft::incident).toList();
    }

    /** These incidents, each with all its victims and suspects; ids not found are left out. */
    List<HarmfulIncident> byIds(Collection<String> incidentIds) {
        Map<String, Draft> byId = new HashMap<>();
        reader.read(reading -> reading.stream(INCIDENTS_BY_ID, Map.of("incidents", List.copyOf(incidentIds)),
                row -> byId.computeIfAbsent(row.text("id"), id -> new Draft(row))
                        .party(row.text("person"), row.code("role", Role.class))));
        return byId.values().stream().map(Draft::incident).toList();
    }

    /** Where these incidents happened, by incident id: the place's name; incidents with no place are left out. */
    Map<String, String> places(Collection<String> incidentIds) {
        Map<String, String> places = new HashMap<>();
        reader.read(reading -> reading.stream(PLACES, Map.of("incidents", List.copyOf(incidentIds)), row -> {
            String place = row.text("place");
            if (place != null && !place.isBlank()) {
                places.putIfAbsent(row.text("incident"), place);
            }
        }));
        return places;
    }

    /** An incident being read: its own fields, then its victims and suspects as their rows arrive. */
    private static final class Draft {
        final String id;
        final LocalDate day;
        final IncidentType type;
        final Severity severity;
        final Weapon weapon;
        final Agency source;
        final List<String> victims = new ArrayList<>(2);
        final List<String> suspects = new ArrayList<>(2);

        Draft(GraphReader.Row row) {
            id = row.text("id");
            day = row.get("at") instanceof LocalDateTime at ? at.toLocalDate() : row.date("at");
            type = row.code("type", IncidentType.class);
            severity = row.code("severity", Severity.class);
            weapon = row.code("weapon", Weapon.class);
            source = row.code("source", Agency.class);
        }

        void party(String person, Role role) {
            if (role == Role.VICTIM) {
                victims.add(person);
            } else if (role == Role.SUSPECT) {
                suspects.add(person);
            }
        }

        HarmfulIncident incident() {
            return new HarmfulIncident(id, day, type, severity, weapon, source, victims.toArray(String[]::new),
                    suspects.toArray(String[]::new));
        }
    }
}
