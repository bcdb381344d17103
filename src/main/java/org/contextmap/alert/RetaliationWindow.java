package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * A serious incident between young people associated with groups recorded as in conflict: for
 * some weeks the victim and those around them may retaliate or be harmed again, and the suspect
 * and their group may be targeted (Bristol Rapid Review No.7; KBSP brief). While the window (90
 * days by default) is open it is raised on the children who may retaliate or be targeted, and who
 * need the safety planning:
 *
 * <ul>
 * <li>each victim and each suspect, once per incident;
 * <li>their close associates — brothers and sisters (the same family, or a recorded sibling tie)
 * and recorded friends — once per incident;
 * <li>everyone else associated with either group, once per pair of groups: one alert listing every
 * open incident between their associates, so that a run of incidents does not raise dozens of
 * alerts on each child.
 * </ul>
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
        Set<String> inIncident = new LinkedHashSet<>();
        for (CaseBook.InvolvedIncident involvement : open(book, person.id(), asOf, settings)) {
            String pair = rivalry(book, involvement.parties(), involvement.date());
            if (pair != null) {
                inIncident.add(involvement.incident().id());
                String side = involvement.role() == Role.VICTIM ? "was harmed" : "is a suspect";
                alerts.add(Alert.of(code(), person.id(), person.name(), involvement.date(), person.name() + " " + side
                        + " in a serious incident on " + involvement.date() + " between young people associated with "
                        + pair + ", recorded as in conflict: a period of heightened risk of retaliation until "
                        + until(involvement, settings) + ".", List.of(Harm.fact(involvement))));
            }
        }
        Set<String> close = new LinkedHashSet<>();
        for (String other : closeTies(book, person.id())) {
            for (CaseBook.InvolvedIncident involvement : open(book, other, asOf, settings)) {
                String pair = rivalry(book, involvement.parties(), involvement.date());
                if (pair != null && !involvement.parties().containsKey(person.id())
                        && close.add(involvement.incident().id())) {
                    String side = involvement.role() == Role.VICTIM ? "was harmed" : "is a suspect";
                    alerts.add(Alert.of(code(), person.id(), person.name(), involvement.date(),
                            person.name() + "'s " + relation(book, person.id(), other) + " " + book.name(other) + " "
                                    + side + " in a serious incident on " + involvement.date() + " between young "
                                    + "people associated with " + pair + ", recorded as in conflict: " + person.name()
                                    + " may be drawn into retaliation or targeted until " + until(involvement, settings)
                                    + ".", List.of(Harm.fact(involvement))));
                }
            }
        }
        inIncident.addAll(close);
        alerts.addAll(groupWindows(person, book, asOf, settings, inIncident));
        return alerts;
    }

    /** One alert per pair of groups in conflict, for a child associated with one of them and in none of its incidents. */
    private List<Alert> groupWindows(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings,
            Set<String> covered) {
        List<Alert> alerts = new ArrayList<>();
        for (String group : book.groupsOf(person.id(), asOf)) {
            for (String rival : book.rivals(group, asOf)) {
                Map<String, CaseBook.InvolvedIncident> between = new LinkedHashMap<>();
                for (String side : List.of(group, rival)) {
                    for (String member : book.associates(side, asOf)) {
                        for (CaseBook.InvolvedIncident involvement : open(book, member, asOf, settings)) {
                            if (!covered.contains(involvement.incident().id())
                                    && across(book, involvement.parties(), involvement.date(), group, rival)) {
                                between.putIfAbsent(involvement.incident().id(), involvement);
                            }
                        }
                    }
                }
                if (between.isEmpty()) {
                    continue;
                }
                List<CaseBook.InvolvedIncident> incidents = between.values().stream()
                        .sorted(Comparator.comparing(CaseBook.InvolvedIncident::date)).toList();
                CaseBook.InvolvedIncident latest = incidents.getLast();
                alerts.add(Alert.of(code(), person.id(), person.name(), incidents.getFirst().date(), person.name()
                        + " is associated with " + book.groupName(group) + ", recorded as in conflict with "
                        + book.groupName(rival) + ": " + incidents.size() + " serious incident"
                        + (incidents.size() == 1 ? "" : "s") + " between their associates in the last "
                        + settings.retaliationWindowDays() + " days, the latest on " + latest.date() + ". "
                        + person.name() + " may be drawn into retaliation or targeted until "
                        + until(latest, settings) + ".", incidents.stream().map(Harm::fact).toList()));
            }
        }
        return alerts;
    }

    /** Brothers and sisters (family and recorded siblings) and recorded friends. */
    private static Set<String> closeTies(CaseBook book, String personId) {
        Set<String> close = new LinkedHashSet<>(book.familyMembers(personId));
        close.addAll(book.recordedSiblings(personId));
        close.addAll(book.recordedFriends(personId));
        return close;
    }

    private static String relation(CaseBook book, String personId, String other) {
        return book.familyMembers(personId).contains(other) || book.recordedSiblings(personId).contains(other)
                ? "sibling" : "friend";
    }

    private static LocalDate until(CaseBook.InvolvedIncident involvement, AlertSettings settings) {
        return involvement.date().plusDays(settings.retaliationWindowDays());
    }

    /** The serious incidents in which a child was a victim or a suspect whose window is open on the day. */
    private static List<CaseBook.InvolvedIncident> open(CaseBook book, String personId, LocalDate asOf,
            AlertSettings settings) {
        return book.incidents(personId, asOf).stream()
                .filter(i -> Harm.serious(i.incident()) && !asOf.isAfter(i.date().plusDays(settings.retaliationWindowDays()))
                        && (i.role() == Role.VICTIM || i.role() == Role.SUSPECT))
                .toList();
    }

    /** Whether a victim is associated with one of the two groups and a suspect with the other. */
    private static boolean across(CaseBook book, Map<String, Role> parties, LocalDate day, String a, String b) {
        boolean aHarmed = false;
        boolean bHarmed = false;
        boolean aSuspected = false;
        boolean bSuspected = false;
        for (var party : parties.entrySet()) {
            Set<String> groups = book.groupsOf(party.getKey(), day);
            if (party.getValue() == Role.VICTIM) {
                aHarmed |= groups.contains(a);
                bHarmed |= groups.contains(b);
            } else if (party.getValue() == Role.SUSPECT) {
                aSuspected |= groups.contains(a);
                bSuspected |= groups.contains(b);
            }
        }
        return aHarmed && bSuspected || bHarmed && aSuspected;
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
