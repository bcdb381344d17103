package org.contextmap.equality;

import java.time.LocalDate;
import java.util.List;

/**
 * The disproportionality report of a day (docs/disproportionality.md): counts only, no names.
 *
 * @param population     the young people known on the day (born by then)
 * @param overall        each outcome across everyone: how many, and the rate
 * @param characteristics each characteristic with its groups
 * @param method         how the interval is computed, and the continuity correction, in words
 * @param findings       every sentence of the report, where a group is over-represented
 */
public record DisproportionalityReport(LocalDate asOf, long population, List<Overall> overall,
        List<CharacteristicRows> characteristics, String method, List<String> findings) {

    /** An outcome across everyone. */
    public record Overall(String outcome, String label, long count, double rate) {
    }

    /** One characteristic and its groups, in a fixed order. */
    public record CharacteristicRows(String characteristic, String label, List<GroupRow> groups) {
    }

    /** One group: its base population and each outcome against everyone else. */
    public record GroupRow(String group, long population, List<OutcomeRow> outcomes) {
    }

    /**
     * One outcome for one group.
     *
     * @param comparison  the counts, rates, ratio and interval against everyone else ({@link RateRatio})
     * @param finding     the plain sentence when the group is over-represented (the interval's lower
     *                    bound above 1), else {@code null}
     */
    public record OutcomeRow(String outcome, String label, RateRatio comparison, boolean overRepresented,
            String finding) {
    }
}
