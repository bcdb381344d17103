package org.contextmap.network.centrality;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * Eigenvector centrality as NetworkX's {@code eigenvector_centrality(G)}: power iteration with
 * {@code A + I} (which has the same leading eigenvector as the adjacency matrix {@code A} and
 * does not oscillate on bipartite graphs) from the uniform vector, each step normalised to unit
 * Euclidean length, until the L1 change is below {@code n · 10⁻⁶}, at most 100 iterations. The
 * same iteration as NetworkX, so results agree to rounding, including where the iteration
 * stopped short of the exact eigenvector.
 *
 * <p>P. Bonacich, "Factoring and weighting approaches to status scores and clique
 * identification", Journal of Mathematical Sociology 2:113–120, 1972. O(m) per iteration.
 */
public final class EigenvectorCentrality {

    public static final double TOLERANCE = 1e-6;
    public static final int MAX_ITERATIONS = 100;

    private EigenvectorCentrality() {
    }

    public static double[] compute(CompactGraph graph) {
        int n = graph.size();
        double[] x = new double[n];
        if (n == 0) {
            return x;
        }
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        Arrays.fill(x, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double squares = 0;
            for (int v = 0; v < n; v++) {
                double sum = x[v];
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                    sum += x[neighbours[i]];
                }
                next[v] = sum;
                squares += sum * sum;
            }
            double norm = Math.sqrt(squares);
            if (norm == 0) {
                norm = 1;
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                next[v] /= norm;
                change += Math.abs(next[v] - x[v]);
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (change < n * TOLERANCE) {
                break;
            }
        }
        return x;
    }
}
