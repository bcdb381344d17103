package org.contextmap.person;

import java.util.List;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.casework.SchoolEvent;
import org.contextmap.group.Association;
import org.contextmap.incident.PersonIncident;
import org.contextmap.place.Location;

/**
 * Everything recorded about one young person ({@code GET /api/people/{id}}): their
 * details and flags, home area (when it names a location), school, family and family history, peer-group associations and
 * relationships (each with source and confidence), incidents with their role in each,
 * education events, referrals and meetings — and all of it as one chronology, newest first; and
 * any fact disputed or corrected by the child, a parent or an agency ({@code rectifications}), the
 * child's own details shown with their corrections applied.
 */
public record PersonProfile(
        YoungPerson person,
        Integer age,
        Location homeArea,
        Location school,
        Family family,
        List<Association> associations,
        List<Acquaintance> relationships,
        List<PersonIncident> incidents,
        List<SchoolEvent> educationEvents,
        List<Referral> referrals,
        List<Meeting> meetings,
        List<ChronologyEntry> chronology,
        List<ProfileAlert> alerts,
        List<ProfileRectification> rectifications) {
}
