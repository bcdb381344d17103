package org.contextmap.network.centrality;

import org.contextmap.network.graph.CompactGraph;

/**
 * Degree centrality as NetworkX's {@code degree_centrality(G)}: the number of distinct people a
 * young person has a recorded tie with, divided by {@code n - 1} (1 for a graph of one vertex).
 * L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks
 * 1:215–239, 1978. O(n) time: the degree is the length of the vertex's CSR row.
 */
public final class DegreeCentrality {

    private DegreeCentrality() {
    }

    public static double[] compute(CompactGraph graph) {
        int n = graph.size();
        double[] scores = new double[n];
        if (n == 1) {
            scores[0] = 1;
            return scores;
        }
        double scale = 1.0 / (n - 1);
        for (int v = 0; v < n; v++) {
            scores[v] = graph.degree(v) * scale;
        }
        return scores;
    }
}
