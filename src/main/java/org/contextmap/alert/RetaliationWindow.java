package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * A serious incident between young people associated with groups recorded as in conflict: for
 * some weeks the victim and those around them may retaliate or be harmed again, and the suspect
 * and their group may be targeted (Bristol Rapid Review No.7; KBSP brief). Raised on the victim
 * and on each suspect while the window (90 days by default) is open.
 */
final class RetaliationWindow implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.RETALIATION_WINDOW;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>();
        for (CaseBook.InvolvedIncident involvement : book.incidents(person.id(), asOf)) {
            LocalDate day = involvement.date();
            if (!Harm.serious(involvement.incident()) || asOf.isAfter(day.plusDays(settings.retaliationWindowDays()))
                    || involvement.role() != Role.VICTIM && involvement.role() != Role.SUSPECT) {
                continue;
            }
            String pair = rivalry(book, involvement.parties(), day);
            if (pair != null) {
                String side = involvement.role() == Role.VICTIM ? "was harmed" : "is a suspect";
                alerts.add(Alert.of(code(), person.id(), person.name(), day,
                        person.name() + " " + side + " in a serious incident on " + day + " between young people "
                                + "associated with " + pair + ", recorded as in conflict: a period of heightened risk "
                                + "of retaliation until " + day.plusDays(settings.retaliationWindowDays()) + ".",
                        List.of(Harm.fact(involvement))));
            }
        }
        return alerts;
    }

    /** "A and B" for the first pair of groups in conflict between a victim's and a suspect's, else null. */
    private static String rivalry(CaseBook book, Map<String, Role> parties, LocalDate day) {
        for (var victim : parties.entrySet()) {
            if (victim.getValue() != Role.VICTIM) {
                continue;
            }
            Set<String> victimGroups = book.groupsOf(victim.getKey(), day);
            for (var suspect : parties.entrySet()) {
                if (suspect.getValue() != Role.SUSPECT) {
                    continue;
                }
                for (String a : victimGroups) {
                    for (String b : book.groupsOf(suspect.getKey(), day)) {
                        if (book.inConflict(a, b, day)) {
                            return book.groupName(a) + " and " + book.groupName(b);
                        }
                    }
                }
            }
        }
        return null;
    }
}
