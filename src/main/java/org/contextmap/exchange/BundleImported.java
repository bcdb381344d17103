package org.contextmap.exchange;

import java.util.Set;

/**
 * Published after a bundle has been committed, so that caches and alerts can bring themselves
 * up to date for the young people and incidents it touched.
 *
 * @param changedFiles the bundle files ({@code young_people.csv}, …) whose rows changed the graph:
 *                     a file re-imported unchanged is not among them
 */
public record BundleImported(long dataVersion, Set<String> personIds, Set<String> incidentIds,
        Set<String> changedFiles, ImportReport report) {
}
