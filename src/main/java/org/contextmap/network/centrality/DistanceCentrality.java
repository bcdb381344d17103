package org.contextmap.network.centrality;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.Workers;

/**
 * Closeness and harmonic centrality of every vertex of an undirected, unweighted graph.
 *
 * <p><b>Closeness</b> as NetworkX's {@code closeness_centrality(G)} (with its default
 * {@code wf_improved=True}): for a vertex that reaches {@code r} others at total distance
 * {@code D}, {@code (r / D) · (r / (n - 1))}, and 0 when it reaches nobody. The second factor is
 * the correction of S. Wasserman and K. Faust, <i>Social Network Analysis</i>, Cambridge
 * University Press 1994, for graphs that are not connected: a person central to a tiny isolated
 * pair does not outrank one central to a large cluster. Closeness itself is from A. Bavelas,
 * "Communication patterns in task-oriented groups", JASA 22:725–730, 1950.
 *
 * <p><b>Harmonic</b> as NetworkX's {@code harmonic_centrality(G)}: the sum of {@code 1/d(v, u)}
 * over every other vertex {@code u} (unreachable ones add 0), not normalised. From M. Marchiori
 * and V. Latora, "Harmony in the small-world", Physica A 285:539–546, 2000; P. Boldi and
 * S. Vigna, "Axioms for centrality", Internet Mathematics 10:222–262, 2014.
 *
 * <p>Both need the distances from every vertex: an all-sources breadth-first search, O(nm).
 * This runs 64 searches at once, one per bit of a {@code long} (the multi-source BFS of
 * M. Then et al., "The more the merrier: efficient multi-source graph traversal", PVLDB
 * 8(4):449–460, 2014): one pass over a vertex's row advances all 64 frontiers. Each batch of 64
 * sources costs O(D · (n + m)) word operations for a network of diameter D, so the whole is
 * O(n/64 · D · (n + m)) — quadratic in n, which is why the application offers these two only up
 * to {@code contextmap.analytics.exact-betweenness-limit} people. Batches run on every core.
 */
public final class DistanceCentrality {

    private DistanceCentrality() {
    }

    public static double[] closeness(CompactGraph graph) {
        return compute(graph, Workers.available(), true);
    }

    public static double[] closeness(CompactGraph graph, int threads) {
        return compute(graph, threads, true);
    }

    public static double[] harmonic(CompactGraph graph) {
        return compute(graph, Workers.available(), false);
    }

    public static double[] harmonic(CompactGraph graph, int threads) {
        return compute(graph, threads, false);
    }

    private static double[] compute(CompactGraph graph, int threads, boolean closeness) {
        int n = graph.size();
        int batches = (n + 63) / 64;
        return Workers.sum(batches, threads, worker -> new BatchSearch(graph, closeness));
    }

    /** Up to 64 breadth-first searches advanced together, one per bit. */
    private static final class BatchSearch implements Workers.Worker {

        private final int n;
        private final boolean closeness;
        private final int[] offsets;
        private final int[] neighbours;
        private final long[] seen;
        private final long[] frontier;
        private final long[] next;
        private final double[] scores;
        private final long[] total = new long[64];
        private final int[] reached = new int[64];
        private final double[] harmonic = new double[64];

        BatchSearch(CompactGraph graph, boolean closeness) {
            n = graph.size();
            this.closeness = closeness;
            offsets = graph.offsets();
            neighbours = graph.neighbours();
            seen = new long[n];
            frontier = new long[n];
            next = new long[n];
            scores = new double[n];
        }

        @Override
        public void visit(int batch) {
            int first = batch * 64;
            int sources = Math.min(64, n - first);
            Arrays.fill(seen, 0);
            Arrays.fill(frontier, 0);
            Arrays.fill(total, 0);
            Arrays.fill(reached, 0);
            Arrays.fill(harmonic, 0);
            for (int b = 0; b < sources; b++) {
                seen[first + b] = 1L << b;
                frontier[first + b] = 1L << b;
            }
            boolean active = true;
            for (int level = 1; active; level++) {
                for (int v = 0; v < n; v++) {
                    long bits = frontier[v];
                    if (bits != 0) {
                        for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                            next[neighbours[i]] |= bits;
                        }
                    }
                }
                active = false;
                double inverse = 1.0 / level;
                for (int w = 0; w < n; w++) {
                    long fresh = next[w] & ~seen[w];
                    next[w] = 0;
                    frontier[w] = fresh;
                    if (fresh != 0) {
                        active = true;
                        seen[w] |= fresh;
                        while (fresh != 0) {
                            int b = Long.numberOfTrailingZeros(fresh);
                            fresh &= fresh - 1;
                            total[b] += level;
                            reached[b]++;
                            harmonic[b] += inverse;
                        }
                    }
                }
            }
            for (int b = 0; b < sources; b++) {
                if (closeness) {
                    scores[first + b] = total[b] > 0 && n > 1
                            ? ((double) reached[b] / total[b]) * ((double) reached[b] / (n - 1)) : 0;
                } else {
                    scores[first + b] = harmonic[b];
                }
            }
        }

        @Override
        public double[] result() {
            return scores;
        }
    }
}
