package org.contextmap.network.cluster;

import java.util.Arrays;
import org.contextmap.network.graph.CompactGraph;

/**
 * An assignment of every vertex of a graph to exactly one community, in a canonical numbering:
 * communities are numbered {@code 0..count()-1} by size, largest first, ties broken by their
 * smallest vertex. Two partitions that group the same vertices the same way are therefore
 * {@link #equals(Object) equal}, whichever labels the algorithm that found them used.
 *
 * <p>The modularity and each community's contribution to it are computed once, by
 * {@link Modularity}, when the partition is made.
 */
public final class Partition {

    private final CompactGraph graph;
    private final int[] community;
    private final int[] sizes;
    private final double[] contributions;
    private final double modularity;

    private Partition(CompactGraph graph, int[] community, int[] sizes) {
        this.graph = graph;
        this.community = community;
        this.sizes = sizes;
        this.contributions = Modularity.contributions(graph, community, sizes.length);
        double q = 0;
        for (double contribution : contributions) {
            q += contribution;
        }
        this.modularity = q;
    }

    /**
     * The partition that puts vertices with equal labels together. Labels are any ints, one per
     * vertex; they are renumbered canonically. O(n log n).
     */
    public static Partition of(CompactGraph graph, int[] labels) {
        int n = graph.size();
        if (labels.length != n) {
            throw new IllegalArgumentException("labels for " + labels.length + " vertices, graph has " + n);
        }
        long[] byLabel = new long[n];
        for (int v = 0; v < n; v++) {
            byLabel[v] = (long) labels[v] << 32 | v;
        }
        Arrays.sort(byLabel);
        // one key per group, (n - size, smallest vertex), so that sorting puts the largest first
        long[] groups = new long[n];
        int[] groupOf = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && byLabel[j] >>> 32 == byLabel[i] >>> 32) {
                groupOf[(int) byLabel[j]] = count;
                j++;
            }
            groups[count++] = (long) (n - (j - i)) << 32 | (int) byLabel[i];
            i = j;
        }
        groups = Arrays.copyOf(groups, count);
        Arrays.sort(groups);
        int[] rank = new int[n];
        int[] sizes = new int[count];
        for (int c = 0; c < count; c++) {
            int smallest = (int) groups[c];
            rank[groupOf[smallest]] = c;
            sizes[c] = n - (int) (groups[c] >>> 32);
        }
        int[] community = new int[n];
        for (int v = 0; v < n; v++) {
            community[v] = rank[groupOf[v]];
        }
        return new Partition(graph, community, sizes);
    }

    /** The partition with these groups of vertices; a vertex in no group is a community of its own. */
    public static Partition ofGroups(CompactGraph graph, int[][] groups) {
        int n = graph.size();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int g = 0; g < groups.length; g++) {
            for (int v : groups[g]) {
                if (labels[v] >= 0) {
                    throw new IllegalArgumentException("vertex " + v + " is in two groups");
                }
                labels[v] = g;
            }
        }
        for (int v = 0; v < n; v++) {
            if (labels[v] < 0) {
                labels[v] = groups.length + v;
            }
        }
        return of(graph, labels);
    }

    public CompactGraph graph() {
        return graph;
    }

    /** The number of communities. */
    public int count() {
        return sizes.length;
    }

    /** The community of a vertex. */
    public int community(int vertex) {
        return community[vertex];
    }

    /** The community of every vertex, a copy. */
    public int[] communities() {
        return community.clone();
    }

    /** The number of members of a community. */
    public int size(int community) {
        return sizes[community];
    }

    /** The members of every community, each ascending; community {@code c} at index {@code c}. */
    public int[][] members() {
        int[][] members = new int[sizes.length][];
        for (int c = 0; c < sizes.length; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] filled = new int[sizes.length];
        for (int v = 0; v < community.length; v++) {
            int c = community[v];
            members[c][filled[c]++] = v;
        }
        return members;
    }

    /** Newman–Girvan modularity of this partition; see {@link Modularity}. */
    public double modularity() {
        return modularity;
    }

    /** A community's contribution {@code L_c / m − (d_c / 2m)²} to the modularity. */
    public double contribution(int community) {
        return contributions[community];
    }

    /** Every community's contribution to the modularity, a copy. */
    public double[] contributions() {
        return contributions.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition other && Arrays.equals(community, other.community);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(community);
    }

    @Override
    public String toString() {
        return "Partition[" + community.length + " vertices, " + sizes.length + " communities, Q=" + modularity + "]";
    }
}
