package org.contextmap.exchange;

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

    /** Writes the bundle, calling {@code afterEachFile} between files (the journal's sign of life). */
    WriteCounts write(Bundle b, Runnable afterEachFile) {
        var people = features.people();
        var groups = features.groups();
        var incidents = features.incidents();
        var casework = features.casework();
        var steps = new Steps(afterEachFile);
        steps.run("locations", b.locations().size(), () -> features.places().upsert(b.locations()));
        steps.run("peer groups", b.peerGroups().size(), () -> groups.upsertGroups(b.peerGroups()));
        steps.run("young people", b.youngPeople().size(), () -> people.upsertPeople(b.youngPeople()));
        steps.run("family history", b.familyHistory().size(), () -> people.upsertFamilyHistory(b.familyHistory()));
        steps.run("group associations", b.groupAssociations().size(),
                () -> groups.upsertAssociations(b.groupAssociations()));
        steps.run("relationships", b.relationships().size(), () -> people.upsertRelationships(b.relationships()));
        steps.run("group relations", b.groupRelations().size(), () -> groups.upsertRelations(b.groupRelations()));
        steps.run("incidents", b.incidents().size(), () -> incidents.upsert(b.incidents()));
        steps.run("incident people", b.incidentPeople().size(), () -> incidents.upsertInvolvements(b.incidentPeople()));
        steps.run("education events", b.educationEvents().size(),
                () -> casework.upsertEducationEvents(b.educationEvents()));
        steps.run("referrals", b.referrals().size(), () -> casework.upsertReferrals(b.referrals()));
        steps.run("meetings", b.meetings().size(), () -> casework.upsertMeetings(b.meetings()));
        return steps.counts;
    }

    /** Runs the files one after another, summing what they changed. */
    private static final class Steps {
        private final Runnable afterEach;
        private WriteCounts counts = WriteCounts.NONE;

        Steps(Runnable afterEach) {
            this.afterEach = afterEach;
        }

        void run(String what, int rows, Supplier<WriteCounts> write) {
            if (rows == 0) {
                return;
            }
            long started = System.nanoTime();
            counts = counts.plus(write.get());
            log.info("Wrote {} {} in {} ms", rows, what, (System.nanoTime() - started) / 1_000_000);
            afterEach.run();
        }
    }
}
