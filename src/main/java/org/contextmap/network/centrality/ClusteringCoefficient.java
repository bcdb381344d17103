package org.contextmap.network.centrality;

import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.Workers;

/**
 * The local clustering coefficient of every vertex, as NetworkX's {@code clustering(G)}: the
 * share of pairs of a vertex's neighbours that are themselves tied, {@code 2T / (d(d - 1))} for
 * {@code T} triangles through a vertex of degree {@code d}, and 0 when {@code d < 2}
 * (D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature
 * 393:440–442, 1998).
 *
 * <p>For each vertex its neighbours are marked in a scratch array, then each neighbour's row is
 * scanned for marked vertices: O(Σ d(v)²) time in the worst case, O(n) space per thread,
 * vertices on every core.
 */
public final class ClusteringCoefficient {

    private ClusteringCoefficient() {
    }

    public static double[] compute(CompactGraph graph) {
        return compute(graph, Workers.available());
    }

    public static double[] compute(CompactGraph graph, int threads) {
        int n = graph.size();
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        return Workers.sum(n, threads, worker -> new Workers.Worker() {
            private final int[] mark = new int[n];
            private final double[] scores = new double[n];

            @Override
            public void visit(int v) {
                int degree = offsets[v + 1] - offsets[v];
                if (degree < 2) {
                    return;
                }
                int stamp = v + 1;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    mark[neighbours[i]] = stamp;
                }
                long links = 0;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = neighbours[i];
                    for (int j = offsets[w], end = offsets[w + 1]; j < end; j++) {
                        if (mark[neighbours[j]] == stamp) {
                            links++;
                        }
                    }
                }
                scores[v] = (double) links / ((double) degree * (degree - 1));
            }

            @Override
            public double[] result() {
                return scores;
            }
        });
    }
}
