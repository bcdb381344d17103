package org.contextmap.network.cluster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.JGraphTView;
import org.contextmap.network.graph.Workers;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * Runs several community detection algorithms on one graph and keeps the partition of highest
 * modularity: our {@link Louvain}, and JGraphT's greedy modularity maximisation (A. Clauset,
 * M. E. J. Newman and C. Moore, "Finding community structure in very large networks", Physical
 * Review E 70:066111, 2004) and label propagation (U. N. Raghavan, R. Albert and S. Kumara,
 * "Near linear time algorithm to detect community structures in large-scale networks", Physical
 * Review E 76:036106, 2007), run on a {@link JGraphTView}. No heuristic wins on every graph, and
 * comparing them on the same measure lets a report say how settled the grouping is.
 *
 * <p>The JGraphT algorithms box every vertex and keep hash maps per community, and the greedy one
 * grows roughly quadratically: on random graphs with five ties per vertex it took 3.6 s at 2,000
 * vertices, 45 s at 10,000 and 3 minutes at 20,000, where Louvain's default runs took 0.7, 1.9 and
 * 2.6 s and reached higher modularity (label propagation, fast, put everyone in one community).
 * So they only run on graphs of at most {@code jgraphtLimit} vertices
 * ({@link #DEFAULT_JGRAPHT_LIMIT} unless given), beside Louvain on another thread; Louvain always
 * runs. On a graph without edges only Louvain runs: every partition then has modularity 0.
 */
public final class CommunityDetection {

    public static final String LOUVAIN = "louvain";
    public static final String GREEDY_MODULARITY = "jgrapht-greedy-modularity";
    public static final String LABEL_PROPAGATION = "jgrapht-label-propagation";

    /**
     * Above this many vertices the JGraphT algorithms are skipped by default: the greedy one takes
     * several seconds at 2,000 vertices, longer than a screen should wait for a past day's clusters
     * (the demo city has 2,000 young people), and well under one at 1,000.
     */
    public static final int DEFAULT_JGRAPHT_LIMIT = 1_000;

    private CommunityDetection() {
    }

    /** The partitions found, by algorithm, in the order they ran; see {@link #best(CompactGraph, long, int)}. */
    public static Map<String, Partition> all(CompactGraph graph, long seed, int jgraphtLimit) {
        Partition[] louvain = new Partition[1];
        Partition[] jgrapht = new Partition[2];
        Runnable ours = () -> louvain[0] = Louvain.detect(graph, seed);
        if (graph.edgeCount() > 0 && graph.size() <= jgraphtLimit) { // on two cores, side by side
            Workers.run(new Runnable[] {() -> {
                JGraphTView view = new JGraphTView(graph);
                jgrapht[0] = partition(graph, new GreedyModularityAlgorithm<>(view).getClustering());
                jgrapht[1] = partition(graph, new LabelPropagationClustering<>(view, new Random(seed)).getClustering());
            }, ours});
        } else {
            ours.run();
        }
        Map<String, Partition> found = new LinkedHashMap<>();
        found.put(LOUVAIN, louvain[0]);
        if (jgrapht[0] != null) {
            found.put(GREEDY_MODULARITY, jgrapht[0]);
            found.put(LABEL_PROPAGATION, jgrapht[1]);
        }
        return found;
    }

    /** {@link #best(CompactGraph, long, int)} with the JGraphT algorithms up to {@link #DEFAULT_JGRAPHT_LIMIT} vertices. */
    public static Detected best(CompactGraph graph, long seed) {
        return best(graph, seed, DEFAULT_JGRAPHT_LIMIT);
    }

    /**
     * The partition of highest modularity; on a tie the earlier algorithm (Louvain first) wins.
     *
     * @param seed         drives Louvain's node order and label propagation's tie-breaking: the
     *                     same graph and seed give the same answer
     * @param jgraphtLimit the JGraphT algorithms run only on graphs of at most this many vertices
     */
    public static Detected best(CompactGraph graph, long seed, int jgraphtLimit) {
        Map<String, Partition> found = all(graph, seed, jgraphtLimit);
        Map<String, Double> modularity = new LinkedHashMap<>();
        String best = null;
        for (Map.Entry<String, Partition> entry : found.entrySet()) {
            modularity.put(entry.getKey(), entry.getValue().modularity());
            if (best == null || entry.getValue().modularity() > found.get(best).modularity()) {
                best = entry.getKey();
            }
        }
        return new Detected(best, found.get(best), modularity);
    }

    /** A JGraphT clustering as a partition; a vertex it leaves out becomes a community of its own. */
    static Partition partition(CompactGraph graph, ClusteringAlgorithm.Clustering<Integer> clustering) {
        int[] labels = new int[graph.size()];
        Arrays.fill(labels, -1);
        int cluster = 0;
        for (Set<Integer> members : clustering) {
            for (int v : members) {
                labels[v] = cluster;
            }
            cluster++;
        }
        for (int v = 0; v < labels.length; v++) {
            if (labels[v] < 0) {
                labels[v] = cluster + v;
            }
        }
        return Partition.of(graph, labels);
    }
}
