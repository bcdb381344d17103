package org.contextmap.network.centrality;

import org.contextmap.network.graph.CompactGraph;

/**
 * The core number of every vertex, as NetworkX's {@code core_number(G)}: the largest {@code k}
 * such that the vertex belongs to the k-core, the largest subgraph in which every vertex has at
 * least {@code k} neighbours (S. B. Seidman, "Network structure and minimum degree", Social
 * Networks 5:269–287, 1983).
 *
 * <p>Implements V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
 * networks", arXiv cs/0310049, 2003: vertices bucket-sorted by degree, repeatedly removing one of
 * least remaining degree. O(n + m) time and O(n) space.
 */
public final class Coreness {

    private Coreness() {
    }

    public static int[] compute(CompactGraph graph) {
        int n = graph.size();
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        int[] binStart = new int[maxDegree + 1];
        for (int v = 0; v < n; v++) {
            binStart[degree[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++) {
            int count = binStart[d];
            binStart[d] = start;
            start += count;
        }
        int[] sorted = new int[n];
        int[] position = new int[n];
        for (int v = 0; v < n; v++) {
            position[v] = binStart[degree[v]]++;
            sorted[position[v]] = v;
        }
        for (int d = maxDegree; d > 0; d--) {
            binStart[d] = binStart[d - 1];
        }
        if (maxDegree >= 0 && n > 0) {
            binStart[0] = 0;
        }
        for (int i = 0; i < n; i++) {
            int v = sorted[i];
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                int u = neighbours[k];
                if (degree[u] > degree[v]) {
                    int du = degree[u];
                    int pu = position[u];
                    int pw = binStart[du];
                    int w = sorted[pw];
                    if (u != w) {
                        position[u] = pw;
                        sorted[pu] = w;
                        position[w] = pu;
                        sorted[pw] = u;
                    }
                    binStart[du]++;
                    degree[u]--;
                }
            }
        }
        return degree;
    }

    /** The core numbers as doubles, for APIs that treat every metric alike. */
    public static double[] scores(CompactGraph graph) {
        int[] cores = compute(graph);
        double[] scores = new double[cores.length];
        for (int v = 0; v < cores.length; v++) {
            scores[v] = cores[v];
        }
        return scores;
    }
}
