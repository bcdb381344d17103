package org.contextmap.network.centrality;

import org.contextmap.network.graph.CompactGraph;

/** Computes any {@link Metric} exactly on a graph, on every core where the algorithm is parallel. */
public final class Centralities {

    private Centralities() {
    }

    public static Scores compute(Metric metric, CompactGraph graph) {
        return Scores.exact(metric, switch (metric) {
            case DEGREE -> DegreeCentrality.compute(graph);
            case BETWEENNESS -> BrandesBetweenness.compute(graph);
            case CLOSENESS -> DistanceCentrality.closeness(graph);
            case HARMONIC -> DistanceCentrality.harmonic(graph);
            case PAGERANK -> PageRank.compute(graph);
            case EIGENVECTOR -> EigenvectorCentrality.compute(graph);
            case CORENESS -> Coreness.scores(graph);
            case CLUSTERING -> ClusteringCoefficient.compute(graph);
        });
    }
}
