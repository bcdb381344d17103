package org.contextmap.exchange;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.person.PersonService;
import org.contextmap.place.LocationType;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Component;

/** {@link ExistingRecords} answered by the features that own each kind of record. */
@Component
class GraphRecords implements ExistingRecords {

    private final PersonService people;
    private final GroupService groups;
    private final PlaceService places;
    private final IncidentService incidents;

    GraphRecords(PersonService people, GroupService groups, PlaceService places, IncidentService incidents) {
        this.people = people;
        this.groups = groups;
        this.places = places;
        this.incidents = incidents;
    }

    @Override
    public Set<String> people(Collection<String> ids) {
        return people.existingIds(ids);
    }

    @Override
    public Set<String> families(Collection<String> ids) {
        return people.existingFamilies(ids);
    }

    @Override
    public Set<String> groups(Collection<String> ids) {
        return groups.existingIds(ids);
    }

    @Override
    public Map<String, LocationType> locations(Collection<String> ids) {
        return places.existingTypes(ids);
    }

    @Override
    public Set<String> incidents(Collection<String> ids) {
        return incidents.existingIds(ids);
    }
}
