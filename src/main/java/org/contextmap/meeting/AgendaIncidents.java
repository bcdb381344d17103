package org.contextmap.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NeedToKnow.Fact;
import org.contextmap.base.NeedToKnow.Reach;
import org.contextmap.person.RecordAccess;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The serious incidents of a period in an area (within {@link #AREA_METRES} of its centre): serious
 * or worse, or with a knife, bladed article or firearm; each with the young people involved (victims
 * labelled as victims) and the detail the reader may read (police detail for the police only).
 */
@Component
class AgendaIncidents {

    /** How far from a home area's centre its incidents and hotspots are counted. */
    static final int AREA_METRES = 1_500;
    private static final int MOST = 30;

    private final Neo4jClient client;

    AgendaIncidents(Neo4jClient client) {
        this.client = client;
    }

    List<Agenda.IncidentLine> serious(MeetingArea area, LocalDate from, LocalDate to, RecordAccess.Lens lens,
            Names names) {
        Reach reach = NeedToKnow.reach(lens.viewer(), Fact.INCIDENTS);
        if (reach == Reach.NONE) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("lat", area.latitude());
        parameters.put("lon", area.longitude());
        parameters.put("metres", AREA_METRES);
        List<Agenda.IncidentLine> lines = new ArrayList<>();
        client.query("""
                MATCH (i:Incident)-[:AT]->(l:Location)
                WHERE date(i.occurredAt) >= $from AND date(i.occurredAt) <= $to
                  AND (i.severity IN ['SERIOUS', 'LIFE_THREATENING', 'FATAL']
                       OR i.weapon IN ['KNIFE', 'BLADED_ARTICLE', 'FIREARM'])
                  AND ($lat IS NULL OR point.distance(point({latitude: l.latitude, longitude: l.longitude}),
                                                      point({latitude: $lat, longitude: $lon})) <= $metres)
                OPTIONAL MATCH (p:YoungPerson)-[r:INVOLVED_IN]->(i)
                WITH i, l, collect({id: p.id, name: p.name, role: r.role}) AS parties
                RETURN i.id AS id, i.occurredAt AS at, i.type AS type, i.severity AS severity, i.source AS source,
                       i.summary AS summary, coalesce(i.restricted, false) AS restricted, l.name AS place, parties
                ORDER BY i.occurredAt DESC
                """).bindAll(parameters).fetch().all().forEach(row -> {
            if (lines.size() >= MOST) {
                return;
            }
            List<String> people = new ArrayList<>();
            Map<String, String> named = new HashMap<>();
            boolean own = false;
            for (Object party : (List<?>) row.get("parties")) {
                Map<?, ?> p = (Map<?, ?>) party;
                if (p.get("id") == null) {
                    continue;
                }
                String id = (String) p.get("id");
                named.put(id, (String) p.get("name"));
                own |= lens.opens(id);
                String role = String.valueOf(p.get("role")).toLowerCase(Locale.UK);
                people.add(names.of(id, (String) p.get("name")) + " (" + role + ")");
            }
            if (reach == Reach.OWN && !own) {
                return; // a role that sees its own children's incidents only
            }
            LocalDate day = row.get("at") instanceof LocalDateTime at ? at.toLocalDate() : from;
            String what = words(row.get("type")) + " (" + words(row.get("severity")) + ")";
            lines.add(new Agenda.IncidentLine((String) row.get("id"), day, what, (String) row.get("place"), people,
                    names.scrubber(named).scrub(NeedToKnow.detail(lens.viewer(), (String) row.get("source"),
                            Boolean.TRUE.equals(row.get("restricted")), (String) row.get("summary")))));
        });
        return lines;
    }

    private static String words(Object code) {
        if (code == null) {
            return "not recorded";
        }
        String text = code.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
