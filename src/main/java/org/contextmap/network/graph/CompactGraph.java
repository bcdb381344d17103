package org.contextmap.network.graph;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A read-only, undirected, simple graph in compressed sparse row (CSR) form: vertices are the
 * ints {@code 0..size()-1}, each named by an id; the neighbours of {@code v} are
 * {@code neighbours()[offsets()[v] .. offsets()[v + 1])}, sorted ascending. Each undirected edge
 * has an index {@code 0..edgeCount()-1} with its endpoints ({@code source(e) < target(e)}) and the
 * attributes of the facts behind it: the kinds of tie (a bitmask, because two young people may be
 * both siblings and co-offenders), the agencies that recorded it (a bitmask), the best
 * confidence, the earliest {@code since} and a weight.
 *
 * <p>Why not a JGraphT {@code SimpleGraph}: that object graph costs about 265 bytes per edge (an
 * edge object, its intrusive maps, boxed vertices) and every algorithm over it walks hash maps.
 * This costs about 32 bytes per edge — 5,000,000 ties in about 160 MB — and algorithms walk
 * primitive arrays. {@link JGraphTView} exposes it through JGraphT's {@code Graph} interface for
 * the algorithms we borrow rather than write.
 *
 * <p>Parallel edges of the source data (one pair recorded as both friends and family, or by
 * two agencies) are merged into one edge: centrality is defined on the simple graph, as in
 * NetworkX's {@code Graph}. Self-ties are dropped.
 */
public final class CompactGraph {

    /** {@link #since(int)} of a tie whose start was not recorded: it counts as always known. */
    public static final int SINCE_UNKNOWN = Integer.MIN_VALUE;
    /** {@link #confidence(int)} of a tie whose confidence was not graded. */
    public static final int CONFIDENCE_UNKNOWN = -1;

    private final String[] ids;
    private final int[] offsets;
    private final int[] neighbours;
    private final int[] slotEdges;
    private final int[] sources;
    private final int[] targets;
    private final int[] since;
    private final byte[] kinds;
    private final short[] agencies;
    private final byte[] confidence;
    private final int[] weights;
    private final Facts facts;

    /**
     * The separate facts behind edges that merge several, ordered by edge; each label packs the
     * kind bits (0–7), agency bits (8–23) and confidence + 1 (24–31) of one fact.
     */
    record Facts(int[] edges, int[] since, int[] labels) {

        static final Facts NONE = new Facts(new int[0], new int[0], new int[0]);
    }

    CompactGraph(String[] ids, int[] offsets, int[] neighbours, int[] slotEdges, int[] sources, int[] targets,
            int[] since, byte[] kinds, short[] agencies, byte[] confidence, int[] weights, Facts facts) {
        this.ids = ids;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.slotEdges = slotEdges;
        this.sources = sources;
        this.targets = targets;
        this.since = since;
        this.kinds = kinds;
        this.agencies = agencies;
        this.confidence = confidence;
        this.weights = weights;
        this.facts = facts;
    }

    /** Starts a graph over these vertex ids (duplicates are merged; order is not kept: ids are sorted). */
    public static CompactGraphBuilder builder(String[] ids) {
        return new CompactGraphBuilder(ids);
    }

    /** The number of vertices. */
    public int size() {
        return ids.length;
    }

    /** The number of undirected edges. */
    public int edgeCount() {
        return sources.length;
    }

    public String id(int vertex) {
        return ids[vertex];
    }

    /** The vertex with this id, or -1. Ids are sorted, so this is a binary search. */
    public int vertex(String id) {
        int found = Arrays.binarySearch(ids, id);
        return found >= 0 ? found : -1;
    }

    public int degree(int vertex) {
        return offsets[vertex + 1] - offsets[vertex];
    }

    /** Row starts of the CSR, {@code size() + 1} long. Shared, not copied: do not modify. */
    public int[] offsets() {
        return offsets;
    }

    /** Column indices of the CSR, {@code 2 * edgeCount()} long. Shared, not copied: do not modify. */
    public int[] neighbours() {
        return neighbours;
    }

    /** The edge behind adjacency slot {@code slot} (an index into {@link #neighbours()}). */
    public int edgeAt(int slot) {
        return slotEdges[slot];
    }

    /** The edge between two vertices, or -1. */
    public int edge(int a, int b) {
        int found = Arrays.binarySearch(neighbours, offsets[a], offsets[a + 1], b);
        return found >= 0 ? slotEdges[found] : -1;
    }

    /** The smaller endpoint of an edge. */
    public int source(int edge) {
        return sources[edge];
    }

    /** The larger endpoint of an edge. */
    public int target(int edge) {
        return targets[edge];
    }

    /** Bitmask of the kinds of tie (ordinals of the caller's enumeration). */
    public int kinds(int edge) {
        return kinds[edge] & 0xFF;
    }

    /** Bitmask of the agencies that recorded the tie (ordinals of {@code Agency}). */
    public int agencies(int edge) {
        return agencies[edge] & 0xFFFF;
    }

    /** Ordinal of the best confidence given to the tie, or {@link #CONFIDENCE_UNKNOWN}. */
    public int confidence(int edge) {
        return confidence[edge];
    }

    /** Epoch day of the earliest recorded start of the tie, or {@link #SINCE_UNKNOWN}. */
    public int since(int edge) {
        return since[edge];
    }

    /** The earliest recorded start of the tie, or {@code null}. */
    public LocalDate sinceDate(int edge) {
        return since[edge] == SINCE_UNKNOWN ? null : LocalDate.ofEpochDay(since[edge]);
    }

    /** The weight of the tie: 1 for a person-to-person tie, the number of shared associates between groups. */
    public int weight(int edge) {
        return weights == null ? 1 : weights[edge];
    }

    /**
     * The graph as it was known on {@code day}: the same vertices, only the ties whose start is on
     * or before it (or was not recorded), each with the kinds, sources and confidence of the facts
     * known by then — a pair recorded as friends in 2020 and as co-offenders in 2025 is only
     * friends in 2022. Returns this graph when every fact qualifies.
     */
    public CompactGraph knownOn(LocalDate day) {
        if (day == null) {
            return this;
        }
        long cutoff = day.toEpochDay();
        if (allKnownBy(cutoff)) {
            return this;
        }
        CompactGraphBuilder builder = new CompactGraphBuilder(ids, true);
        int[] factEdges = facts.edges();
        int f = 0;
        for (int e = 0; e < since.length; e++) {
            if (f < factEdges.length && factEdges[f] == e) {
                // several facts: only those begun by the day give the edge its kinds and sources
                int kindMask = 0;
                int agencyMask = 0;
                int best = CONFIDENCE_UNKNOWN;
                int earliest = Integer.MAX_VALUE;
                for (; f < factEdges.length && factEdges[f] == e; f++) {
                    if (facts.since()[f] <= cutoff) {
                        int label = facts.labels()[f];
                        kindMask |= label & 0xFF;
                        agencyMask |= label >>> 8 & 0xFFFF;
                        int confidence = (label >>> 24) - 1;
                        if (confidence >= 0 && (best < 0 || confidence < best)) {
                            best = confidence;
                        }
                        earliest = Math.min(earliest, facts.since()[f]);
                    }
                }
                if (earliest != Integer.MAX_VALUE) {
                    builder.addIndexed(sources[e], targets[e], kindMask, agencyMask, best, earliest, weight(e));
                }
            } else if (since[e] <= cutoff) {
                builder.addIndexed(sources[e], targets[e], kinds[e] & 0xFF, agencies[e] & 0xFFFF, confidence[e],
                        since[e], weight(e));
            }
        }
        return builder.build();
    }

    private boolean allKnownBy(long cutoff) {
        for (int value : since) {
            if (value > cutoff) {
                return false;
            }
        }
        for (int value : facts.since()) {
            if (value > cutoff) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subgraph induced by some vertices: those vertices (renumbered in ascending order of the
     * given ints, which must be ascending and distinct) and every tie between two of them, with
     * its attributes. Vertex {@code i} of the result is {@code vertices[i]} of this graph.
     */
    public CompactGraph induced(int[] vertices) {
        String[] subIds = new String[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            if (i > 0 && vertices[i] <= vertices[i - 1]) {
                throw new IllegalArgumentException("vertices must be ascending and distinct");
            }
            subIds[i] = ids[vertices[i]];
        }
        CompactGraphBuilder builder = new CompactGraphBuilder(subIds, true);
        for (int i = 0; i < vertices.length; i++) {
            int v = vertices[i];
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                int w = neighbours[slot];
                if (w > v) {
                    int j = Arrays.binarySearch(vertices, w);
                    if (j >= 0) {
                        int e = slotEdges[slot];
                        builder.addIndexed(i, j, kinds[e] & 0xFF, agencies[e] & 0xFFFF, confidence[e], since[e],
                                weight(e));
                    }
                }
            }
        }
        return builder.build();
    }

    /** Approximate bytes held by this graph's arrays and ids, for the benchmark's memory report. */
    public long approximateBytes() {
        long bytes = 4L * (offsets.length + neighbours.length + slotEdges.length + sources.length + targets.length
                + since.length + 3L * facts.edges().length) + kinds.length + 2L * agencies.length + confidence.length
                + (weights == null ? 0 : 4L * weights.length);
        for (String id : ids) {
            bytes += 24 + 16 + id.length() + 8;
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "CompactGraph[" + size() + " vertices, " + edgeCount() + " edges]";
    }
}
