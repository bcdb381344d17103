package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.network.graph.GroupNetwork;

/**
 * What each incident counted on one day is worth before it travels: at its parties,
 * {@code f(i) = harm(i) × exp(−(day − day(i)) / decayDays) × conflict(i)}, the excitation of a
 * Hawkes process with an exponential kernel (Hawkes 1971; Green, Horel &amp; Papachristos 2017),
 * and the weight of each party's side and own route. Only the incidents within the horizon up to
 * the day count: indices {@code first .. end-1} of the history.
 *
 * <p>Its own class because the three ways of using the model — every score at once
 * ({@link AllScores}), one incident's contributions ({@link IncidentUpdate}) and one person's
 * explanation ({@link ScoreExplanation}) — must weigh an incident identically, or the explanations
 * would not add up to the scores. Every method is O(1) but {@link #ownReach}, which looks for an
 * earlier harm of the victim among their own incidents.
 */
final class IncidentWeights {

    private final HarmHistory history;
    private final RiskParameters parameters;
    private final int day;
    private final int first;
    private final int end;
    private final Rivalries rivalries;

    /**
     * @param groupsOf each person's groups as known on {@code asOf}, for the conflicts across incidents
     */
    IncidentWeights(HarmHistory history, RiskParameters parameters, LocalDate asOf, GroupNetwork groups,
            int[][] groupsOf) {
        this.history = history;
        this.parameters = parameters;
        this.day = (int) asOf.toEpochDay();
        this.first = history.firstOnOrAfter(day - parameters.horizonDays());
        this.end = history.firstOnOrAfter(day + 1);
        this.rivalries = new Rivalries(groups, groupsOf, history, first, end);
    }

    HarmHistory history() {
        return history;
    }

    RiskParameters parameters() {
        return parameters;
    }

    /** The day, as an epoch day. */
    int day() {
        return day;
    }

    /** The first incident counted on the day. */
    int first() {
        return first;
    }

    /** One past the last incident counted on the day. */
    int end() {
        return end;
    }

    /** Whether incident {@code i} counts on the day. */
    boolean counted(int i) {
        return i >= first && i < end;
    }

    /** Whether the party at position {@code k} of incident {@code i} is a victim (else a suspect). */
    boolean victim(int i, int k) {
        return k < history.victimEnd(i);
    }

    /** The share of incident {@code i}'s harm left on the day. */
    double decay(int i) {
        return parameters.decay(day - history.day(i));
    }

    /** What incident {@code i} is worth at its parties before the route: harm × decay × conflict. */
    double dynamic(int i) {
        return history.harm(i) * parameters.decay(day - history.day(i)) * conflictFactor(i);
    }

    /** The conflict multiplier of counted incident {@code i} (1 outside the day's incidents). */
    double conflictFactor(int i) {
        return rivalries.across(i) ? parameters.conflictFactor() : 1;
    }

    /** The pair of groups in conflict across incident {@code i}, as a key, or -1. */
    long rivalPair(int i) {
        return rivalries.pair(i);
    }

    /** The groups in conflict across incident {@code i} (victim's first), or an empty list. */
    List<String> rivals(int i) {
        return rivalries.of(i);
    }

    /** The weight of the own route of the party at position {@code k} of incident {@code i}. */
    double ownReach(int i, int k) {
        int u = history.parties()[k];
        if (k < history.victimEnd(i)) {
            if (history.fatal(i)) {
                return 0; // the child died: their network is at risk, they are not
            }
            return parameters.victimWeight()
                    * (history.harmedBefore(u, i, parameters.repeatWindowDays()) ? parameters.repeatFactor() : 1);
        }
        return parameters.suspectWeight();
    }

    /** The weight of the side of the party at {@code k} of incident {@code i}. */
    double side(int i, int k) {
        return k < history.victimEnd(i) ? parameters.victimWeight() : parameters.suspectWeight();
    }

    /** Whether the party at {@code k} of incident {@code i} is a victim harmed within the repeat window before. */
    boolean repeat(int i, int k) {
        return victim(i, k) && !history.fatal(i)
                && history.harmedBefore(history.parties()[k], i, parameters.repeatWindowDays());
    }
}
