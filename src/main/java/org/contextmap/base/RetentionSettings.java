package org.contextmap.base;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of fact is kept and counted ({@code contextmap.retention.*}; docs/retention.md).
 * Nobody stays on a list for ever: the ICO's enforcement notice on the Metropolitan Police's Gangs
 * Matrix (2018) found no retention period and names kept long after any risk had passed. It is in
 * the shared vocabulary because several features read it: the retention job erases by it, and the
 * network snapshot, the practice alerts and a child's record stop counting an association with a
 * peer group that nobody has re-confirmed within {@link #associationsCountFor}.
 *
 * @param eraseAtAge           a young person's record may be erased once they have turned this age (default 25) …
 * @param quietFor             … and nothing has been recorded about them for this long (default 6 years)
 * @param incidents            incidents that happened longer ago than this are erased (default 7 years)
 * @param educationEvents      education events older than this are erased (default 7 years)
 * @param referrals            referrals received longer ago than this are erased (default 7 years)
 * @param meetings             meetings held longer ago than this are erased (default 7 years)
 * @param associationsCountFor an association with a peer group counts in scores, alerts and the network
 *                             for this long after it was recorded or last re-confirmed (default 2 years);
 *                             after that it stays on the record as history only
 * @param cron                 when the daily retention job runs (default 02:30 every day; {@code -} never)
 */
@ConfigurationProperties("contextmap.retention")
public record RetentionSettings(Integer eraseAtAge, Period quietFor, Period incidents, Period educationEvents,
        Period referrals, Period meetings, Period associationsCountFor, String cron) {

    /** The defaults, for code and tests that run without Spring. */
    public static final RetentionSettings DEFAULTS = new RetentionSettings(null, null, null, null, null, null, null,
            null);

    public RetentionSettings {
        eraseAtAge = eraseAtAge == null ? 25 : eraseAtAge;
        quietFor = quietFor == null ? Period.ofYears(6) : quietFor;
        incidents = incidents == null ? Period.ofYears(7) : incidents;
        educationEvents = educationEvents == null ? Period.ofYears(7) : educationEvents;
        referrals = referrals == null ? Period.ofYears(7) : referrals;
        meetings = meetings == null ? Period.ofYears(7) : meetings;
        associationsCountFor = associationsCountFor == null ? Period.ofYears(2) : associationsCountFor;
        cron = cron == null || cron.isBlank() ? "0 30 2 * * *" : cron;
    }

    /**
     * The last day on which an association recorded on {@code since} and last re-confirmed on
     * {@code confirmedOn} (either may be {@code null}) still counts: the later of the two plus
     * {@link #associationsCountFor}. An association with neither date cannot be shown to be
     * current and never counts: {@link LocalDate#MIN}.
     */
    public LocalDate associationCountsUntil(LocalDate since, LocalDate confirmedOn) {
        LocalDate last = confirmedOn != null && (since == null || confirmedOn.isAfter(since)) ? confirmedOn : since;
        return last == null ? LocalDate.MIN : last.plus(associationsCountFor);
    }

    /** Whether an association last confirmed (or recorded) then still counts on {@code asOf}. */
    public boolean associationCounts(LocalDate since, LocalDate confirmedOn, LocalDate asOf) {
        return !asOf.isAfter(associationCountsUntil(since, confirmedOn));
    }
}
