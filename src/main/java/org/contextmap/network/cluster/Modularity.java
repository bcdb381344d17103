package org.contextmap.network.cluster;

import org.contextmap.network.graph.CompactGraph;

/**
 * Newman–Girvan modularity of a partition of an unweighted, undirected graph with resolution 1:
 * {@code Q = Σ_c [ L_c / m − (d_c / 2m)² ]}, where {@code m} is the number of edges, {@code L_c}
 * the number of edges inside community {@code c} and {@code d_c} the sum of the degrees of its
 * members (M. E. J. Newman and M. Girvan, "Finding and evaluating community structure in
 * networks", Physical Review E 69:026113, 2004). Equals NetworkX's
 * {@code networkx.algorithms.community.modularity(G, communities)}.
 *
 * <p>Q is the fraction of ties that fall inside communities minus the fraction expected if the
 * same people kept their number of ties but tied at random, so it rewards groups that are denser
 * than their members' activity alone explains. It ranges over [−1/2, 1). A graph without edges
 * has Q = 0 here (NetworkX divides by zero). O(n + m) time.
 */
public final class Modularity {

    private Modularity() {
    }

    /** Q of a partition given as community numbers {@code 0..count-1}, one per vertex. */
    public static double of(CompactGraph graph, int[] community, int count) {
        double q = 0;
        for (double contribution : contributions(graph, community, count)) {
            q += contribution;
        }
        return q;
    }

    /**
     * Each community's share of Q, {@code L_c / m − (d_c / 2m)²}: how much it adds over chance.
     * A community's share is negative when its members' ties lead mostly out of it.
     */
    public static double[] contributions(CompactGraph graph, int[] community, int count) {
        if (community.length != graph.size()) {
            throw new IllegalArgumentException(
                    "a partition of " + community.length + " vertices for a graph of " + graph.size());
        }
        double[] contributions = new double[count];
        int m = graph.edgeCount();
        if (m == 0) {
            return contributions;
        }
        long[] inside = new long[count];
        long[] degrees = new long[count];
        for (int v = 0; v < community.length; v++) {
            degrees[community[v]] += graph.degree(v);
        }
        for (int e = 0; e < m; e++) {
            int c = community[graph.source(e)];
            if (c == community[graph.target(e)]) {
                inside[c]++;
            }
        }
        double twoM = 2.0 * m;
        for (int c = 0; c < count; c++) {
            double share = degrees[c] / twoM;
            contributions[c] = inside[c] / (double) m - share * share;
        }
        return contributions;
    }
}
