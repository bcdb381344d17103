package org.contextmap.risk.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.contextmap.network.graph.GroupNetwork;

/**
 * For each incident counted on one day, the pair of peer groups recorded as in conflict across it:
 * a group a victim is associated with against one a suspect is associated with, the conflict
 * recorded on or before the day of the incident. Such an incident weighs {@code conflictFactor}
 * times more — retaliation and "inertia" between established rivals (Papachristos 2009, "Murder
 * by structure", AJS 115(1); Gravel et al. 2023) — and its explanation names the two groups.
 *
 * <p>Its own class because both the score and the fit need the same answer: {@link RetaliationRisk}
 * weighs and explains with it, {@link HawkesFit} takes an incident's harm as harm × this factor.
 * Found once per model, in O(victims × suspects × their groups) per counted incident.
 */
final class Rivalries {

    private final GroupNetwork groups;
    private final int first;
    private final int end;
    /** Per counted incident: the groups in conflict, victim's first ({@code a << 32 | b}), or -1. */
    private final long[] pairs;

    /**
     * @param groupsOf the groups of each person as known on the day ({@link GroupNetwork#byPerson})
     * @param first    the first incident counted on the day
     * @param end      one past the last
     */
    Rivalries(GroupNetwork groups, int[][] groupsOf, HarmHistory history, int first, int end) {
        this.groups = groups;
        this.first = first;
        this.end = end;
        this.pairs = find(groups, groupsOf, history, first, end);
    }

    /** Whether counted incident {@code i} is between groups in conflict (false outside the day's incidents). */
    boolean across(int i) {
        return i >= first && i < end && pairs[i - first] >= 0;
    }

    /** The pair of groups in conflict across incident {@code i} as a {@link GroupNetwork#pair} key, or -1. */
    long pair(int i) {
        return i < first || i >= end ? -1 : pairs[i - first];
    }

    /** The groups in conflict across incident {@code i} (victim's first), or an empty list. */
    List<String> of(int i) {
        if (i < first || i >= end || pairs[i - first] < 0) {
            return List.of();
        }
        long pair = pairs[i - first];
        return List.of(groups.id((int) (pair >>> 32)), groups.id((int) pair));
    }

    /**
     * For each counted incident, the pair of groups in conflict between a victim's and a suspect's
     * associations (a {@link GroupNetwork#pair} key), or -1.
     */
    private static long[] find(GroupNetwork groups, int[][] groupsOf, HarmHistory history, int first, int end) {
        long[] pairs = new long[end - first];
        Arrays.fill(pairs, -1);
        Map<Long, Integer> conflicts = groups.conflictsSince();
        if (conflicts.isEmpty()) {
            return pairs;
        }
        int[] parties = history.parties();
        for (int i = first; i < end; i++) {
            search:
            for (int a = history.partyStart(i); a < history.victimEnd(i); a++) {
                for (int b = history.victimEnd(i); b < history.partyEnd(i); b++) {
                    for (int ga : groupsOf[parties[a]]) {
                        for (int gb : groupsOf[parties[b]]) {
                            Integer since = ga == gb ? null : conflicts.get(GroupNetwork.pair(ga, gb));
                            if (since != null && since <= history.day(i)) {
                                pairs[i - first] = (long) ga << 32 | gb;
                                break search;
                            }
                        }
                    }
                }
            }
        }
        return pairs;
    }
}
