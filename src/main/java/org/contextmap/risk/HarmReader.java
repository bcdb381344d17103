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
import org.contextmap.risk.model.HarmHistory;
import org.springframework.stereotype.Component;

/**
 * Reads the incidents and their victims and suspects for the retaliation-risk model: all of them
 * in two streaming scans, or only those an import wrote.
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

    private final GraphReader reader;

    HarmReader(GraphReader reader) {
        this.reader = reader;
    }

    /** Every incident with its victims and suspects. */
    List<HarmHistory.Incident> all() {
        List<Row> rows = new ArrayList<>();
        Map<String, Row> byId = new HashMap<>();
        reader.read(reading -> {
            reading.stream(INCIDENTS, Map.of(), row -> {
                Row incident = new Row(row);
                rows.add(incident);
                byId.put(incident.id, incident);
            });
            reading.stream(PARTIES, Map.of(), row -> {
                Row incident = byId.get(row.text("incident"));
                if (incident != null) {
                    incident.party(row.text("person"), row.code("role", Role.class));
                }
            });
        });
        return rows.stream().map(Row::incident).toList();
    }

    /** These incidents, each with all its victims and suspects; ids not found are left out. */
    List<HarmHistory.Incident> byIds(Collection<String> incidentIds) {
        Map<String, Row> byId = new HashMap<>();
        reader.read(reading -> reading.stream(INCIDENTS_BY_ID, Map.of("incidents", List.copyOf(incidentIds)),
                row -> byId.computeIfAbsent(row.text("id"), id -> new Row(row))
                        .party(row.text("person"), row.code("role", Role.class))));
        return byId.values().stream().map(Row::incident).toList();
    }

    /** An incident being read. */
    private static final class Row {
        final String id;
        final LocalDate day;
        final IncidentType type;
        final Severity severity;
        final Weapon weapon;
        final Agency source;
        final List<String> victims = new ArrayList<>(2);
        final List<String> suspects = new ArrayList<>(2);

        Row(GraphReader.Row row) {
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

        HarmHistory.Incident incident() {
            return new HarmHistory.Incident(id, day, type, severity, weapon, source, victims.toArray(String[]::new),
                    suspects.toArray(String[]::new));
        }
    }
}
