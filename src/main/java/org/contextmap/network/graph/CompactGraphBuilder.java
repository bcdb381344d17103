package org.contextmap.network.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects ties in growable primitive arrays, then builds a {@link CompactGraph}: sorts the
 * packed pairs, merges parallel ties into one edge, and lays out both directions of each edge in
 * CSR order. Building costs O(m log m) time and about 40 bytes per tie while it runs; the id
 * lookup table is dropped once the graph is built.
 */
public final class CompactGraphBuilder {

    private final String[] ids;
    private Map<String, Integer> index;
    private int count;
    private int[] ends = new int[2 * 1024];
    private int[] since = new int[1024];
    private int[] labels = new int[1024];
    private int[] weights = new int[1024];
    private boolean weighted;

    CompactGraphBuilder(String[] ids) {
        this(distinctSorted(ids), true);
    }

    CompactGraphBuilder(String[] sortedIds, boolean sorted) {
        this.ids = sortedIds;
    }

    private static String[] distinctSorted(String[] ids) {
        String[] copy = ids.clone();
        Arrays.sort(copy);
        int distinct = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || !copy[i].equals(copy[distinct - 1])) {
                copy[distinct++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, distinct);
    }

    /** The vertex of an id, or -1 when the id is not one of this graph's vertices. */
    public int vertex(String id) {
        if (index == null) {
            index = new HashMap<>(ids.length * 4 / 3 + 1);
            for (int v = 0; v < ids.length; v++) {
                index.put(ids[v], v);
            }
        }
        Integer found = index.get(id);
        return found == null ? -1 : found;
    }

    /**
     * Adds a tie between two ids; ties naming an id that is not a vertex, and self-ties, are skipped.
     *
     * @param kind       ordinal of the kind of tie (0..7), or -1 for none
     * @param agency     ordinal of the recording agency (0..15), or -1 when not recorded
     * @param confidence ordinal of the confidence (0 is the strongest), or -1 when not graded
     * @param sinceDay   epoch day the tie began, or {@link CompactGraph#SINCE_UNKNOWN}
     * @param weight     added up over merged ties
     * @return whether the tie was added
     */
    public boolean add(String a, String b, int kind, int agency, int confidence, int sinceDay, int weight) {
        int va = vertex(a);
        int vb = vertex(b);
        if (va < 0 || vb < 0) {
            return false;
        }
        return addIndexed(va, vb, kind < 0 ? 0 : 1 << kind, agency < 0 ? 0 : 1 << agency, confidence, sinceDay, weight);
    }

    /** {@link #add(String, String, int, int, int, int, int)} for two vertices already looked up. */
    public boolean add(int a, int b, int kind, int agency, int confidence, int sinceDay, int weight) {
        return addIndexed(a, b, kind < 0 ? 0 : 1 << kind, agency < 0 ? 0 : 1 << agency, confidence, sinceDay, weight);
    }

    /** Adds a tie between two vertices given as ints, with kinds and agencies already as bitmasks. */
    boolean addIndexed(int a, int b, int kindMask, int agencyMask, int confidence, int sinceDay, int weight) {
        if (a == b) {
            return false;
        }
        if (count == since.length) {
            int capacity = count * 2;
            ends = Arrays.copyOf(ends, 2 * capacity);
            since = Arrays.copyOf(since, capacity);
            labels = Arrays.copyOf(labels, capacity);
            weights = Arrays.copyOf(weights, capacity);
        }
        ends[2 * count] = Math.min(a, b);
        ends[2 * count + 1] = Math.max(a, b);
        since[count] = sinceDay;
        // kinds in bits 0-7, agencies in bits 8-23, confidence + 1 in bits 24-31
        labels[count] = (kindMask & 0xFF) | (agencyMask & 0xFFFF) << 8 | (confidence + 1) << 24;
        weights[count] = weight;
        weighted |= weight != 1;
        count++;
        return true;
    }

    public CompactGraph build() {
        index = null;
        int n = ids.length;
        // the merged attributes hold for the pair as known today; a past day may know fewer facts
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (long) ends[2 * i] << 32 | ends[2 * i + 1];
        }
        long[] distinct = keys.clone();
        Arrays.parallelSort(distinct);
        int m = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[m - 1]) {
                distinct[m++] = distinct[i];
            }
        }
        int[] edgeSince = new int[m];
        Arrays.fill(edgeSince, Integer.MAX_VALUE);
        byte[] edgeKinds = new byte[m];
        short[] edgeAgencies = new short[m];
        byte[] edgeConfidence = new byte[m];
        Arrays.fill(edgeConfidence, (byte) CompactGraph.CONFIDENCE_UNKNOWN);
        int[] edgeWeights = weighted ? new int[m] : null;
        int[] edgeOfTie = new int[count];
        int[] facts = new int[m];
        for (int i = 0; i < count; i++) {
            int e = Arrays.binarySearch(distinct, 0, m, keys[i]);
            edgeOfTie[i] = e;
            facts[e]++;
            edgeSince[e] = Math.min(edgeSince[e], since[i]);
            edgeKinds[e] |= (byte) (labels[i] & 0xFF);
            edgeAgencies[e] |= (short) (labels[i] >>> 8 & 0xFFFF);
            int confidence = (labels[i] >>> 24) - 1;
            if (confidence >= 0 && (edgeConfidence[e] < 0 || confidence < edgeConfidence[e])) {
                edgeConfidence[e] = (byte) confidence;
            }
            if (edgeWeights != null) {
                edgeWeights[e] += weights[i];
            }
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        int[] offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            sources[e] = (int) (distinct[e] >>> 32);
            targets[e] = (int) distinct[e];
            offsets[sources[e] + 1]++;
            offsets[targets[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] neighbours = new int[2 * m];
        int[] slotEdges = new int[2 * m];
        // edges in (source, target) order fill each row ascending: a row first receives its
        // smaller neighbours (edges whose target it is), then its larger ones
        for (int e = 0; e < m; e++) {
            int slot = fill[sources[e]]++;
            neighbours[slot] = targets[e];
            slotEdges[slot] = e;
            slot = fill[targets[e]]++;
            neighbours[slot] = sources[e];
            slotEdges[slot] = e;
        }
        return new CompactGraph(ids, offsets, neighbours, slotEdges, sources, targets, edgeSince, edgeKinds,
                edgeAgencies, edgeConfidence, edgeWeights, mergedFacts(edgeOfTie, facts));
    }

    /**
     * The facts behind the edges that merge more than one, ordered by edge: what
     * {@link CompactGraph#knownOn} needs to give such an edge only the kinds, sources and
     * confidence of the facts known on a past day. Edges of one fact need nothing more.
     */
    private CompactGraph.Facts mergedFacts(int[] edgeOfTie, int[] facts) {
        int[] start = new int[facts.length + 1];
        for (int e = 0; e < facts.length; e++) {
            start[e + 1] = start[e] + (facts[e] > 1 ? facts[e] : 0);
        }
        int total = start[facts.length];
        int[] factEdges = new int[total];
        int[] factSince = new int[total];
        int[] factLabels = new int[total];
        for (int i = 0; i < count; i++) {
            int e = edgeOfTie[i];
            if (facts[e] > 1) {
                int at = start[e]++;
                factEdges[at] = e;
                factSince[at] = since[i];
                factLabels[at] = labels[i];
            }
        }
        return new CompactGraph.Facts(factEdges, factSince, factLabels);
    }
}
