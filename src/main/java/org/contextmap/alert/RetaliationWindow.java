package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * A serious incident between young people associated with groups recorded as in conflict: for
 * some weeks the victim and those around them may retaliate or be harmed again, and the suspect
 * and their group may be targeted (Bristol Rapid Review No.7; KBSP brief). Raised while the window
 * (90 days by default) is open on the victim, on each suspect, and on their brothers and sisters
 * (the same family, or a recorded sibling tie): the children who may retaliate or be targeted, and
 * who need the safety planning. Raising it on everyone associated with either group is left to
 * the group's own plan, so that one incident does not raise an alert on dozens of children.
 */
final class RetaliationWindow implements Rule {

    @Override
    public AlertCode code() {
        return AlertCode.RETALIATION_WINDOW;
    }

    @Override
    public List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            List<Alert> raised) {
        List<Alert> alerts = new ArrayList<>(own(person, book, asOf, settings));
        Set<String> siblings = new LinkedHashSet<>(book.familyMembers(person.id()));
        siblings.addAll(book.recordedSiblings(person.id()));
        for (String sibling : siblings) {
            for (CaseBook.InvolvedIncident involvement : open(book, sibling, asOf, settings)) {
                if (involvement.parties().containsKey(person.id())) {
                    continue; // raised on their own part already
                }
                String pair = rivalry(book, involvement.parties(), involvement.date());
                if (pair != null) {
                    LocalDate day = involvement.date();
                    String side = involvement.role() == Role.VICTIM ? "was harmed" : "is a suspect";
                    alerts.add(Alert.of(code(), person.id(), person.name(), day,
                            person.name() + "'s sibling " + book.name(sibling) + " " + side + " in a serious incident on "
                                    + day + " between young people associated with " + pair + ", recorded as in "
                                    + "conflict: " + person.name() + " may be drawn into retaliation or targeted until "
                                    + day.plusDays(settings.retaliationWindowDays()) + ".",
                            List.of(Harm.fact(involvement))));
                }
            }
        }
        return alerts;
    }

    /** The serious incidents in which a child was a victim or a suspect whose window is open on the day. */
    private static List<CaseBook.InvolvedIncident> open(CaseBook book, String personId, LocalDate asOf,
            AlertSettings settings) {
        return book.incidents(personId, asOf).stream()
                .filter(i -> Harm.serious(i.incident()) && !asOf.isAfter(i.date().plusDays(settings.retaliationWindowDays()))
                        && (i.role() == Role.VICTIM || i.role() == Role.SUSPECT))
                .toList();
    }

    private List<Alert> own(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings) {
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
