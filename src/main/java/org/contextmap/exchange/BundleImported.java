package org.contextmap.exchange;

import java.util.Set;

/**
 * Published after a bundle has been committed, so that caches and alerts can bring themselves
 * up to date for the young people and incidents it touched.
 */
public record BundleImported(long dataVersion, Set<String> personIds, Set<String> incidentIds,
        ImportReport report) {
}
