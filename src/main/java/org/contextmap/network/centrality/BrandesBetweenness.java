package org.contextmap.network.centrality;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.Workers;

/**
 * Exact shortest-path betweenness centrality of every vertex of an undirected, unweighted graph,
 * normalised as NetworkX's {@code betweenness_centrality(G)} does for undirected graphs: the sum
 * over ordered pairs {@code (s, t)} of {@code σ_st(v) / σ_st}, divided by {@code (n-1)(n-2)}.
 *
 * <p>Implements U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177, 2001: one breadth-first search per source, then the
 * dependencies accumulated in reverse BFS order. Running time O(nm), space O(n + m) per thread.
 *
 * <p>Unlike JGraphT's {@code BetweennessCentrality}, which keeps boxed hash maps and predecessor
 * lists per source, this walks the CSR arrays of a {@link CompactGraph} with primitive scratch
 * arrays reused across sources. The forward search appends each arc of the shortest-path DAG to
 * one flat array as it finds it; the dependencies are then accumulated by walking that array
 * backwards — at most m arcs, read in sequence — instead of scanning all 2m adjacency slots
 * again. Sources run on several threads, each accumulating into its own array.
 */
public final class BrandesBetweenness {

    private BrandesBetweenness() {
    }

    /** Betweenness of every vertex, normalised as NetworkX, on every core. */
    public static double[] compute(CompactGraph graph) {
        return compute(graph, Workers.available());
    }

    /** Betweenness of every vertex, normalised as NetworkX, on {@code threads} threads. */
    public static double[] compute(CompactGraph graph, int threads) {
        int n = graph.size();
        double[] raw = Workers.sum(n, threads, worker -> new Search(graph));
        if (n > 2) {
            double scale = 1.0 / ((double) (n - 1) * (n - 2));
            for (int v = 0; v < n; v++) {
                raw[v] *= scale;
            }
        }
        return raw;
    }

    /** One worker's BFS state, reused for each of its sources. */
    private static final class Search implements Workers.Worker {

        private final int[] offsets;
        private final int[] neighbours;
        private final int[] order;
        private final int[] distance;
        private final double[] paths;
        private final double[] dependency;
        private final double[] betweenness;
        private final long[] dag;

        Search(CompactGraph graph) {
            int n = graph.size();
            offsets = graph.offsets();
            neighbours = graph.neighbours();
            order = new int[n];
            distance = new int[n];
            Arrays.fill(distance, -1);
            paths = new double[n];
            dependency = new double[n];
            betweenness = new double[n];
            // an edge joins consecutive BFS levels in at most one direction: at most m DAG edges
            dag = new long[graph.edgeCount()];
        }

        @Override
        public void visit(int source) {
            int[] offsets = this.offsets;
            int[] neighbours = this.neighbours;
            int[] order = this.order;
            int[] distance = this.distance;
            double[] paths = this.paths;
            double[] dependency = this.dependency;
            long[] dag = this.dag;
            order[0] = source;
            distance[source] = 0;
            paths[source] = 1;
            int head = 0;
            int tail = 1;
            int arcs = 0;
            while (head < tail) {
                int v = order[head++];
                int next = distance[v] + 1;
                double through = paths[v];
                long from = (long) v << 32;
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                    int w = neighbours[i];
                    int d = distance[w];
                    if (d < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                        paths[w] = through;
                        dag[arcs++] = from | w;
                    } else if (d == next) {
                        paths[w] += through;
                        dag[arcs++] = from | w;
                    }
                }
            }
            // arcs were recorded in BFS order of their tails, so walking them backwards meets every
            // arc into w only after all arcs out of w: w's dependency is complete when it is used
            for (int k = arcs - 1; k >= 0; k--) {
                long arc = dag[k];
                int v = (int) (arc >>> 32);
                int w = (int) arc;
                dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
            }
            for (int k = 1; k < tail; k++) {
                int w = order[k];
                betweenness[w] += dependency[w];
            }
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }

        @Override
        public double[] result() {
            return betweenness;
        }
    }
}
