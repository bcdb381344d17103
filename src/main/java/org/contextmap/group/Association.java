package org.contextmap.group;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.contextmap.base.Provenance;
import org.contextmap.base.RetentionSettings;

/**
 * A young person's association with a peer group, as a profile shows it.
 *
 * @param confirmedOn the day it was last re-confirmed, if ever
 * @param counting    whether it counts in scores, alerts and the network today: recorded or
 *                    re-confirmed within the retention period (docs/retention.md)
 * @param note        when it no longer counts, why, in words ("Not re-confirmed since …"); else {@code null}
 */
public record Association(String groupId, String groupName, String area, Provenance provenance,
        LocalDate confirmedOn, boolean counting, String note) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public Association(String groupId, String groupName, String area, Provenance provenance) {
        this(groupId, groupName, area, provenance, null, true, null);
    }

    /** The same association as judged on {@code day}: a stale one stays on the record as history. */
    Association on(LocalDate day, RetentionSettings retention) {
        LocalDate since = provenance == null ? null : provenance.since();
        if (retention.associationCounts(since, confirmedOn, day)) {
            return new Association(groupId, groupName, area, provenance, confirmedOn, true, null);
        }
        LocalDate last = confirmedOn != null && (since == null || confirmedOn.isAfter(since)) ? confirmedOn : since;
        String note = last == null ? "No date recorded: kept as history, not counted in scores or alerts."
                : "Not re-confirmed since " + DAY.format(last) + ": kept as history, no longer counted in scores or alerts.";
        return new Association(groupId, groupName, area, provenance, confirmedOn, false, note);
    }
}
