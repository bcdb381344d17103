package org.contextmap.retention;

import java.time.LocalDate;
import java.util.Map;

/**
 * What retention removes on a day, or removed: counts per kind of fact, never names.
 *
 * @param asOf    the day the periods were counted back from
 * @param dryRun  {@code true}: what would be removed; nothing was
 * @param removed per kind, in a fixed order: {@code people} (records erased), {@code incidentInvolvements},
 *                {@code associations}, {@code relationships}, {@code alertDecisions}, {@code families}
 *                (left with nobody, with their family history), {@code incidents}, {@code educationEvents},
 *                {@code referrals}, {@code meetings}, and {@code incidentsAnonymised} (kept for place
 *                statistics with nobody on them and their summary removed)
 * @param staleAssociations associations with a peer group not re-confirmed within the period: kept on
 *                the record as history, no longer counted in scores, alerts or the network
 * @param undatedPeople young people without a date of birth, whom retention cannot age: to be checked by hand
 */
public record RetentionReport(LocalDate asOf, boolean dryRun, Map<String, Long> removed, long staleAssociations,
        long undatedPeople) {

    /** Whether anything is (or was) removed or changed. */
    public boolean changesSomething() {
        return removed.values().stream().anyMatch(count -> count > 0);
    }
}
