package org.contextmap.exchange;

import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole graph as a CSV bundle, the same format the importer reads, so that
 * import → export → import gives back the same data.
 */
@Service
public class BundleExporter {

    private final Features features;

    BundleExporter(Features features) {
        this.features = features;
    }

    /** Reads everything in one read transaction, so the export is a consistent snapshot. */
    @Transactional(readOnly = true)
    public Bundle read() {
        var people = features.people();
        var groups = features.groups();
        var incidents = features.incidents();
        var casework = features.casework();
        return new Bundle(people.all(), groups.all(), groups.allAssociations(), people.allRelationships(),
                groups.allRelations(), features.places().all(), incidents.all(), incidents.allInvolvements(),
                casework.allEducationEvents(), casework.allReferrals(), casework.allMeetings(),
                people.allFamilyHistory());
    }

    public void writeZip(OutputStream out) {
        CsvBundleWriter.writeZip(read(), out);
    }
}
