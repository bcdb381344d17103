package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.Referral;
import org.contextmap.incident.Incident;
import org.contextmap.incident.Role;
import org.contextmap.person.YoungPerson;

/**
 * The facts the rules read, indexed by young person: incidents with everyone's role, referrals,
 * meetings, education events, families, peer-group associations and conflicts, and sibling and
 * friend ties.
 * Loaded in a few streaming reads for everyone (or for the people an import touched), then every
 * rule runs in memory. Every accessor takes the day of evaluation and leaves out what happened
 * after it, so that "what should we have seen on that date?" has an honest answer.
 */
public final class CaseBook {

    /**
     * An incident as one young person was involved in it.
     *
     * @param parties every young person involved and their role, this one included
     */
    public record InvolvedIncident(Incident incident, Role role, Map<String, Role> parties) {

        public LocalDate date() {
            return incident.occurredAt().toLocalDate();
        }
    }

    /** An association with a peer group, counting up to {@code countsUntil} (then history: docs/retention.md). */
    public record Association(String groupId, LocalDate since, LocalDate countsUntil) {
    }

    /** Two peer groups recorded as in conflict since a day ({@code null}: date not recorded). */
    public record Conflict(String groupA, String groupB, LocalDate since) {
    }

    /**
     * One version of a young person's safety plan: when it was written and the review date it set.
     */
    public record PlanVersion(String planId, int version, LocalDate writtenOn, LocalDate reviewOn, String summary) {
    }

    /**
     * An action of the newest version of a young person's plan. Only the newest version's actions
     * are kept, so on a past day their status is today's (docs/practice-rules.md).
     */
    public record PlanAction(String planId, String description, LocalDate due, boolean open) {
    }

    private final Map<String, YoungPerson> people = new LinkedHashMap<>();
    private final Map<String, List<PlanVersion>> plans = new HashMap<>();
    private final Map<String, List<PlanAction>> planActions = new HashMap<>();
    private final Map<String, List<InvolvedIncident>> incidents = new HashMap<>();
    private final Map<String, List<Referral>> referrals = new HashMap<>();
    private final Map<String, List<Meeting>> meetings = new HashMap<>();
    private final Map<String, List<EducationEvent>> education = new HashMap<>();
    private final Map<String, List<String>> families = new HashMap<>();
    private final Map<String, List<Association>> associations = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Ties siblings = new Ties();
    private final Ties friends = new Ties();
    private final Map<String, List<String>> associates = new HashMap<>();

    public CaseBook person(YoungPerson person) {
        people.put(person.id(), person);
        if (person.familyId() != null) {
            families.computeIfAbsent(person.familyId(), f -> new ArrayList<>()).add(person.id());
        }
        return this;
    }

    /** Adds an incident for every young person involved; {@code parties} maps person id to role. */
    public CaseBook incident(Incident incident, Map<String, Role> parties) {
        Map<String, Role> copy = Map.copyOf(parties);
        copy.forEach((person, role) -> incidents.computeIfAbsent(person, p -> new ArrayList<>())
                .add(new InvolvedIncident(incident, role, copy)));
        return this;
    }

    public CaseBook referral(Referral referral) {
        referrals.computeIfAbsent(referral.personId(), p -> new ArrayList<>()).add(referral);
        return this;
    }

    public CaseBook meeting(Meeting meeting) {
        if (meeting.personId() != null) {
            meetings.computeIfAbsent(meeting.personId(), p -> new ArrayList<>()).add(meeting);
        }
        return this;
    }

    public CaseBook plan(String personId, PlanVersion version) {
        plans.computeIfAbsent(personId, p -> new ArrayList<>()).add(version);
        return this;
    }

    public CaseBook planAction(String personId, PlanAction action) {
        planActions.computeIfAbsent(personId, p -> new ArrayList<>()).add(action);
        return this;
    }

    public CaseBook education(EducationEvent event) {
        education.computeIfAbsent(event.personId(), p -> new ArrayList<>()).add(event);
        return this;
    }

    public CaseBook group(String groupId, String name) {
        groupNames.put(groupId, name);
        return this;
    }

    public CaseBook association(String personId, String groupId, LocalDate since) {
        return association(personId, groupId, since, LocalDate.MAX);
    }

    public CaseBook association(String personId, String groupId, LocalDate since, LocalDate countsUntil) {
        associations.computeIfAbsent(personId, p -> new ArrayList<>()).add(new Association(groupId, since,
                countsUntil));
        List<String> members = associates.computeIfAbsent(groupId, g -> new ArrayList<>());
        if (!members.contains(personId)) {
            members.add(personId);
        }
        return this;
    }

    public CaseBook conflict(String groupA, String groupB, LocalDate since) {
        conflicts.add(new Conflict(groupA, groupB, since));
        return this;
    }

    /** Records that two young people are recorded as siblings (a relationship of kind SIBLING). */
    public CaseBook siblings(String a, String b) {
        siblings.add(a, b);
        return this;
    }

    /** Records that two young people are recorded as friends (a relationship of kind FRIEND). */
    public CaseBook friends(String a, String b) {
        friends.add(a, b);
        return this;
    }

    /**
     * Replaces everything recorded about some young people by what {@code fresh} holds about them:
     * their details and family, incidents (with every party), referrals, meetings, education
     * events, associations and recorded siblings and friends. Groups and conflicts are kept: they are not
     * about one person. Used after an import, so that only the people it affected are read again.
     */
    public CaseBook replace(Set<String> ids, CaseBook fresh) {
        for (String id : ids) {
            YoungPerson before = people.remove(id);
            if (before != null && before.familyId() != null) {
                families.getOrDefault(before.familyId(), new ArrayList<>()).remove(id);
            }
            for (Association association : associations.getOrDefault(id, List.of())) {
                associates.getOrDefault(association.groupId(), new ArrayList<>()).remove(id);
            }
            for (Map<String, ? extends List<?>> facts : List.of(incidents, referrals, meetings, education,
                    associations, plans, planActions)) {
                facts.remove(id);
            }
            siblings.remove(id);
            friends.remove(id);
        }
        for (String id : ids) {
            YoungPerson person = fresh.people.get(id);
            if (person == null) {
                continue;
            }
            person(person);
            copy(fresh.incidents, incidents, id);
            copy(fresh.referrals, referrals, id);
            copy(fresh.meetings, meetings, id);
            copy(fresh.education, education, id);
            copy(fresh.plans, plans, id);
            copy(fresh.planActions, planActions, id);
            fresh.associations.getOrDefault(id, List.of()).forEach(a -> association(id, a.groupId(), a.since(),
                    a.countsUntil()));
            siblings.copy(fresh.siblings, id);
            friends.copy(fresh.friends, id);
        }
        return this;
    }

    /**
     * Adds everything another book holds (read at the same time from another part of the graph)
     * and returns this one.
     */
    public CaseBook absorb(CaseBook other) {
        other.people.values().forEach(this::person);
        addAll(other.incidents, incidents);
        addAll(other.referrals, referrals);
        addAll(other.meetings, meetings);
        addAll(other.education, education);
        addAll(other.plans, plans);
        addAll(other.planActions, planActions);
        other.associations.forEach((id, list) -> list.forEach(a -> association(id, a.groupId(), a.since(),
                a.countsUntil())));
        siblings.absorb(other.siblings);
        friends.absorb(other.friends);
        groupNames.putAll(other.groupNames);
        conflicts.addAll(other.conflicts);
        return this;
    }

    private static <T> void addAll(Map<String, List<T>> from, Map<String, List<T>> to) {
        from.forEach((id, facts) -> to.computeIfAbsent(id, k -> new ArrayList<>()).addAll(facts));
    }

    private static <T> void copy(Map<String, List<T>> from, Map<String, List<T>> to, String id) {
        List<T> facts = from.get(id);
        if (facts != null) {
            to.put(id, new ArrayList<>(facts));
        }
    }

    public Iterable<YoungPerson> people() {
        return people.values();
    }

    public YoungPerson person(String id) {
        return people.get(id);
    }

    public String name(String personId) {
        YoungPerson person = people.get(personId);
        return person == null || person.name() == null ? personId : person.name();
    }

    public String groupName(String groupId) {
        return groupNames.getOrDefault(groupId, groupId);
    }

    public List<InvolvedIncident> incidents(String personId, LocalDate asOf) {
        return known(incidents.get(personId), i -> !i.date().isAfter(asOf));
    }

    public List<Referral> referrals(String personId, LocalDate asOf) {
        return known(referrals.get(personId), r -> !r.receivedOn().isAfter(asOf));
    }

    public List<Meeting> meetings(String personId, LocalDate asOf) {
        return known(meetings.get(personId), m -> !m.heldOn().isAfter(asOf));
    }

    /** The versions of the young person's safety plans written on or before the day. */
    public List<PlanVersion> plans(String personId, LocalDate asOf) {
        return known(plans.get(personId), v -> !v.writtenOn().isAfter(asOf));
    }

    /** The actions of the newest version of each of the young person's plans. */
    public List<PlanAction> planActions(String personId) {
        return planActions.getOrDefault(personId, List.of());
    }

    public List<EducationEvent> education(String personId, LocalDate asOf) {
        return known(education.get(personId), e -> !e.date().isAfter(asOf));
    }

    /** The other children of the same family. */
    public List<String> familyMembers(String personId) {
        YoungPerson person = people.get(personId);
        if (person == null || person.familyId() == null) {
            return List.of();
        }
        return families.getOrDefault(person.familyId(), List.of()).stream().filter(id -> !id.equals(personId))
                .toList();
    }

    /** Young people recorded as this one's siblings by a relationship. */
    public List<String> recordedSiblings(String personId) {
        return siblings.of(personId);
    }

    /** Young people recorded as this one's friends by a relationship. */
    public List<String> recordedFriends(String personId) {
        return friends.of(personId);
    }

    /** The young people associated with a group on a day. */
    public List<String> associates(String groupId, LocalDate day) {
        return associates.getOrDefault(groupId, List.of()).stream()
                .filter(id -> groupsOf(id, day).contains(groupId)).toList();
    }

    /** The groups recorded as in conflict with this one on a day. */
    public List<String> rivals(String groupId, LocalDate day) {
        return conflicts.stream().filter(c -> c.since() == null || !c.since().isAfter(day))
                .filter(c -> c.groupA().equals(groupId) || c.groupB().equals(groupId))
                .map(c -> c.groupA().equals(groupId) ? c.groupB() : c.groupA()).toList();
    }

    /** The groups a young person was associated with on a day: begun by then, and still counting. */
    public Set<String> groupsOf(String personId, LocalDate day) {
        return Set.copyOf(known(associations.get(personId), a -> (a.since() == null || !a.since().isAfter(day))
                && !day.isAfter(a.countsUntil())).stream().map(Association::groupId).toList());
    }

    /** Whether two groups were recorded as in conflict on a day. */
    public boolean inConflict(String a, String b, LocalDate day) {
        for (Conflict conflict : conflicts) {
            boolean pair = conflict.groupA().equals(a) && conflict.groupB().equals(b)
                    || conflict.groupA().equals(b) && conflict.groupB().equals(a);
            if (pair && (conflict.since() == null || !conflict.since().isAfter(day))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The facts known by then. The rules ask this many times per person, mostly on days after
     * every fact; then the list itself is returned (read-only) instead of a filtered copy.
     */
    private static <T> List<T> known(List<T> facts, Predicate<T> byThen) {
        if (facts == null) {
            return List.of();
        }
        for (T fact : facts) {
            if (!byThen.test(fact)) {
                return facts.stream().filter(byThen).toList();
            }
        }
        return Collections.unmodifiableList(facts);
    }
}
