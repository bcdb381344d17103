package org.contextmap.network.centrality;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * PageRank as NetworkX's {@code pagerank(G)} with its defaults: damping {@code α = 0.85}, uniform
 * teleport, a vertex without ties (dangling) spreading its rank uniformly, power iteration from
 * the uniform vector until the L1 change is below {@code n · 10⁻⁶}, at most 100 iterations. Each
 * undirected tie is followed both ways. The same iteration as NetworkX, so the figures agree to
 * far better than its tolerance.
 *
 * <p>S. Brin and L. Page, "The anatomy of a large-scale hypertextual web search engine",
 * Computer Networks and ISDN Systems 30:107–117, 1998. O(m) per iteration, O(n) space.
 */
public final class PageRank {

    public static final double DAMPING = 0.85;
    public static final double TOLERANCE = 1e-6;
    public static final int MAX_ITERATIONS = 100;

    private PageRank() {
    }

    public static double[] compute(CompactGraph graph) {
        int n = graph.size();
        double[] x = new double[n];
        if (n == 0) {
            return x;
        }
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        double[] share = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, 1.0 / n);
        double teleport = (1 - DAMPING) / n;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                int degree = offsets[v + 1] - offsets[v];
                if (degree == 0) {
                    dangling += x[v];
                    share[v] = 0;
                } else {
                    share[v] = x[v] / degree;
                }
            }
            double spread = DAMPING * dangling / n + teleport;
            double change = 0;
            for (int v = 0; v < n; v++) {
                double incoming = 0;
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                    incoming += share[neighbours[i]];
                }
                next[v] = DAMPING * incoming + spread;
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
