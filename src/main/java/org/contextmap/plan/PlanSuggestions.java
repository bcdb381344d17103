package org.contextmap.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NeedToKnow;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.hotspot.HotspotService;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;
import org.contextmap.place.PlaceService;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * People and places to avoid, found in the graph, each with its reason: the associates of peer
 * groups in conflict with the young person's (the risk of retaliation runs along group conflict:
 * Densley, Deuchar and Harding 2020), the suspects of incidents against them, and the hotspots of
 * the last twelve months on or near the way between their home area and their school. They advise:
 * a practitioner decides what goes in the plan. Children are named as the reader's role allows.
 */
@Component
class PlanSuggestions {

    /** How close to the way between home and school a hotspot must be to be suggested. */
    static final int ROUTE_METRES = 400;
    private static final int MOST_PEOPLE = 25;
    private static final int HOTSPOTS_READ = 200;

    private final Neo4jClient client;
    private final PlaceService places;
    private final HotspotService hotspots;
    private final RecordAccess access;

    PlanSuggestions(Neo4jClient client, PlaceService places, HotspotService hotspots, RecordAccess access) {
        this.client = client;
        this.places = places;
        this.hotspots = hotspots;
        this.access = access;
    }

    /** For one young person's plan. */
    List<Suggestion> forPerson(YoungPerson person, LocalDate asOf) {
        RecordAccess.Lens lens = access.lens();
        Map<String, Suggestion> found = new LinkedHashMap<>();
        if (NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.INCIDENTS)) {
            people(lens, found, """
                    MATCH (p:YoungPerson {id: $id})-[:INVOLVED_IN {role: 'VICTIM'}]->(i:Incident)
                          <-[:INVOLVED_IN {role: 'SUSPECT'}]-(other:YoungPerson)
                    WHERE other.id <> $id AND date(i.occurredAt) <= $asOf
                    RETURN other.id AS id, other.name AS name,
                           'Suspect in the ' + toLower(replace(i.type, '_', ' ')) + ' against them on '
                           + toString(date(i.occurredAt)) + ' ({source})' AS reason, i.source AS source
                    ORDER BY i.occurredAt DESC LIMIT 100
                    """, person.id(), asOf);
        }
        if (NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.NETWORK)) {
            people(lens, found, """
                    MATCH (p:YoungPerson {id: $id})-[:ASSOCIATED_WITH]->(own:PeerGroup)
                          -[c:IN_CONFLICT_WITH]-(rival:PeerGroup)<-[b:ASSOCIATED_WITH]-(other:YoungPerson)
                    WHERE other.id <> $id AND NOT (p)-[:ASSOCIATED_WITH]->(rival)
                      AND coalesce(b.since, date('1900-01-01')) <= $asOf
                    RETURN other.id AS id, other.name AS name,
                           'Associated with ' + rival.name + ' ({source}, '
                           + coalesce(toLower(b.confidence), 'confidence not recorded') + '), a group in conflict with '
                           + own.name + ', which they are associated with' AS reason, b.source AS source
                    ORDER BY b.since DESC LIMIT 100
                    """, person.id(), asOf);
        }
        List<Suggestion> suggestions = new ArrayList<>(found.values());
        suggestions.addAll(route(person, asOf));
        return suggestions;
    }

    /** For a peer group's plan: the associates of the groups it is in conflict with. */
    List<Suggestion> forGroup(String groupId, LocalDate asOf) {
        RecordAccess.Lens lens = access.lens();
        Map<String, Suggestion> found = new LinkedHashMap<>();
        people(lens, found, """
                MATCH (g:PeerGroup {id: $id})-[:IN_CONFLICT_WITH]-(rival:PeerGroup)<-[b:ASSOCIATED_WITH]-(other:YoungPerson)
                WHERE NOT (other)-[:ASSOCIATED_WITH]->(g) AND coalesce(b.since, date('1900-01-01')) <= $asOf
                RETURN other.id AS id, other.name AS name,
                       'Associated with ' + rival.name + ' ({source}, '
                       + coalesce(toLower(b.confidence), 'confidence not recorded') + '), a group in conflict with '
                       + g.name AS reason, b.source AS source
                ORDER BY b.since DESC LIMIT 100
                """, groupId, asOf);
        return List.copyOf(found.values());
    }

    /** For a place's plan: the suspects of incidents there in the twelve months before. */
    List<Suggestion> forPlace(String locationId, LocalDate asOf) {
        RecordAccess.Lens lens = access.lens();
        Map<String, Suggestion> found = new LinkedHashMap<>();
        if (NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.INCIDENTS)) {
            people(lens, found, """
                    MATCH (l:Location {id: $id})<-[:AT]-(i:Incident)<-[:INVOLVED_IN {role: 'SUSPECT'}]-(other:YoungPerson)
                    WHERE date(i.occurredAt) <= $asOf AND date(i.occurredAt) > $asOf - duration({months: 12})
                    RETURN other.id AS id, other.name AS name,
                           'Suspect in the ' + toLower(replace(i.type, '_', ' ')) + ' here on '
                           + toString(date(i.occurredAt)) + ' ({source})' AS reason, i.source AS source
                    ORDER BY i.occurredAt DESC LIMIT 100
                    """, locationId, asOf);
        }
        return List.copyOf(found.values());
    }

    void people(RecordAccess.Lens lens, Map<String, Suggestion> found, String cypher, String id, LocalDate asOf) {
        client.query(cypher).bindAll(Map.of("id", id, "asOf", asOf)).fetch().all().forEach(row -> {
            String other = (String) row.get("id");
            if (found.size() < MOST_PEOPLE && !found.containsKey(other)) {
                found.put(other, new Suggestion("PERSON", lens.shownId(other),
                        lens.name(other, (String) row.get("name")), String.valueOf(row.get("reason"))
                        .replace("{source}", source((String) row.get("source")))));
            }
        });
    }

    /**
     * The hotspots of the last twelve months within {@link #ROUTE_METRES} of the straight way between
     * the young person's home area and their school (a route is not recorded; the straight line is
     * the honest approximation, and the reason says so by giving the distance).
     */
    private List<Suggestion> route(YoungPerson person, LocalDate asOf) {
        if (person.homeArea() == null || person.schoolId() == null
                || !NeedToKnow.sees(access.lens().viewer(), NeedToKnow.Fact.PLACES)) {
            return List.of();
        }
        Map<String, Location> ends = new LinkedHashMap<>();
        places.byIds(List.of(person.homeArea(), person.schoolId())).forEach(l -> ends.put(l.id(), l));
        Location home = ends.get(person.homeArea());
        Location school = ends.get(person.schoolId());
        if (home == null || school == null || home.latitude() == null || school.latitude() == null) {
            return List.of();
        }
        List<HotspotReports.Hotspot> ranked;
        try {
            ranked = hotspots.ranked(asOf.minusDays(364), asOf, HOTSPOTS_READ);
        } catch (ForbiddenException notForThisRole) {
            return List.of();
        }
        List<Suggestion> near = new ArrayList<>();
        for (HotspotReports.Hotspot hotspot : ranked) {
            HotspotReports.PlaceRef place = hotspot.place();
            if (place.latitude() == null || place.longitude() == null) {
                continue;
            }
            double metres = Route.metresFromSegment(place.latitude(), place.longitude(), home.latitude(),
                    home.longitude(), school.latitude(), school.longitude());
            if (metres <= ROUTE_METRES) {
                near.add(new Suggestion("PLACE", place.id(), place.name(), "Hotspot " + where(metres)
                        + " the way between home (" + home.name() + ") and school (" + school.name() + "): "
                        + hotspot.incidentCount() + (hotspot.incidentCount() == 1 ? " incident" : " incidents")
                        + " in the last 12 months, " + hotspot.trendLabel().toLowerCase(java.util.Locale.UK)));
            }
        }
        return near;
    }

    private static String source(String code) {
        if (code == null) {
            return "source not recorded";
        }
        try {
            return Agency.valueOf(code).label();
        } catch (IllegalArgumentException other) {
            return code;
        }
    }

    private static String where(double metres) {
        return metres < 50 ? "on" : Math.round(metres / 10.0) * 10 + " m from";
    }
}
