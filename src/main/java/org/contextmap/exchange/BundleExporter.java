package org.contextmap.exchange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole graph as a CSV bundle, the same format the importer reads, so that
 * import → export → import gives back the same data.
 */
@Service
public class BundleExporter {

    private final Features features;
    private final ImportJournal journal;

    BundleExporter(Features features, ImportJournal journal) {
        this.features = features;
        this.journal = journal;
    }

    /**
     * Reads everything in one read transaction, so the export is a consistent snapshot. Refused
     * while an import is being written: its batches are committed one by one, and an export then
     * would hold half of it.
     */
    @Transactional(readOnly = true)
    public Bundle read() {
        if (journal.writing()) {
            throw new ImportInProgressException("An import is being written; export when it has finished.");
        }
        var people = features.people();
        var groups = features.groups();
        var incidents = features.incidents();
        var casework = features.casework();
        return new Bundle(people.all(), groups.all(), groups.allAssociations(), people.allRelationships(),
                groups.allRelations(), features.places().all(), incidents.all(), incidents.allInvolvements(),
                casework.allEducationEvents(), casework.allReferrals(), casework.allMeetings(),
                people.allFamilyHistory());
    }
}
