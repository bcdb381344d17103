package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.base.Trend;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;

/**
 * Tension between peer groups on one day: for each pair of groups, the time-decayed harm between
 * young people associated with them — a suspect associated with one, a victim with the other — in
 * both directions, how reciprocal it is, and whether it is rising against the period before.
 * Rivalry between established groups has "inertia" (Gravel et al. 2023; Papachristos 2009): a pair
 * where harm flows both ways is where the next retaliation is most likely.
 */
public final class GroupTensions {

    /** One incident between two groups' associates: who harmed whom. */
    public record IncidentBetweenGroups(String incidentId, LocalDate date, IncidentType type, Severity severity,
            Weapon weapon, String suspectsGroup, String victimsGroup, double weight) {
    }

    /**
     * A pair of groups and the harm between them.
     *
     * @param relation      CONFLICT or ALLIANCE as recorded on the day, or null when neither
     * @param intensity     time-decayed harm both ways: {@code aToB + bToA}
     * @param aToB          decayed harm done to B's associates by suspects associated with A
     * @param bToA          the other way
     * @param reciprocity   {@code min / max} of the two directions: 0 one-sided, 1 equal
     * @param current       undecayed harm in the last period (days {@code asOf − period + 1 .. asOf})
     * @param previous      undecayed harm in the period before it
     * @param incidentCount every incident between them within the horizon
     * @param incidents     the most recent of them, newest first
     */
    public record Tension(String groupA, String groupB, GroupLink relation, double intensity, double aToB, double bToA,
            double reciprocity, double current, double previous, Trend trend, int incidentCount,
            List<IncidentBetweenGroups> incidents) {
    }

    private GroupTensions() {
    }

    /**
     * Pairs of groups ranked by intensity on {@code asOf}, from the incidents within the horizon and
     * the associations known on the day; at most {@code incidentsPerPair} incidents listed per pair.
     */
    public static List<Tension> on(GroupNetwork groups, HarmHistory history, RiskParameters parameters,
            LocalDate asOf, int incidentsPerPair) {
        int day = (int) asOf.toEpochDay();
        int period = parameters.tensionPeriodDays();
        int[][] groupsOf = GroupNetwork.byPerson(history.graph().size(), groups.membersOn(asOf));
        int from = history.firstOnOrAfter(day - Math.max(parameters.horizonDays(), 2 * period));
        int end = history.firstOnOrAfter(day + 1);
        Map<Long, double[]> sums = new HashMap<>();
        Map<Long, List<Integer>> incidentsOf = new HashMap<>();
        Map<Long, List<Long>> directions = new HashMap<>();
        int[] parties = history.parties();
        Set<Long> seen = new HashSet<>();
        for (int i = from; i < end; i++) {
            seen.clear();
            int age = day - history.day(i);
            double harm = history.harm(i);
            double decayed = age <= parameters.horizonDays() ? harm * parameters.decay(age) : 0;
            for (int s = history.victimEnd(i); s < history.partyEnd(i); s++) {
                for (int v = history.partyStart(i); v < history.victimEnd(i); v++) {
                    for (int a : groupsOf[parties[s]]) {
                        for (int b : groupsOf[parties[v]]) {
                            long directed = (long) a << 32 | b;
                            if (a == b || !seen.add(directed)) {
                                continue;
                            }
                            long pair = GroupNetwork.pair(a, b);
                            double[] sum = sums.computeIfAbsent(pair, k -> new double[4]);
                            sum[a < b ? 0 : 1] += decayed;
                            if (age < period) {
                                sum[2] += harm;
                            } else if (age < 2 * period) {
                                sum[3] += harm;
                            }
                            incidentsOf.computeIfAbsent(pair, k -> new ArrayList<>()).add(i);
                            directions.computeIfAbsent(pair, k -> new ArrayList<>()).add(directed);
                        }
                    }
                }
            }
        }
        CompactGraph relations = groups.graphOn(asOf);
        List<Tension> tensions = new ArrayList<>();
        for (var entry : sums.entrySet()) {
            long pair = entry.getKey();
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            double[] sum = entry.getValue();
            List<Integer> list = incidentsOf.get(pair);
            List<Long> directed = directions.get(pair);
            List<IncidentBetweenGroups> recent = new ArrayList<>();
            for (int k = list.size() - 1; k >= 0 && recent.size() < incidentsPerPair; k--) {
                int i = list.get(k);
                long d = directed.get(k);
                int age = day - history.day(i);
                HarmfulIncident incident = history.incident(i);
                recent.add(new IncidentBetweenGroups(incident.id(), incident.day(), incident.type(),
                        incident.severity(), incident.weapon(), groups.id((int) (d >>> 32)), groups.id((int) d),
                        age <= parameters.horizonDays() ? history.harm(i) * parameters.decay(age) : 0));
            }
            double max = Math.max(sum[0], sum[1]);
            tensions.add(new Tension(groups.id(a), groups.id(b), relation(relations, groups, a, b), sum[0] + sum[1],
                    sum[0], sum[1], max == 0 ? 0 : Math.min(sum[0], sum[1]) / max, sum[2], sum[3],
                    Trend.of(sum[2], sum[3]), list.size(), List.copyOf(recent)));
        }
        tensions.sort(Comparator.comparingDouble(Tension::intensity).reversed()
                .thenComparing(Comparator.comparingDouble(Tension::current).reversed())
                .thenComparing(Tension::groupA).thenComparing(Tension::groupB));
        return tensions;
    }

    static GroupLink relation(CompactGraph relations, GroupNetwork groups, int a, int b) {
        int va = relations.vertex(groups.id(a));
        int vb = relations.vertex(groups.id(b));
        int e = va < 0 || vb < 0 ? -1 : relations.edge(va, vb);
        if (e < 0) {
            return null;
        }
        int kinds = relations.kinds(e);
        if ((kinds & 1 << GroupLink.CONFLICT.ordinal()) != 0) {
            return GroupLink.CONFLICT;
        }
        return (kinds & 1 << GroupLink.ALLIANCE.ordinal()) != 0 ? GroupLink.ALLIANCE : null;
    }
}
