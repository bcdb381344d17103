package org.contextmap.network.centrality;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * Closeness and harmonic centrality of every vertex of an undirected, unweighted graph, from one
 * breadth-first search per vertex: O(nm) time, O(n) space per thread, sources on every core.
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
        return Workers.sum(n, threads, worker -> new Workers.Worker() {
            private final int[] offsets = graph.offsets();
            private final int[] neighbours = graph.neighbours();
            private final int[] order = new int[n];
            private final int[] distance = filled(n);
            private final double[] scores = new double[n];

            @Override
            public void visit(int source) {
                order[0] = source;
                distance[source] = 0;
                int head = 0;
                int tail = 1;
                long total = 0;
                double harmonic = 0;
                while (head < tail) {
                    int v = order[head++];
                    int next = distance[v] + 1;
                    for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                        int w = neighbours[i];
                        if (distance[w] < 0) {
                            distance[w] = next;
                            order[tail++] = w;
                            total += next;
                            harmonic += 1.0 / next;
                        }
                    }
                }
                int reached = tail - 1;
                if (closeness) {
                    scores[source] = total > 0 && n > 1
                            ? ((double) reached / total) * ((double) reached / (n - 1)) : 0;
                } else {
                    scores[source] = harmonic;
                }
                for (int k = 0; k < tail; k++) {
                    distance[order[k]] = -1;
                }
            }

            @Override
            public double[] result() {
                return scores;
            }
        });
    }

    private static int[] filled(int n) {
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        return distance;
    }
}
