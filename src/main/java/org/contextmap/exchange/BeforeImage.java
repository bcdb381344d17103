package org.contextmap.exchange;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The records an incoming bundle will change, as they are before it lands: written back, they
 * restore the graph if the import fails part-way. Reading is skipped for rows that cannot exist
 * yet (a relationship of a young person the database has never seen), so that the first load of
 * a city costs almost nothing here.
 */
@Component
class BeforeImage {

    private final Features features;

    BeforeImage(Features features) {
        this.features = features;
    }

    Bundle of(Bundle incoming) {
        var people = features.people();
        var groups = features.groups();
        var incidents = features.incidents();
        var casework = features.casework();
        Set<String> knownPeople = people.existingIds(ids(incoming.youngPeople(), p -> p.id()));
        Set<String> knownGroups = groups.existingIds(ids(incoming.peerGroups(), g -> g.id()));
        Set<String> knownIncidents = incidents.existingIds(ids(incoming.incidents(), i -> i.id()));
        // ids this bundle creates: nothing attached to them can exist before it lands
        Set<String> newPeople = minus(ids(incoming.youngPeople(), p -> p.id()), knownPeople);
        Set<String> newGroups = minus(ids(incoming.peerGroups(), g -> g.id()), knownGroups);
        Set<String> newIncidents = minus(ids(incoming.incidents(), i -> i.id()), knownIncidents);
        Predicate<String> oldPerson = id -> !newPeople.contains(id);
        Predicate<String> oldGroup = id -> !newGroups.contains(id);
        Predicate<String> oldIncident = id -> !newIncidents.contains(id);
        return new Bundle(
                people.byIds(knownPeople),
                groups.byIds(knownGroups),
                groups.associationsLike(filter(incoming.groupAssociations(),
                        a -> oldPerson.test(a.personId()) && oldGroup.test(a.groupId()))),
                people.relationshipsLike(filter(incoming.relationships(),
                        r -> oldPerson.test(r.personA()) && oldPerson.test(r.personB()))),
                groups.relationsLike(filter(incoming.groupRelations(),
                        r -> oldGroup.test(r.groupA()) && oldGroup.test(r.groupB()))),
                features.places().byIds(ids(incoming.locations(), l -> l.id())),
                incidents.byIds(knownIncidents),
                incidents.castsOf(incoming.incidentPeople().stream().map(v -> v.incidentId())
                        .filter(oldIncident).collect(Collectors.toSet())),
                casework.educationEventsLike(filter(incoming.educationEvents(), e -> oldPerson.test(e.personId()))),
                casework.referralsByIds(ids(incoming.referrals(), r -> r.id())),
                casework.meetingsByIds(ids(incoming.meetings(), m -> m.id())),
                people.familyHistoryLike(incoming.familyHistory()));
    }

    private static Set<String> minus(Set<String> all, Set<String> known) {
        Set<String> rest = new HashSet<>(all);
        rest.removeAll(known);
        return rest;
    }

    private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
        return items.stream().filter(keep).toList();
    }
}
