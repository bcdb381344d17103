package org.contextmap.person;

import org.contextmap.casework.Meeting;
import org.contextmap.casework.SchoolEvent;
import org.contextmap.group.Association;
import java.util.List;

import org.contextmap.base.Agency;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.NeedToKnow.Fact;
import org.contextmap.base.Viewer;
import org.contextmap.casework.Referral;
import org.contextmap.incident.Incident;
import org.contextmap.incident.PersonIncident;

/**
 * A child's record cut to what the reader's role may see (docs/access.md): parts the role does not
 * reach are left out, police and restricted detail becomes "Details held by police", health facts
 * stay with health and social care, other children the role does not reach are named by pseudonym,
 * and the chronology is built again from what is left, so it cannot show more than the parts.
 */
final class ProfileDisclosure {

    private ProfileDisclosure() {
    }

    static PersonProfile of(PersonProfile profile, RecordAccess.Lens lens) {
        Viewer viewer = lens.viewer();
        boolean incidents = NeedToKnow.sees(viewer, Fact.INCIDENTS);
        boolean casework = NeedToKnow.sees(viewer, Fact.CASEWORK);
        boolean health = NeedToKnow.sees(viewer, Fact.HEALTH);
        boolean network = NeedToKnow.sees(viewer, Fact.NETWORK);

        Family family = profile.family() == null ? null : new Family(profile.family().id(),
                network ? profile.family().members().stream().map(m -> new Family.Member(lens.shownId(m.personId()),
                        lens.name(m.personId(), m.name()))).toList() : List.of(),
                profile.family().history().stream()
                        .filter(h -> health || h.source() != Agency.HEALTH)
                        .filter(h -> lens.restricted() || !Boolean.TRUE.equals(h.restricted()))
                        .filter(h -> casework || h.source() == null).toList());
        var associations = network ? profile.associations() : List.<Association>of();
        var relationships = network ? profile.relationships().stream()
                .map(a -> new Acquaintance(lens.shownId(a.personId()), lens.name(a.personId(), a.name()), a.kind(),
                        a.provenance())).toList() : List.<Acquaintance>of();
        List<PersonIncident> involved = incidents ? profile.incidents().stream()
                .map(pi -> incident(pi, lens)).toList() : List.of();
        var events = casework ? profile.educationEvents() : List.<SchoolEvent>of();
        List<Referral> referrals = casework ? profile.referrals().stream()
                .filter(r -> health || r.fromAgency() != Agency.HEALTH).toList() : List.of();
        var meetings = casework ? profile.meetings() : List.<Meeting>of();
        var alerts = NeedToKnow.sees(viewer, Fact.ALERTS) ? profile.alerts() : List.<ProfileAlert>of();
        return new PersonProfile(profile.person(), profile.age(), profile.homeArea(), profile.school(), family,
                associations, relationships, involved, events, referrals, meetings,
                Chronology.of(family, associations, involved, events, referrals, meetings), alerts,
                profile.rectifications());
    }

    private static PersonIncident incident(PersonIncident pi, RecordAccess.Lens lens) {
        Incident i = pi.incident();
        String source = i.source() == null ? null : i.source().name();
        Incident shown = new Incident(i.id(), i.occurredAt(), i.type(), i.severity(), i.weapon(), i.locationId(),
                i.source(), NeedToKnow.detail(lens.viewer(), source, Boolean.TRUE.equals(i.restricted()), i.summary()),
                i.restricted());
        return new PersonIncident(shown, pi.role(), pi.locationName(), pi.others().stream()
                .map(o -> new PersonIncident.Participant(lens.shownId(o.personId()), lens.name(o.personId(), o.name()),
                        o.role())).toList());
    }
}
