package org.contextmap.exchange;

import org.contextmap.casework.CaseworkService;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.person.PersonService;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Component;

/** The features a bundle is made of, each owning its kind of record: a bundle is read and written through them. */
@Component
record Features(PersonService people, GroupService groups, PlaceService places, IncidentService incidents,
        CaseworkService casework) {
}
