package org.contextmap.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;

/** Small case books for the rules' tests, built from the stories of the reviews. */
final class Cases {

    private Cases() {
    }

    static YoungPerson child(String id, String name) {
        return child(id, name, null, List.of(), SocialCareStatus.CHILD_IN_NEED, "Sam Okafor");
    }

    static YoungPerson child(String id, String name, String family, List<String> flags, SocialCareStatus status,
            String lead) {
        return new YoungPerson(id, name, LocalDate.of(2011, 1, 1), null, null, null, null, family, false, false, flags,
                status, lead);
    }

    static Incident incident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon,
            Agency source) {
        return new Incident(id, day.atTime(21, 0), type, severity, weapon, null, source, null);
    }

    static Incident assault(String id, LocalDate day, Severity severity) {
        return incident(id, day, IncidentType.ASSAULT, severity, Weapon.NONE, Agency.POLICE);
    }

    static Map<String, Role> victim(String personId) {
        return Map.of(personId, Role.VICTIM);
    }

    static Referral referral(String id, String personId, LocalDate received, Agency from, ReferralOutcome outcome,
            LocalDate outcomeOn, LocalDate notified) {
        return new Referral(id, personId, received, from, "Level 3", outcome, outcomeOn, notified);
    }

    static Meeting meeting(String id, MeetingKind kind, LocalDate held, String personId, Agency... agencies) {
        return new Meeting(id, kind, held, personId, null, null, List.of(agencies));
    }

    static EducationEvent education(String personId, LocalDate day, EducationEventKind kind) {
        return new EducationEvent(personId, "S1", day, kind, null);
    }

    static List<Alert> alerts(CaseBook book, LocalDate asOf, AlertCode code) {
        return PracticeRules.evaluate(book, asOf, AlertSettings.DEFAULTS).stream().filter(a -> a.code() == code)
                .toList();
    }
}
