package org.contextmap.network.cluster;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/analytics/bridges}: the young people and ties that alone hold parts of the
 * network together (cut-vertices and bridges). Someone who is the only link between a group and
 * the rest may be a route for exploitation or retaliation — or the one trusted contact through
 * whom help can reach the others. Which it is, the people who know them decide.
 *
 * @param cutPeople the young people whose absence would split their part of the network, those
 *                  who would cut off most people first
 * @param bridges   ties whose loss would split the network, other than ties to someone with no
 *                  other tie
 */
public record BridgeReport(LocalDate asOf, int people, int ties, List<CutPerson> cutPeople, List<Bridge> bridges) {

    /**
     * @param separates         sizes of the parts their absence would leave, largest first
     * @param cutOff            people who would be cut off from the largest remaining part
     * @param connectsClusters  numbers of the clusters (of {@code /api/analytics/clusters}) among them and their contacts
     * @param connectsGroups    peer groups that they or their contacts are associated with
     * @param groupsInConflict  pairs of those groups recorded as in conflict
     */
    public record CutPerson(String personId, String name, List<Integer> separates, int cutOff,
            List<Integer> connectsClusters, List<String> connectsGroups, List<List<String>> groupsInConflict) {
    }

    public record Bridge(String personA, String nameA, String personB, String nameB, List<String> kinds,
            List<String> sources) {
    }
}
