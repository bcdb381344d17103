package org.contextmap.exchange;

import java.util.List;
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

    /** Files whose every change changes the network; of young people only new or removed ones do. */
    private static final List<String> NETWORK_FILES = List.of("relationships.csv", "peer_groups.csv",
            "group_associations.csv", "group_relations.csv");

    /** Whether the import changed the person or group graph (young people, ties, groups, associations). */
    public boolean networkChanged() {
        return networkChanged(changesByFile);
    }

    static boolean networkChanged(Map<String, WriteCounts> changesByFile) {
        WriteCounts people = changesByFile.getOrDefault("young_people.csv", WriteCounts.NONE);
        return people.nodesCreated() != 0 || people.nodesDeleted() != 0 || NETWORK_FILES.stream()
                .anyMatch(file -> !changesByFile.getOrDefault(file, WriteCounts.NONE).equals(WriteCounts.NONE));
    }
}
