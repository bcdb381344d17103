package org.contextmap.explorer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.contextmap.base.Labelled;
import org.contextmap.base.NeedToKnow;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupService;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentService;
import org.contextmap.incident.Involved;
import org.contextmap.incident.Weapon;
import org.contextmap.person.RecordAccess;
import org.contextmap.place.LinkedPlace;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Service;

/**
 * What a peer group's associates were involved in and where they spend time: the incidents any
 * of them were involved in over the last months, each with every associate's part in it (a victim
 * is labelled a victim), and the places linked to them — home areas, schools, places of those
 * incidents. Cut to the reader's need to know, as the services of each feature are: incidents only
 * for roles that see incidents, and for a role that reaches only its own children, the incidents
 * of those children; each child named as the reader may see them (a pseudonym otherwise), linked
 * only when the reader may open their record; places only for roles that see place risk.
 */
@Service
public class GroupActivity {

    /** At most so many incidents and places are listed: the page is read, not scrolled for ever. */
    public static final int MAX_INCIDENTS = 200;
    public static final int MAX_PLACES = 30;

    /**
     * @param from           the first day counted
     * @param incidents      newest first; {@code null} when the reader's role does not see incidents
     * @param incidentsNote  a sentence on what is left out, or {@code null}
     * @param places         most associates first; {@code null} when the reader's role does not see places
     */
    public record Report(String groupId, LocalDate from, int associates, List<IncidentRow> incidents,
            String incidentsNote, List<LinkedPlace> places, String placesNote) {
    }

    /** An incident with the group's associates in it: its kind and place in words, and each one's part. */
    public record IncidentRow(String incidentId, LocalDate date, String kind, String placeId, String placeName,
            List<Part> parts) {
    }

    /**
     * One associate's part in an incident.
     *
     * @param personId the id to link to their record, or {@code null} when the reader may not open it
     * @param name     their name as the reader may see it
     * @param role     "Victim", "Suspect", "Witness" or "Present"
     */
    public record Part(String personId, String name, String role) {
    }

    private final GroupService groups;
    private final IncidentService incidents;
    private final PlaceService places;
    private final RecordAccess access;

    GroupActivity(GroupService groups, IncidentService incidents, PlaceService places, RecordAccess access) {
        this.groups = groups;
        this.incidents = incidents;
        this.places = places;
        this.access = access;
    }

    /** The group's associates' incidents and places over the last {@code months} months. */
    public Report of(String groupId, int months) {
        RecordAccess.Lens lens = access.lens();
        NeedToKnow.require(lens.viewer(), NeedToKnow.Fact.NETWORK, "peer-group associations");
        LocalDate from = LocalDate.now().minusMonths(months);
        List<String> associates = groups.associationsWith(groupId).stream().map(GroupAssociation::personId)
                .distinct().toList();
        List<IncidentRow> rows = null;
        String note = null;
        NeedToKnow.Reach reach = NeedToKnow.reach(lens.viewer(), NeedToKnow.Fact.INCIDENTS);
        if (reach == NeedToKnow.Reach.NONE) {
            note = "Your role does not give access to incidents (see docs/access.md).";
        } else {
            List<Involved> involved = incidents.involving(associates, from);
            if (reach == NeedToKnow.Reach.OWN) {
                int before = involved.size();
                involved = involved.stream().filter(i -> lens.opens(i.personId())).toList();
                note = before == involved.size() ? null
                        : "Only the incidents of the young people your role works with are listed.";
            }
            rows = rows(involved, lens);
            if (rows.size() > MAX_INCIDENTS) {
                note = "The latest " + MAX_INCIDENTS + " of " + rows.size() + " incidents are listed.";
                rows = rows.subList(0, MAX_INCIDENTS);
            }
        }
        boolean seesPlaces = NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.PLACES);
        return new Report(groupId, from, associates.size(), rows, note,
                seesPlaces ? places.linkedTo(associates, from, MAX_PLACES) : null,
                seesPlaces ? null : "Your role does not give access to place risk (see docs/access.md).");
    }

    private static List<IncidentRow> rows(List<Involved> involved, RecordAccess.Lens lens) {
        Map<String, List<Involved>> byIncident = new LinkedHashMap<>();
        involved.forEach(i -> byIncident.computeIfAbsent(i.incident().id(), k -> new ArrayList<>()).add(i));
        List<IncidentRow> rows = new ArrayList<>();
        byIncident.forEach((id, cast) -> {
            Incident incident = cast.getFirst().incident();
            List<Part> parts = cast.stream().map(i -> new Part(lens.opens(i.personId()) ? lens.id(i.personId()) : null,
                    lens.name(i.personId(), i.name()), Labelled.of(i.role(), "Involved"))).toList();
            rows.add(new IncidentRow(id, incident.occurredAt() == null ? null : incident.occurredAt().toLocalDate(),
                    kind(incident), incident.locationId(), cast.getFirst().locationName(), parts));
        });
        return rows;
    }

    /** "Stabbing (life-threatening, knife)". */
    static String kind(Incident incident) {
        List<String> details = new ArrayList<>();
        if (incident.severity() != null) {
            details.add(incident.severity().label().toLowerCase(Locale.UK));
        }
        if (incident.weapon() != null && incident.weapon() != Weapon.NONE) {
            details.add(incident.weapon().label().toLowerCase(Locale.UK));
        }
        String label = Labelled.of(incident.type(), "Incident");
        return details.isEmpty() ? label : label + " (" + String.join(", ", details) + ")";
    }
}
