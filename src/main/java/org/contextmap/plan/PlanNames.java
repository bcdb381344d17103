package org.contextmap.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupService;
import org.contextmap.group.PeerGroup;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The names a plan shows: of its subject, of the people and places to avoid, and of a group's
 * members with plans of their own. Children are named as the reader's role allows
 * ({@link RecordAccess.Lens}); a child the reader does not reach is shown by pseudonym.
 */
@Component
class PlanNames {

    private final PersonService people;
    private final GroupService groups;
    private final PlaceService places;
    private final RecordAccess access;
    private final ObjectMapper json;

    PlanNames(PersonService people, GroupService groups, PlaceService places, RecordAccess access, ObjectMapper json) {
        this.people = people;
        this.groups = groups;
        this.places = places;
        this.access = access;
        this.json = json;
    }

    Optional<YoungPerson> person(String id) {
        return people.find(id);
    }

    /** The subject's name, or empty when there is no such subject. */
    Optional<String> subject(PlanSubject subject, String id) {
        return switch (subject) {
            case PERSON -> people.find(id).map(p -> p.name() == null ? id : p.name());
            case GROUP -> groups.byIds(List.of(id)).stream().findFirst().map(PeerGroup::name);
            case PLACE -> places.find(id).map(Location::name);
        };
    }

    /**
     * The names of many subjects at once, keyed {@code SUBJECT|id}: children named as the reader's
     * role allows.
     */
    Map<String, String> subjects(List<Map.Entry<PlanSubject, String>> subjects) {
        RecordAccess.Lens lens = access.lens();
        Map<String, String> found = new java.util.HashMap<>();
        List<String> personIds = subjects.stream().filter(s -> s.getKey() == PlanSubject.PERSON)
                .map(Map.Entry::getValue).distinct().toList();
        people.names(personIds).forEach((id, name) -> found.put("PERSON|" + id, lens.name(id, name)));
        groups.byIds(subjects.stream().filter(s -> s.getKey() == PlanSubject.GROUP).map(Map.Entry::getValue)
                .distinct().toList()).forEach(g -> found.put("GROUP|" + g.id(), g.name()));
        places.byIds(subjects.stream().filter(s -> s.getKey() == PlanSubject.PLACE).map(Map.Entry::getValue)
                .distinct().toList()).forEach(l -> found.put("PLACE|" + l.id(), l.name()));
        return found;
    }

    /** The id to show for each subject (a child's as the reader's role allows), decided with one lens. */
    java.util.function.BiFunction<PlanSubject, String, String> shownIds() {
        RecordAccess.Lens lens = access.lens();
        return (subject, id) -> subject == PlanSubject.PERSON ? lens.shownId(id) : id;
    }

    /** The young people associated with a group. */
    List<String> members(String groupId) {
        return groups.associationsWith(groupId).stream().map(GroupAssociation::personId).distinct().toList();
    }

    List<PlanView.AvoidView> avoid(List<SafetyPlan.Avoid> avoid) {
        RecordAccess.Lens lens = access.lens();
        Map<String, String> personNames = people.names(avoid.stream().filter(a -> a.kind().equals("PERSON"))
                .map(SafetyPlan.Avoid::id).toList());
        Map<String, String> placeNames = places.byIds(avoid.stream().filter(a -> a.kind().equals("PLACE"))
                .map(SafetyPlan.Avoid::id).toList()).stream().collect(Collectors.toMap(Location::id, Location::name,
                (a, b) -> a));
        return avoid.stream().map(a -> a.kind().equals("PERSON")
                ? new PlanView.AvoidView(a.kind(), lens.shownId(a.id()), lens.name(a.id(), personNames.get(a.id())),
                        a.reason())
                : new PlanView.AvoidView(a.kind(), a.id(), placeNames.getOrDefault(a.id(), a.id()), a.reason()))
                .toList();
    }

    /**
     * The plan as posted, with each child to avoid that the reader was shown by pseudonym (they kept
     * the entry from the version before) given back their id, so that a reader who does not see a
     * child's name can still revise a plan that names them.
     */
    SafetyPlan unmasked(SafetyPlan posted, List<SafetyPlan.Avoid> before) {
        if (posted == null || posted.avoid().isEmpty()) {
            return posted;
        }
        RecordAccess.Lens lens = access.lens();
        Map<String, String> ids = new java.util.HashMap<>();
        before.stream().filter(a -> "PERSON".equals(a.kind())).forEach(a -> ids.put(lens.shownId(a.id()), a.id()));
        List<SafetyPlan.Avoid> avoid = posted.avoid().stream().map(a -> a == null || a.id() == null
                || !ids.containsKey(a.id().strip()) ? a : new SafetyPlan.Avoid(a.kind(), ids.get(a.id().strip()),
                a.reason())).toList();
        return new SafetyPlan(posted.summary(), posted.reviewOn(), posted.leadProfessional(), posted.risks(), avoid,
                posted.protectiveFactors(), posted.trustedAdults(), posted.youngPersonsView(), posted.parentsView(),
                posted.actions(), posted.agenciesActing(), posted.reason());
    }

    /** The plans of a group's members, as lines. */
    List<PlanView.MemberPlan> memberPlans(List<String> memberIds, PlanStore store) {
        RecordAccess.Lens lens = access.lens();
        Map<String, String> memberNames = people.names(memberIds);
        return store.latestOfPeople(memberIds).stream().map(p -> {
            SafetyPlan plan = json.readValue(p.body(), SafetyPlan.class);
            return new PlanView.MemberPlan(lens.shownId(p.subjectId()), lens.name(p.subjectId(),
                    memberNames.get(p.subjectId())), p.planId(), plan.summary(), plan.reviewOn());
        }).toList();
    }
}
