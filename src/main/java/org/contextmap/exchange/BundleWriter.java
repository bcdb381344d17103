package org.contextmap.exchange;

import java.util.Map;
import java.util.function.Supplier;
import org.contextmap.database.WriteCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a valid bundle through the features that own each kind of record, in an order in
 * which everything a row refers to already exists. Each batch commits on its own; the
 * {@link ImportJournal} makes the whole bundle land or none of it.
 */
@Component
class BundleWriter {

    private static final Logger log = LoggerFactory.getLogger(BundleWriter.class);

    private final Features features;

    BundleWriter(Features features) {
        this.features = features;
    }

    /**
     * Writes the bundle, calling {@code afterEachFile} between files (the journal's sign of life) and
     * putting into {@code changesByFile} what each file's rows changed in the graph.
     */
    WriteCounts write(Bundle b, Runnable afterEachFile, Map<BundleFile, WriteCounts> changesByFile) {
        var people = features.people();
        var groups = features.groups();
        var incidents = features.incidents();
        var casework = features.casework();
        var steps = new Steps(afterEachFile, changesByFile);
        steps.run(BundleFile.LOCATIONS, "locations", b.locations().size(), () -> features.places().upsert(b.locations()));
        steps.run(BundleFile.PEER_GROUPS, "peer groups", b.peerGroups().size(), () -> groups.upsertGroups(b.peerGroups()));
        steps.run(BundleFile.YOUNG_PEOPLE, "young people", b.youngPeople().size(), () -> people.upsertPeople(b.youngPeople()));
        steps.run(BundleFile.FAMILY_HISTORY, "family history", b.familyHistory().size(), () -> people.upsertFamilyHistory(b.familyHistory()));
        steps.run(BundleFile.GROUP_ASSOCIATIONS, "group associations", b.groupAssociations().size(),
                () -> groups.upsertAssociations(b.groupAssociations()));
        steps.run(BundleFile.RELATIONSHIPS, "relationships", b.relationships().size(), () -> people.upsertRelationships(b.relationships()));
        steps.run(BundleFile.GROUP_RELATIONS, "group relations", b.groupRelations().size(), () -> groups.upsertRelations(b.groupRelations()));
        steps.run(BundleFile.INCIDENTS, "incidents", b.incidents().size(), () -> incidents.upsert(b.incidents()));
        steps.run(BundleFile.INCIDENT_PEOPLE, "incident people", b.incidentPeople().size(), () -> incidents.upsertInvolvements(b.incidentPeople()));
        steps.run(BundleFile.EDUCATION_EVENTS, "education events", b.educationEvents().size(),
                () -> casework.upsertEducationEvents(b.educationEvents()));
        steps.run(BundleFile.REFERRALS, "referrals", b.referrals().size(), () -> casework.upsertReferrals(b.referrals()));
        steps.run(BundleFile.MEETINGS, "meetings", b.meetings().size(), () -> casework.upsertMeetings(b.meetings()));
        return steps.counts;
    }

    /** Runs the files one after another, summing what they changed. */
    private static final class Steps {
        private final Runnable afterEach;
        private final Map<BundleFile, WriteCounts> changed;
        private WriteCounts counts = WriteCounts.NONE;

        Steps(Runnable afterEach, Map<BundleFile, WriteCounts> changed) {
            this.afterEach = afterEach;
            this.changed = changed;
        }

        void run(BundleFile file, String what, int rows, Supplier<WriteCounts> write) {
            if (rows == 0) {
                return;
            }
            long started = System.nanoTime();
            WriteCounts written = write.get();
            changed.put(file, written);
            counts = counts.plus(written);
            log.info("Wrote {} {} in {} ms", rows, what, (System.nanoTime() - started) / 1_000_000);
            afterEach.run();
        }
    }
}
