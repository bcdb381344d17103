package org.contextmap.explorer.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.contextmap.network.cluster.BridgeReport;
import org.contextmap.network.cluster.ClusterAnalytics;
import org.contextmap.network.cluster.ClusterReport;
import org.contextmap.network.ego.EgoNetwork;

/**
 * What the explorer highlights on demand, from the whole network's analysis (Louvain clusters,
 * Blondel et al. 2008; cut vertices and bridges, Hopcroft and Tarjan 1973): the cluster of the
 * child at the centre, and the people and ties that bridge groups recorded as in conflict.
 */
record Highlights(ClusterAnalytics clusters, EgoNetwork shown, LocalDate asOf) {

    List<String> centresCluster() {
        if (shown == null) {
            return List.of();
        }
        ClusterReport report = clusters.clusters(asOf);
        return report.clusters().stream().filter(c -> c.members().contains(shown.personId()))
                .findFirst().map(ClusterReport.Cluster::members).orElse(List.of());
    }

    List<String> bridges() {
        if (shown == null) {
            return List.of();
        }
        BridgeReport report = clusters.bridges(asOf, 1_000);
        List<String> ids = new ArrayList<>();
        report.cutPeople().stream().filter(p -> !p.groupsInConflict().isEmpty()).forEach(p -> ids.add(p.personId()));
        for (BridgeReport.Bridge bridge : report.bridges()) {
            String a = bridge.personA();
            String b = bridge.personB();
            ids.add("e:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|KNOWS");
        }
        return ids;
    }
}
