package org.contextmap.network.cluster;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * The weighted graph that one level of {@link Louvain} works on, in CSR form: node {@code i}
 * stands for a set of vertices of the original graph, the weight of the link between two nodes is
 * the number of original edges between their sets, and {@link #selfLoop(int)} the number of
 * original edges inside the set. Rows hold no self-loops; a node's {@link #strength(int)} (the sum
 * of its members' degrees) counts its self-loop twice, as a loop adds two to a degree.
 *
 * <p>Weights are ints: a weight never exceeds the original edge count, and a {@link CompactGraph}
 * cannot hold more than {@code Integer.MAX_VALUE / 2} edges. The first level shares the original
 * graph's CSR arrays and stores no weights (every weight is 1).
 */
final class WeightedGraph {

    private final int[] offsets;
    private final int[] targets;
    private final int[] weights;
    private final int[] strength;
    private final int[] selfLoops;
    private final long totalStrength;

    private WeightedGraph(int[] offsets, int[] targets, int[] weights, int[] strength, int[] selfLoops) {
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.strength = strength;
        this.selfLoops = selfLoops;
        long total = 0;
        for (int s : strength) {
            total += s;
        }
        this.totalStrength = total;
    }

    /** The original graph as the first level: one node per vertex, every weight 1, no loops. */
    static WeightedGraph of(CompactGraph graph) {
        int n = graph.size();
        int[] strength = new int[n];
        for (int v = 0; v < n; v++) {
            strength[v] = graph.degree(v);
        }
        return new WeightedGraph(graph.offsets(), graph.neighbours(), null, strength, new int[n]);
    }

    int size() {
        return strength.length;
    }

    int[] offsets() {
        return offsets;
    }

    int[] targets() {
        return targets;
    }

    /** The weight at adjacency slot {@code slot}. */
    int weight(int slot) {
        return weights == null ? 1 : weights[slot];
    }

    int strength(int node) {
        return strength[node];
    }

    int selfLoop(int node) {
        return selfLoops[node];
    }

    /** Twice the total edge weight, {@code 2m} of the original graph on every level. */
    long totalStrength() {
        return totalStrength;
    }

    /**
     * The next level: one node per community ({@code community[i]} in {@code 0..count-1}), links
     * summed, links inside a community turned into its self-loop. O(n + m) time.
     */
    WeightedGraph aggregate(int[] community, int count) {
        int n = size();
        int[] memberStart = new int[count + 1];
        for (int i = 0; i < n; i++) {
            memberStart[community[i] + 1]++;
        }
        for (int c = 0; c < count; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(memberStart, count);
        for (int i = 0; i < n; i++) {
            members[fill[community[i]]++] = i;
        }
        int[] newOffsets = new int[count + 1];
        int capacity = Math.max(16, Math.min(targets.length, 4 * count));
        int[] newTargets = new int[capacity];
        int[] newWeights = new int[capacity];
        int[] newStrength = new int[count];
        int[] newLoops = new int[count];
        int[] linkWeight = new int[count];
        int[] touched = new int[count];
        int slots = 0;
        for (int c = 0; c < count; c++) {
            int touchedCount = 0;
            long inside = 0;
            for (int k = memberStart[c]; k < memberStart[c + 1]; k++) {
                int i = members[k];
                newStrength[c] += strength[i];
                newLoops[c] += selfLoops[i];
                for (int s = offsets[i], end = offsets[i + 1]; s < end; s++) {
                    int d = community[targets[s]];
                    int w = weight(s);
                    if (d == c) {
                        inside += w;
                    } else {
                        if (linkWeight[d] == 0) {
                            touched[touchedCount++] = d;
                        }
                        linkWeight[d] += w;
                    }
                }
            }
            // each link inside the community was seen from both of its ends
            newLoops[c] += (int) (inside / 2);
            if (slots + touchedCount > newTargets.length) {
                int grown = Math.max(slots + touchedCount, newTargets.length + (newTargets.length >> 1));
                newTargets = Arrays.copyOf(newTargets, grown);
                newWeights = Arrays.copyOf(newWeights, grown);
            }
            for (int t = 0; t < touchedCount; t++) {
                int d = touched[t];
                newTargets[slots] = d;
                newWeights[slots] = linkWeight[d];
                slots++;
                linkWeight[d] = 0;
            }
            newOffsets[c + 1] = slots;
        }
        return new WeightedGraph(newOffsets, Arrays.copyOf(newTargets, slots), Arrays.copyOf(newWeights, slots),
                newStrength, newLoops);
    }

    /**
     * Modularity of a partition of this level's nodes, which equals the modularity of the
     * corresponding partition of the original graph. For checking aggregation, not for the search.
     */
    double modularity(int[] community, int count) {
        if (totalStrength == 0) {
            return 0;
        }
        double[] inside = new double[count];
        double[] total = new double[count];
        for (int i = 0; i < size(); i++) {
            int c = community[i];
            total[c] += strength[i];
            inside[c] += 2.0 * selfLoops[i];
            for (int s = offsets[i], end = offsets[i + 1]; s < end; s++) {
                if (community[targets[s]] == c) {
                    inside[c] += weight(s);
                }
            }
        }
        double twoM = totalStrength;
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = total[c] / twoM;
            q += inside[c] / twoM - share * share;
        }
        return q;
    }
}
