package org.contextmap.exchange;

import java.util.Map;
import java.util.Set;
import org.contextmap.database.WriteCounts;

/**
 * Published after a bundle has been committed, so that caches and alerts can bring themselves
 * up to date for the young people and incidents it touched.
 *
 * @param changesByFile what each file written ({@code young_people.csv}, …) changed in the graph
 */
public record BundleImported(long dataVersion, Set<String> personIds, Set<String> incidentIds,
        Map<String, WriteCounts> changesByFile, ImportReport report) {
}
