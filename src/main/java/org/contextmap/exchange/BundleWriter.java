package org.contextmap.exchange;

import org.contextmap.casework.CaseworkService;
import org.contextmap.database.WriteCounts;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.person.PersonService;
import org.contextmap.place.PlaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a valid bundle through the features that own each kind of record, in an order in
 * which everything a row refers to already exists. The caller holds the transaction, so the
 * whole bundle lands or none of it does.
 */
@Component
class BundleWriter {

    private static final Logger log = LoggerFactory.getLogger(BundleWriter.class);

    private final PersonService people;
    private final GroupService groups;
    private final PlaceService places;
    private final IncidentService incidents;
    private final CaseworkService casework;

    BundleWriter(PersonService people, GroupService groups, PlaceService places, IncidentService incidents,
            CaseworkService casework) {
        this.people = people;
        this.groups = groups;
        this.places = places;
        this.incidents = incidents;
        this.casework = casework;
    }

    WriteCounts write(Bundle bundle) {
        WriteCounts counts = WriteCounts.NONE;
        counts = counts.plus(step("locations", bundle.locations().size(), () -> places.upsert(bundle.locations())));
        counts = counts.plus(step("peer groups", bundle.peerGroups().size(), () -> groups.upsertGroups(bundle.peerGroups())));
        counts = counts.plus(step("young people", bundle.youngPeople().size(), () -> people.upsertPeople(bundle.youngPeople())));
        counts = counts.plus(step("family history", bundle.familyHistory().size(),
                () -> people.upsertFamilyHistory(bundle.familyHistory())));
        counts = counts.plus(step("group associations", bundle.groupAssociations().size(),
                () -> groups.upsertAssociations(bundle.groupAssociations())));
        counts = counts.plus(step("relationships", bundle.relationships().size(),
                () -> people.upsertRelationships(bundle.relationships())));
        counts = counts.plus(step("group relations", bundle.groupRelations().size(),
                () -> groups.upsertRelations(bundle.groupRelations())));
        counts = counts.plus(step("incidents", bundle.incidents().size(), () -> incidents.upsert(bundle.incidents())));
        counts = counts.plus(step("incident people", bundle.incidentPeople().size(),
                () -> incidents.upsertInvolvements(bundle.incidentPeople())));
        counts = counts.plus(step("education events", bundle.educationEvents().size(),
                () -> casework.upsertEducationEvents(bundle.educationEvents())));
        counts = counts.plus(step("referrals", bundle.referrals().size(), () -> casework.upsertReferrals(bundle.referrals())));
        counts = counts.plus(step("meetings", bundle.meetings().size(), () -> casework.upsertMeetings(bundle.meetings())));
        return counts;
    }

    private static WriteCounts step(String what, int rows, java.util.function.Supplier<WriteCounts> write) {
        if (rows == 0) {
            return WriteCounts.NONE;
        }
        long started = System.nanoTime();
        WriteCounts counts = write.get();
        log.info("Wrote {} {} in {} ms", rows, what, (System.nanoTime() - started) / 1_000_000);
        return counts;
    }
}
