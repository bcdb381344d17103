package org.contextmap.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.contextmap.base.NeedToKnow;
import org.contextmap.casework.CaseworkService;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.place.PlaceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assembles a young person's whole record from the features that hold its parts, cut to what the
 * reader's role may see ({@link RecordAccess}), and makes every read of it known to the audit trail.
 */
@Service
public class ProfileService {

    private final PersonService people;
    private final GroupService groups;
    private final PlaceService places;
    private final IncidentService incidents;
    private final CaseworkService casework;
    private final RecordViews views;
    private final TransactionTemplate readOnly;
    private final ObjectProvider<ProfileAlerts> alerts;
    private final ObjectProvider<ProfileRectifications> rectifications;
    private final RecordAccess access;

    ProfileService(PersonService people, GroupService groups, PlaceService places, IncidentService incidents,
            CaseworkService casework, RecordViews views, PlatformTransactionManager transactions,
            ObjectProvider<ProfileAlerts> alerts, ObjectProvider<ProfileRectifications> rectifications,
            RecordAccess access) {
        this.alerts = alerts;
        this.rectifications = rectifications;
        this.access = access;
        this.people = people;
        this.groups = groups;
        this.places = places;
        this.incidents = incidents;
        this.casework = casework;
        this.views = views;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The record of {@code personId}, read by {@code viewer} through {@code channel}; the read is
     * audited. The parts are read in one transaction, so they agree with each other; the audit
     * entry is written after it.
     */
    public Optional<PersonProfile> profile(String personId, String viewer, String channel) {
        RecordViews.permitted(); // a read through the API that does not say why is refused before any work
        Optional<PersonProfile> profile = record(personId);
        profile.ifPresent(found -> views.viewed(personId, "profile"));
        return profile;
    }

    /**
     * The record of {@code personId} without announcing the read: for a feature that audits its own
     * use of the record under another action (the subject-access export). Everything else reads
     * through {@link #profile}. Need to know holds here too: the reader must be able to open the
     * record, and sees it cut to their role.
     */
    public Optional<PersonProfile> record(String personId) {
        if (people.find(personId).isEmpty()) {
            return Optional.empty();
        }
        RecordAccess.Lens lens = access.requireOpen(personId);
        ProfileRectifications rectified = rectifications.getIfAvailable();
        List<ProfileRectification> raised = rectified == null ? List.of() : rectified.rectificationsOf(personId);
        return readOnly.execute(status -> read(personId, raised)).map(found -> {
            ProfileAlerts source = alerts.getIfAvailable();
            return source == null || !NeedToKnow.sees(lens.viewer(), NeedToKnow.Fact.ALERTS) ? found
                    : withAlerts(found, source.alertsFor(personId));
        }).map(found -> ProfileDisclosure.of(found, lens));
    }

    private static PersonProfile withAlerts(PersonProfile p, List<ProfileAlert> raised) {
        return new PersonProfile(p.person(), p.age(), p.homeArea(), p.school(), p.family(), p.associations(),
                p.relationships(), p.incidents(), p.educationEvents(), p.referrals(), p.meetings(), p.chronology(),
                raised, p.rectifications());
    }

    /**
     * The child's details as recorded, with each corrected field read as corrected, the latest
     * correction of a field standing; the imported values stay as they are in the database.
     */
    public static YoungPerson corrected(YoungPerson person, List<ProfileRectification> rectifications) {
        YoungPerson shown = person;
        for (ProfileRectification r : rectifications) {
            if (r.corrected() && r.field() != null && r.correctedValue() != null) {
                shown = r.field().apply(shown, r.correctedValue());
            }
        }
        return shown;
    }

    private Optional<PersonProfile> read(String personId, List<ProfileRectification> rectified) {
        Optional<YoungPerson> found = people.find(personId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        YoungPerson person = corrected(found.get(), rectified);
        var family = people.familyOf(personId).orElse(null);
        var associations = groups.associationsOf(personId);
        var personIncidents = incidents.incidentsOf(personId);
        var educationEvents = casework.educationEventsOf(personId);
        var referrals = casework.referralsAbout(personId);
        var meetings = casework.meetingsAbout(personId);
        var profile = new PersonProfile(person, person.ageOn(LocalDate.now()),
                person.homeArea() == null ? null : places.find(person.homeArea()).orElse(null),
                person.schoolId() == null ? null : places.find(person.schoolId()).orElse(null), family, associations,
                people.relationshipsOf(personId), personIncidents, educationEvents, referrals, meetings,
                Chronology.of(family, associations, personIncidents, educationEvents, referrals, meetings),
                List.of(), List.copyOf(rectified));
        return Optional.of(profile);
    }
}
