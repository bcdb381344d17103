package org.contextmap.network.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/analytics/clusters}: groups of young people more densely tied to each other than
 * to the rest, found in the network itself, set beside the peer groups that agencies have
 * recorded. A cluster is a pattern of recorded ties, not a gang; where one spans groups recorded
 * as in conflict, the people in it may be at risk from both sides and it is worth a
 * practitioner's attention.
 *
 * @param algorithm             the community detection whose result is shown (the highest modularity)
 * @param modularity            its modularity (Newman–Girvan, as networkx.community.modularity)
 * @param modularityByAlgorithm every algorithm that ran, with its modularity
 * @param unclustered           young people in no cluster of two or more (no recorded ties)
 * @param clusters              clusters of two or more, largest first
 */
public record ClusterReport(LocalDate asOf, String algorithm, double modularity,
        Map<String, Double> modularityByAlgorithm, int people, int unclustered, List<Cluster> clusters) {

    /**
     * @param number               1 for the largest cluster, and so on
     * @param contribution         this cluster's share of the modularity
     * @param keyPeople            the members with most ties inside the cluster, at most five
     * @param peerGroups           recorded peer groups with associates in the cluster, and how many
     * @param spansGroupsInConflict pairs of those groups recorded as in conflict with each other
     * @param attention            why a practitioner should look, in words; absent when nothing stands out
     * @param members              ids of the young people in the cluster
     */
    public record Cluster(int number, int size, double contribution, List<KeyPerson> keyPeople,
            List<GroupOverlap> peerGroups, List<List<String>> spansGroupsInConflict, String attention,
            List<String> members) {
    }

    public record KeyPerson(String personId, String name, int tiesWithin) {
    }

    public record GroupOverlap(String groupId, String name, int associates) {
    }
}
