package org.contextmap.network.graph;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.graph.AbstractGraph;

/**
 * The part of JGraphT's {@code Graph} interface that every view of ours shares: vertices are the
 * ints {@code 0..n-1} and edges {@code 0..m-1}, listed without being stored, and nothing can be
 * changed — every mutator throws {@link UnsupportedOperationException}. Subclasses say where an
 * edge starts and ends and answer neighbourhood queries (or refuse them).
 */
public abstract class ReadOnlyIntGraph extends AbstractGraph<Integer, Integer> {

    private final Set<Integer> vertices;
    private final Set<Integer> edges;

    protected ReadOnlyIntGraph(int vertexCount, int edgeCount) {
        this.vertices = new Range(vertexCount);
        this.edges = new Range(edgeCount);
    }

    @Override
    public final Set<Integer> vertexSet() {
        return vertices;
    }

    @Override
    public final Set<Integer> edgeSet() {
        return edges;
    }

    @Override
    public final boolean containsVertex(Integer vertex) {
        return vertices.contains(vertex);
    }

    @Override
    public final boolean containsEdge(Integer edge) {
        return edges.contains(edge);
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public double getEdgeWeight(Integer edge) {
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public final Integer addEdge(Integer a, Integer b) {
        throw readOnly();
    }

    @Override
    public final boolean addEdge(Integer a, Integer b, Integer edge) {
        throw readOnly();
    }

    @Override
    public final Integer addVertex() {
        throw readOnly();
    }

    @Override
    public final boolean addVertex(Integer vertex) {
        throw readOnly();
    }

    @Override
    public final Integer removeEdge(Integer a, Integer b) {
        throw readOnly();
    }

    @Override
    public final boolean removeEdge(Integer edge) {
        throw readOnly();
    }

    @Override
    public final boolean removeVertex(Integer vertex) {
        throw readOnly();
    }

    @Override
    public final void setEdgeWeight(Integer edge, double weight) {
        throw readOnly();
    }

    /** The vertex, checked to be one of this graph's. */
    protected final int checkedVertex(Integer vertex) {
        if (!containsVertex(vertex)) {
            throw new IllegalArgumentException("no such vertex: " + vertex);
        }
        return vertex;
    }

    /** The edge, checked to be one of this graph's. */
    protected final int checkedEdge(Integer edge) {
        if (!containsEdge(edge)) {
            throw new IllegalArgumentException("no such edge: " + edge);
        }
        return edge;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a network snapshot is read-only");
    }

    /** The ints {@code 0..size-1} as an unmodifiable set, without storing them. */
    private static final class Range extends AbstractSet<Integer> {

        private final int size;

        Range(int size) {
            this.size = size;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Integer next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= 0 && i < size;
        }
    }
}
