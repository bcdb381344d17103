package org.contextmap.rights;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.Labelled;
import org.contextmap.base.NeedToKnow;
import org.contextmap.group.Association;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.incident.PersonIncident;
import org.contextmap.person.Acquaintance;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordAccess;
import org.springframework.stereotype.Service;

/**
 * The facts of a young person's record that someone may dispute or withdraw, in plain words, so
 * that a person picks "Friend of Jordan K. (Police, probable)" or "Victim: Assault on 3 May 2026
 * (Police)" rather than typing an id. Cut to what the reader may see, as the record is: ties and
 * associations for those who see the network, incidents for those who see incidents, another child
 * named by pseudonym where the reader sees only pseudonyms. The fact each one names keeps the real ids, which never leave the server.
 */
@Service
public class RecordedFacts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PersonService people;
    private final GroupService groups;
    private final IncidentService incidents;
    private final RecordAccess access;

    RecordedFacts(PersonService people, GroupService groups, IncidentService incidents, RecordAccess access) {
        this.people = people;
        this.groups = groups;
        this.incidents = incidents;
        this.access = access;
    }

    /** Ties first, then associations, then incidents, as the record lists them. */
    public List<RecordedFact> of(String personId) {
        RecordAccess.Lens lens = access.requireOpen(personId);
        List<RecordedFact> facts = new ArrayList<>();
        if (NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.NETWORK)) {
            for (Acquaintance tie : people.relationshipsOf(personId)) {
                facts.add(new RecordedFact(FactKind.RELATIONSHIP, tie.personId() + "|" + tie.kind().name(),
                        tie.kind().label() + " of " + lens.name(tie.personId(), tie.name()) + " ("
                                + tie.provenance().describe() + ")", tie.provenance().source(),
                        new RectificationRequest.Fact("RELATIONSHIP", null, tie.personId(), tie.kind().name(), null,
                                null)));
            }
            for (Association a : groups.associationsOf(personId)) {
                facts.add(new RecordedFact(FactKind.ASSOCIATION, a.groupId(), "Associated with " + a.groupName()
                        + " (" + a.provenance().describe() + ")", a.provenance().source(),
                        new RectificationRequest.Fact("ASSOCIATION", null, null, null, a.groupId(), null)));
            }
        }
        if (NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.INCIDENTS)) {
            for (PersonIncident pi : incidents.incidentsOf(personId)) {
                var i = pi.incident();
                facts.add(new RecordedFact(FactKind.INVOLVEMENT, i.id(), pi.role().label() + ": "
                        + Labelled.of(i.type(), "Incident") + " on "
                        + (i.occurredAt() == null ? "a day not recorded" : DAY.format(i.occurredAt())) + " ("
                        + Labelled.of(i.source(), "source not recorded") + ")", i.source(),
                        new RectificationRequest.Fact("INVOLVEMENT", null, null, null, null, i.id())));
            }
        }
        return facts;
    }
}
