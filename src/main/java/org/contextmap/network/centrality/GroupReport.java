package org.contextmap.network.centrality;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/analytics/groups}: the group-level view. Each peer group's position in the
 * group graph (groups joined by recorded conflict, alliance and shared associates: "cluster
 * centrality"), and, within the group, the young people most central to it. Association with a
 * group is a recorded concern about risk of harm, not a finding of membership.
 *
 * @param asOf   the day the network is as known on
 * @param groups every peer group, most central in the group graph first
 */
public record GroupReport(LocalDate asOf, List<Group> groups) {

    /**
     * @param associates      young people recorded as associated with the group on the day
     * @param inConflictWith  ids of groups it is recorded as in conflict with
     * @param alliedWith      ids of groups it is recorded as allied with
     * @param sharedAssociates groups with which it shares associates, and how many
     * @param degree          degree centrality in the group graph (networkx.degree_centrality)
     * @param betweenness     betweenness in the group graph (networkx.betweenness_centrality)
     * @param pagerank        PageRank in the unweighted group graph (networkx.pagerank with weight=None)
     * @param keyPeople       the associates most central within the group, at most five
     */
    public record Group(String groupId, String name, int associates, List<String> inConflictWith,
            List<String> alliedWith, List<Shared> sharedAssociates, double degree, double betweenness,
            double pagerank, List<KeyPerson> keyPeople) {
    }

    public record Shared(String groupId, int associates) {
    }

    /**
     * @param tiesWithin        ties to other associates of the same group
     * @param betweennessWithin betweenness within the subgraph of the group's associates (networkx-normalised)
     */
    public record KeyPerson(String personId, String name, int tiesWithin, double betweennessWithin) {
    }
}
