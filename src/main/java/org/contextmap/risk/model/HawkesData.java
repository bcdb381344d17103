package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;

/**
 * What the Hawkes fit needs from the history, prepared once before the first EM iteration: the
 * victimisations up to the last day, every incident's harm-weighted exposure by kind of route
 * (the party themselves as victim or suspect, 1..maxHops ties, a peer group shared with a
 * suspect), the candidate (victimisation, trigger) pairs and the open time of each person's own
 * involvements, the chronic background (Mohler 2014). An incident's harm is its harm × its
 * conflict factor, as in the model ({@link RetaliationRisk}).
 *
 * <p>Its own class because this is the once-only part of the fit — the routes from every party of
 * every incident, O(Σ routes × the incidents of the people reached) — after which the EM iterations
 * ({@link HawkesFit}, {@link HawkesIntensity}) only sweep the arrays built here. Ties and
 * associations are taken as known on the last day.
 */
final class HawkesData {

    final HarmHistory history;
    /** One past the last incident fitted. */
    final int endIndex;
    /** The last day fitted (epoch day). */
    final int lastDay;
    /** Days from the first incident to the last day, both included. */
    final double span;
    final int horizon;
    final int hops;
    /** Kinds of route: own victimisation, 1..hops ties, shared group, own suspicion. */
    final int categories;
    final int people;
    /** Per incident and kind of route: the harm it exposes people to ({@code i * categories + c}). */
    final double[] exposureByIncident;
    final TriggerPairs pairs = new TriggerPairs();
    /** The victimisations fitted. */
    int events;
    /** The own involvements as a victim, each counted for the share of the horizon open before the last day. */
    double chronicVictims;
    /** The same as a suspect. */
    double chronicSuspects;

    /**
     * @param known    the person graph as known on {@code to}
     * @param endIndex one past the last incident on or before {@code to}
     */
    HawkesData(CompactGraph known, GroupNetwork groups, HarmHistory history, RiskParameters start, LocalDate to,
            int endIndex) {
        this.history = history;
        this.endIndex = endIndex;
        this.lastDay = (int) to.toEpochDay();
        this.span = lastDay - history.day(0) + 1;
        this.horizon = start.horizonDays();
        this.hops = start.maxHops();
        this.categories = hops + 3;
        this.people = known.size();
        this.exposureByIncident = new double[endIndex * categories];
        collect(known, groups, start, to);
    }

    /** The share of incident {@code i}'s kernel {@code β·exp(−β lag)} inside its window. */
    double reach(int i, double beta) {
        return 1 - Math.exp(-beta * Math.min(horizon, lastDay - history.day(i)));
    }

    /** The candidate (victimisation, trigger) pairs and every incident's exposure by route. */
    private void collect(CompactGraph known, GroupNetwork groups, RiskParameters start, LocalDate to) {
        RiskParameters wholeSpan = new RiskParameters(start.decayDays(), start.distanceFactor(), hops,
                start.groupFactor(), start.conflictFactor(), 1.0, 1.0, start.repeatWindowDays(), 1.0, 0.0,
                Math.max(horizon, (int) span), start.highRelativeRisk(), start.mediumRelativeRisk(), start.outlookDays(),
                start.typeWeights(), start.severityWeights(), start.weaponWeights(), start.tensionPeriodDays());
        int[][] members = groups.membersOn(to);
        RetaliationRisk rivalries = new RetaliationRisk(known, groups, history, wholeSpan, to);
        Spread spread = new Spread(known, GroupNetwork.byPerson(known.size(), members), members, hops);
        int[] parties = history.parties();
        int[] eventOf = new int[parties.length];
        Arrays.fill(eventOf, -1);
        for (int i = 0; i < endIndex; i++) {
            for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                eventOf[k] = events++;
            }
        }
        for (int i = 0; i < endIndex; i++) {
            double weighted = history.harm(i) * rivalries.conflictFactor(i);
            int window = Math.min(horizon, lastDay - history.day(i));
            double open = window / (double) horizon;
            for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                boolean victim = k < history.victimEnd(i);
                int u = parties[k];
                exposureByIncident[i * categories + (victim ? 0 : hops + 2)] += weighted;
                addPairs(eventOf, i, u, victim ? 0 : hops + 2, weighted, window);
                spread.from(u, !victim);
                for (int t = 0; t < spread.count; t++) {
                    int v = spread.touched[t];
                    for (int d = 1; d <= hops; d++) {
                        route(eventOf, i, v, d, weighted * (d == 1 ? spread.oneStep[v] : spread.twoSteps[v]), window);
                    }
                    route(eventOf, i, v, hops + 1, weighted * spread.groups[v], window);
                }
                // the person-specific background: each own involvement, open for the horizon
                if (victim) {
                    chronicVictims += open;
                } else {
                    chronicSuspects += open;
                }
                addPairs(eventOf, i, parties[k], victim ? TriggerPairs.CHRONIC_VICTIM : TriggerPairs.CHRONIC_SUSPECT,
                        1, horizon);
            }
        }
    }

    /** Counts a route of category {@code c} (its harm × how many such routes) from incident {@code i} to {@code v}. */
    private void route(int[] eventOf, int i, int v, int c, double harm, int window) {
        if (harm > 0) {
            exposureByIncident[i * categories + c] += harm;
            addPairs(eventOf, i, v, c, harm, window);
        }
    }

    /** Pairs incident {@code i} with {@code v}'s later victimisations within {@code window} days. */
    private void addPairs(int[] eventOf, int i, int v, int category, double harm, int window) {
        int[] incidents = history.personIncidents();
        for (int s = history.personStart(v); s < history.personEnd(v); s++) {
            int j = incidents[s];
            int lag = history.day(j) - history.day(i);
            if (j < endIndex && lag >= 1 && lag <= window) {
                int at = victimSlot(j, v);
                if (at >= 0) {
                    pairs.add(eventOf[at], lag, category, harm);
                }
            }
        }
    }

    /** The position of {@code v} among incident {@code j}'s victims in the parties array, or -1. */
    private int victimSlot(int j, int v) {
        int[] parties = history.parties();
        for (int k = history.partyStart(j); k < history.victimEnd(j); k++) {
            if (parties[k] == v) {
                return k;
            }
        }
        return -1;
    }
}
