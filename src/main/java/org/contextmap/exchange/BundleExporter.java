package org.contextmap.exchange;

import java.io.OutputStream;
import org.contextmap.casework.CaseworkService;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.person.PersonService;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole graph as a CSV bundle, the same format the importer reads, so that
 * import → export → import gives back the same data.
 */
@Service
public class BundleExporter {

    private final PersonService people;
    private final GroupService groups;
    private final PlaceService places;
    private final IncidentService incidents;
    private final CaseworkService casework;

    BundleExporter(PersonService people, GroupService groups, PlaceService places, IncidentService incidents,
            CaseworkService casework) {
        this.people = people;
        this.groups = groups;
        this.places = places;
        this.incidents = incidents;
        this.casework = casework;
    }

    /** Reads everything in one read transaction, so the export is a consistent snapshot. */
    @Transactional(readOnly = true)
    public Bundle read() {
        return new Bundle(people.all(), groups.all(), groups.allAssociations(), people.allRelationships(),
                groups.allRelations(), places.all(), incidents.all(), incidents.allInvolvements(),
                casework.allEducationEvents(), casework.allReferrals(), casework.allMeetings(),
                people.allFamilyHistory());
    }

    public void writeZip(OutputStream out) {
        CsvBundleWriter.writeZip(read(), out);
    }
}
