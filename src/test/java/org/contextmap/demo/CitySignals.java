package org.contextmap.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.base.WorkingDays;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.exchange.Bundle;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupRelation;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Involvement;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.Relationship;
import org.contextmap.person.RelationshipKind;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;

/** Counts of the signals that the analytics and the practice alerts should find in a city. */
final class CitySignals {

    private final Bundle bundle;
    private final Map<String, Set<String>> groupsOf = new HashMap<>();
    private final Set<String> conflicts = new HashSet<>();
    private final Map<String, Incident> incidents = new HashMap<>();
    private final Map<String, List<Involvement>> involved = new HashMap<>();

    CitySignals(Bundle bundle) {
        this.bundle = bundle;
        for (GroupAssociation a : bundle.groupAssociations()) {
            groupsOf.computeIfAbsent(a.personId(), k -> new HashSet<>()).add(a.groupId());
        }
        for (GroupRelation r : bundle.groupRelations()) {
            if (r.kind() == GroupRelationKind.CONFLICT) {
                conflicts.add(r.groupA() + "|" + r.groupB());
                conflicts.add(r.groupB() + "|" + r.groupA());
            }
        }
        for (Incident i : bundle.incidents()) {
            incidents.put(i.id(), i);
        }
        for (Involvement v : bundle.incidentPeople()) {
            involved.computeIfAbsent(v.incidentId(), k -> new ArrayList<>()).add(v);
        }
    }

    static boolean seriousHarm(Incident i) {
        boolean weapon = i.weapon() == Weapon.KNIFE || i.weapon() == Weapon.BLADED_ARTICLE
                || i.weapon() == Weapon.FIREARM;
        boolean injury = i.type() == IncidentType.ASSAULT || i.type() == IncidentType.STABBING
                || i.type() == IncidentType.SHOOTING || i.type() == IncidentType.ROBBERY;
        return i.severity().compareTo(Severity.SERIOUS) >= 0 || (injury && weapon);
    }

    long relationshipsOfKind(RelationshipKind kind) {
        return bundle.relationships().stream().filter(r -> r.kind() == kind).count();
    }

    long groupRelationsOfKind(GroupRelationKind kind) {
        return bundle.groupRelations().stream().filter(r -> r.kind() == kind).count();
    }

    double associatedShare() {
        return (double) groupsOf.size() / bundle.youngPeople().size();
    }

    /**
     * Pairs (A, B): A a serious incident with its victim in group Y and a suspect in group X, X and
     * Y in conflict; B within 1–125 days after A with a suspect associated with Y and its victim
     * associated with X.
     */
    long retaliationPairs() {
        List<Incident> ordered = new ArrayList<>(bundle.incidents());
        ordered.sort(Comparator.comparing(Incident::occurredAt));
        long count = 0;
        for (int a = 0; a < ordered.size(); a++) {
            Incident first = ordered.get(a);
            if (!seriousHarm(first)) {
                continue;
            }
            Set<String[]> groupPairs = conflictPairs(first);
            if (groupPairs.isEmpty()) {
                continue;
            }
            for (int b = a + 1; b < ordered.size(); b++) {
                Incident next = ordered.get(b);
                long days = ChronoUnit.DAYS.between(first.occurredAt(), next.occurredAt());
                if (days > 125) {
                    break;
                }
                if (days < 1) {
                    continue;
                }
                boolean found = false;
                for (String[] pair : groupPairs) {
                    if (anyInGroup(next, Role.SUSPECT, pair[0]) && anyInGroup(next, Role.VICTIM, pair[1])) {
                        found = true;
                    }
                }
                if (found) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** (victim's group, suspect's group) pairs of an incident between groups in conflict. */
    private Set<String[]> conflictPairs(Incident incident) {
        Set<String[]> pairs = new HashSet<>();
        List<Involvement> people = involved.getOrDefault(incident.id(), List.of());
        for (Involvement victim : people) {
            if (victim.role() != Role.VICTIM) {
                continue;
            }
            for (Involvement suspect : people) {
                if (suspect.role() != Role.SUSPECT) {
                    continue;
                }
                for (String gy : groupsOf.getOrDefault(victim.personId(), Set.of())) {
                    for (String gx : groupsOf.getOrDefault(suspect.personId(), Set.of())) {
                        if (conflicts.contains(gy + "|" + gx)) {
                            pairs.add(new String[] {gy, gx});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private boolean anyInGroup(Incident incident, Role role, String group) {
        for (Involvement v : involved.getOrDefault(incident.id(), List.of())) {
            if (v.role() == role && groupsOf.getOrDefault(v.personId(), Set.of()).contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** People who were victims of two violent incidents within ten months (304 days). */
    long repeatVictimsWithinTenMonths() {
        Map<String, List<LocalDate>> dates = new HashMap<>();
        for (Involvement v : bundle.incidentPeople()) {
            Incident i = incidents.get(v.incidentId());
            if (v.role() == Role.VICTIM && isViolent(i.type())) {
                dates.computeIfAbsent(v.personId(), k -> new ArrayList<>()).add(i.occurredAt().toLocalDate());
            }
        }
        return dates.values().stream().filter(list -> withinDays(list, 2, 304)).count();
    }

    /** People with two or more serious-harm victimisations within twelve months (CUMULATIVE_HARM). */
    long cumulativeHarm() {
        Map<String, List<LocalDate>> dates = seriousVictimisations();
        return dates.values().stream().filter(list -> withinDays(list, 2, 365)).count();
    }

    /** Serious victimisations with no strategy discussion about the child within three working days. */
    long[] strategyDiscussions() {
        Map<String, List<LocalDate>> held = new HashMap<>();
        for (Meeting m : bundle.meetings()) {
            if (m.kind() == MeetingKind.STRATEGY_DISCUSSION && m.personId() != null) {
                held.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m.heldOn());
            }
        }
        long onTime = 0;
        long missing = 0;
        for (Involvement v : bundle.incidentPeople()) {
            Incident i = incidents.get(v.incidentId());
            if (v.role() != Role.VICTIM || !seriousHarm(i)) {
                continue;
            }
            LocalDate day = i.occurredAt().toLocalDate();
            LocalDate due = plusWorkingDays(day, 3);
            boolean found = held.getOrDefault(v.personId(), List.of()).stream()
                    .anyMatch(d -> !d.isBefore(day) && !d.isAfter(due));
            if (found) {
                onTime++;
            } else if (!due.isAfter(bundle.incidents().get(bundle.incidents().size() - 1).occurredAt().toLocalDate())) {
                missing++;
            }
        }
        return new long[] {onTime, missing};
    }

    /** Children with two referrals from different agencies within 90 days. */
    long referralsNotJoinedUp() {
        Map<String, List<Referral>> byPerson = referralsByPerson();
        long count = 0;
        for (List<Referral> list : byPerson.values()) {
            boolean found = false;
            for (int i = 0; i < list.size() && !found; i++) {
                for (int j = i + 1; j < list.size() && !found; j++) {
                    Referral a = list.get(i);
                    Referral b = list.get(j);
                    found = a.fromAgency() != b.fromAgency()
                            && Math.abs(ChronoUnit.DAYS.between(a.receivedOn(), b.receivedOn())) <= 90;
                }
            }
            count += found ? 1 : 0;
        }
        return count;
    }

    /** Children with three or more referrals within twelve months that each ended in NFA or early help. */
    long repeatReferralsWithoutAction() {
        long count = 0;
        for (List<Referral> list : referralsByPerson().values()) {
            List<LocalDate> dates = list.stream()
                    .filter(r -> r.outcome() == ReferralOutcome.NFA || r.outcome() == ReferralOutcome.EARLY_HELP)
                    .map(Referral::receivedOn).toList();
            count += withinDays(dates, 3, 365) ? 1 : 0;
        }
        return count;
    }

    /** Families where one child was excluded or suspended and a brother or sister was not the one. */
    long siblingExclusions() {
        Map<String, String> familyOf = new HashMap<>();
        Map<String, Integer> familySize = new HashMap<>();
        for (YoungPerson p : bundle.youngPeople()) {
            familyOf.put(p.id(), p.familyId());
            familySize.merge(p.familyId(), 1, Integer::sum);
        }
        Set<String> families = new HashSet<>();
        bundle.educationEvents().stream()
                .filter(e -> e.kind() == EducationEventKind.PERMANENT_EXCLUSION
                        || e.kind() == EducationEventKind.SUSPENSION)
                .map(e -> familyOf.get(e.personId()))
                .filter(f -> familySize.get(f) > 1)
                .forEach(families::add);
        return families.size();
    }

    long openCasesWithoutLeadProfessional() {
        return bundle.youngPeople().stream()
                .filter(p -> p.socialCareStatus() != SocialCareStatus.NONE && p.leadProfessional() == null).count();
    }

    long peerOnPeerAbuse() {
        Set<String> victims = new HashSet<>();
        Set<String> suspects = new HashSet<>();
        for (Involvement v : bundle.incidentPeople()) {
            if (incidents.get(v.incidentId()).type() == IncidentType.SEXUAL_ABUSE) {
                (v.role() == Role.VICTIM ? victims : v.role() == Role.SUSPECT ? suspects : new HashSet<String>())
                        .add(v.incidentId());
            }
        }
        victims.retainAll(suspects);
        return victims.size();
    }

    /** How many times their fair share of incidents the busiest 5% of locations have. */
    double hotspotConcentration() {
        Map<String, Integer> perLocation = new HashMap<>();
        for (Incident i : bundle.incidents()) {
            perLocation.merge(i.locationId(), 1, Integer::sum);
        }
        List<Integer> counts = new ArrayList<>(perLocation.values());
        counts.sort(Comparator.reverseOrder());
        int locations = bundle.locations().size();
        int top = Math.max(1, locations / 20);
        double share = counts.stream().limit(top).mapToInt(Integer::intValue).sum()
                / (double) bundle.incidents().size();
        return share / ((double) top / locations);
    }

    /**
     * Locations (with at least 30 incidents) whose second year has at least {@code factor} times
     * the incidents of the first (or, for a factor below one, at most that many times).
     */
    long trendingLocations(double factor) {
        LocalDate middle = bundle.incidents().get(bundle.incidents().size() - 1).occurredAt().toLocalDate()
                .minusYears(1);
        Map<String, int[]> perYear = new HashMap<>();
        for (Incident i : bundle.incidents()) {
            int year = i.occurredAt().toLocalDate().isAfter(middle) ? 1 : 0;
            perYear.computeIfAbsent(i.locationId(), k -> new int[2])[year]++;
        }
        return perYear.values().stream()
                .filter(c -> c[0] + c[1] >= 30)
                .filter(c -> factor >= 1 ? c[1] >= factor * c[0] : c[1] <= factor * c[0])
                .count();
    }

    /** Share of friendships between young people of the same neighbourhood. */
    double friendsInSameArea() {
        Map<String, String> area = new HashMap<>();
        for (YoungPerson p : bundle.youngPeople()) {
            area.put(p.id(), p.homeArea());
        }
        long friends = 0;
        long local = 0;
        for (Relationship r : bundle.relationships()) {
            if (r.kind() == RelationshipKind.FRIEND) {
                friends++;
                local += area.get(r.personA()).equals(area.get(r.personB())) ? 1 : 0;
            }
        }
        return (double) local / friends;
    }

    /** Average local clustering coefficient of the KNOWS network. */
    double averageClustering() {
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (Relationship r : bundle.relationships()) {
            adjacent.computeIfAbsent(r.personA(), k -> new HashSet<>()).add(r.personB());
            adjacent.computeIfAbsent(r.personB(), k -> new HashSet<>()).add(r.personA());
        }
        double sum = 0;
        for (YoungPerson p : bundle.youngPeople()) {
            List<String> neighbours = new ArrayList<>(adjacent.getOrDefault(p.id(), Set.of()));
            int k = neighbours.size();
            if (k < 2) {
                continue;
            }
            int links = 0;
            for (int i = 0; i < k; i++) {
                Set<String> of = adjacent.get(neighbours.get(i));
                for (int j = i + 1; j < k; j++) {
                    links += of.contains(neighbours.get(j)) ? 1 : 0;
                }
            }
            sum += 2.0 * links / (k * (k - 1.0));
        }
        return sum / bundle.youngPeople().size();
    }

    private Map<String, List<LocalDate>> seriousVictimisations() {
        Map<String, List<LocalDate>> dates = new HashMap<>();
        for (Involvement v : bundle.incidentPeople()) {
            Incident i = incidents.get(v.incidentId());
            if (v.role() == Role.VICTIM && seriousHarm(i)) {
                dates.computeIfAbsent(v.personId(), k -> new ArrayList<>()).add(i.occurredAt().toLocalDate());
            }
        }
        return dates;
    }

    private Map<String, List<Referral>> referralsByPerson() {
        Map<String, List<Referral>> byPerson = new HashMap<>();
        for (Referral r : bundle.referrals()) {
            byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        }
        return byPerson;
    }

    private static boolean isViolent(IncidentType type) {
        return switch (type) {
            case ASSAULT, STABBING, SHOOTING, ROBBERY, THREAT -> true;
            default -> false;
        };
    }

    /** True when {@code count} of the dates fall within a window of {@code days} days. */
    private static boolean withinDays(List<LocalDate> dates, int count, int days) {
        List<LocalDate> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        for (int i = 0; i + count - 1 < sorted.size(); i++) {
            if (ChronoUnit.DAYS.between(sorted.get(i), sorted.get(i + count - 1)) <= days) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int added = 0;
        while (added < n) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }
}
