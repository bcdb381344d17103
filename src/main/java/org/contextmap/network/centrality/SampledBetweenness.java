package org.contextmap.network.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.Workers;

/**
 * Approximate betweenness for graphs too large for the exact O(nm) computation, with a stated
 * error bound: with probability at least {@code 1 - δ}, every vertex's estimate is within
 * {@code ε'} of its exact NetworkX-normalised betweenness, where {@code ε' = ε · n / (n - 2)}
 * (the paper's bound is on betweenness normalised by {@code n(n-1)}; NetworkX divides by
 * {@code (n-1)(n-2)}).
 *
 * <p>Implements M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness
 * centrality through sampling", Data Mining and Knowledge Discovery 30(2):438–475, 2016
 * (WSDM 2014): draw {@code r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉} ordered pairs of
 * distinct vertices uniformly ({@code c = 0.5}, {@code VD} an upper bound on the vertex
 * diameter — the most vertices on any shortest path), for each pair pick one of its shortest
 * paths uniformly at random, and add {@code 1/r} to every inner vertex of it. The bound depends
 * on the diameter, not on n: 5,000,000 ties need the same few thousand samples as 50,000.
 *
 * <p>Each sample is one breadth-first search from the first vertex of the pair, stopped as soon
 * as the level of the second vertex is complete, then a walk back choosing each predecessor with
 * probability proportional to its number of shortest paths. {@code VD} is bounded per connected
 * component by {@code d₁ + d₂ + 1}, the two largest distances from one vertex of it (the
 * 2-approximation of the paper, §5.1). Running time O(r·m) in the worst case, far less in
 * practice; samples run on several threads, each with its own seeded random stream, so a given
 * seed and thread count always give the same estimates.
 */
public final class SampledBetweenness {

    /** The universal constant of the paper's bound, as the authors recommend. */
    static final double C = 0.5;

    private SampledBetweenness() {
    }

    /**
     * What was computed: the estimates and the guarantee behind them.
     *
     * @param scores         estimates normalised as NetworkX's betweenness
     * @param epsilon        the requested additive error, on the paper's normalisation
     * @param networkxError  the same bound on NetworkX's normalisation, {@code ε · n / (n-2)}
     * @param delta          the probability that some estimate is further off than that
     * @param samples        the number of sampled pairs
     * @param vertexDiameter the upper bound on the vertex diameter used for the sample size
     */
    public record Estimate(double[] scores, double epsilon, double networkxError, double delta, int samples,
            int vertexDiameter) {
    }

    /** The sample size of the bound. */
    public static int sampleSize(double epsilon, double delta, int vertexDiameter) {
        double log = vertexDiameter > 3 ? Math.floor(Math.log(vertexDiameter - 2) / Math.log(2)) : 0;
        return (int) Math.ceil(C / (epsilon * epsilon) * (log + 1 + Math.log(1 / delta)));
    }

    public static Estimate compute(CompactGraph graph, double epsilon, double delta, long seed) {
        return compute(graph, epsilon, delta, seed, Workers.available());
    }

    public static Estimate compute(CompactGraph graph, double epsilon, double delta, long seed, int threads) {
        if (!(epsilon > 0 && epsilon < 1) || !(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("epsilon and delta must be between 0 and 1");
        }
        int n = graph.size();
        int diameter = vertexDiameterBound(graph);
        int samples = sampleSize(epsilon, delta, diameter);
        double scale = n > 2 ? (double) n / (n - 2) : 1;
        if (n < 3) {
            return new Estimate(new double[n], epsilon, epsilon * scale, delta, 0, diameter);
        }
        int workers = Math.max(1, Math.min(threads, samples));
        double[][] parts = new double[workers][];
        Runnable[] tasks = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            int worker = w;
            int share = samples / workers + (w < samples % workers ? 1 : 0);
            tasks[w] = () -> {
                PathSampler sampler = new PathSampler(graph, new SplittableRandom(seed * 31 + worker));
                for (int i = 0; i < share; i++) {
                    sampler.sample();
                }
                parts[worker] = sampler.hits;
            };
        }
        Workers.run(tasks);
        double[] scores = new double[n];
        for (double[] part : parts) {
            for (int v = 0; v < n; v++) {
                scores[v] += part[v];
            }
        }
        double weight = scale / samples;
        for (int v = 0; v < n; v++) {
            scores[v] *= weight;
        }
        return new Estimate(scores, epsilon, epsilon * scale, delta, samples, diameter);
    }

    /** An upper bound on the number of vertices of any shortest path: max over components of d₁ + d₂ + 1. */
    static int vertexDiameterBound(CompactGraph graph) {
        int n = graph.size();
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        int[] queue = new int[n];
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        int bound = n > 0 ? 1 : 0;
        for (int root = 0; root < n; root++) {
            if (distance[root] >= 0) {
                continue;
            }
            distance[root] = 0;
            queue[0] = root;
            int head = 0;
            int tail = 1;
            int first = 0;
            int second = 0;
            while (head < tail) {
                int v = queue[head++];
                int d = distance[v];
                if (d > first) {
                    second = first;
                    first = d;
                } else if (d > second && v != root) {
                    second = d;
                }
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = neighbours[i];
                    if (distance[w] < 0) {
                        distance[w] = d + 1;
                        queue[tail++] = w;
                    }
                }
            }
            bound = Math.max(bound, first + second + 1);
        }
        return bound;
    }

    /** Samples a shortest path between a random pair; scratch arrays reused, reset after each sample. */
    private static final class PathSampler {

        private final int n;
        private final int[] offsets;
        private final int[] neighbours;
        private final int[] order;
        private final int[] distance;
        private final double[] paths;
        private final SplittableRandom random;
        final double[] hits;

        PathSampler(CompactGraph graph, SplittableRandom random) {
            n = graph.size();
            offsets = graph.offsets();
            neighbours = graph.neighbours();
            order = new int[n];
            distance = new int[n];
            Arrays.fill(distance, -1);
            paths = new double[n];
            hits = new double[n];
            this.random = random;
        }

        void sample() {
            int u = random.nextInt(n);
            int v = random.nextInt(n - 1);
            if (v >= u) {
                v++;
            }
            order[0] = u;
            distance[u] = 0;
            paths[u] = 1;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int x = order[head++];
                if (distance[v] >= 0 && distance[x] >= distance[v]) {
                    break;
                }
                int next = distance[x] + 1;
                for (int i = offsets[x]; i < offsets[x + 1]; i++) {
                    int w = neighbours[i];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                        paths[w] = paths[x];
                    } else if (distance[w] == next) {
                        paths[w] += paths[x];
                    }
                }
            }
            if (distance[v] > 1) {
                int w = v;
                while (true) {
                    double pick = random.nextDouble() * paths[w];
                    int previous = distance[w] - 1;
                    int chosen = -1;
                    for (int i = offsets[w]; i < offsets[w + 1]; i++) {
                        int p = neighbours[i];
                        if (distance[p] == previous) {
                            chosen = p;
                            pick -= paths[p];
                            if (pick < 0) {
                                break;
                            }
                        }
                    }
                    if (chosen == u) {
                        break;
                    }
                    hits[chosen] += 1;
                    w = chosen;
                }
            }
            for (int k = 0; k < tail; k++) {
                int x = order[k];
                distance[x] = -1;
                paths[x] = 0;
            }
        }
    }
}
