package org.contextmap.network.graph;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A {@link CompactGraph} seen through JGraphT's {@code Graph} interface, so that JGraphT's own
 * algorithms (label propagation, greedy modularity, biconnectivity, its reference betweenness)
 * run on the snapshot without copying it into an object graph. Vertices are the ints
 * {@code 0..n-1}, edges the edge indices {@code 0..m-1}; both are boxed only as an algorithm
 * asks for them. Read-only: every mutator throws {@link UnsupportedOperationException}.
 */
public final class JGraphTView extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowSelfLoops(false)
            .allowMultipleEdges(false).weighted(false).modifiable(false).build();

    private final CompactGraph graph;
    private final Set<Integer> vertices;
    private final Set<Integer> edges;

    public JGraphTView(CompactGraph graph) {
        this.graph = graph;
        this.vertices = new Range(graph.size());
        this.edges = new Range(graph.edgeCount());
    }

    public CompactGraph graph() {
        return graph;
    }

    @Override
    public Set<Integer> getAllEdges(Integer a, Integer b) {
        Integer edge = getEdge(a, b);
        return edge == null ? Collections.emptySet() : Set.of(edge);
    }

    @Override
    public Integer getEdge(Integer a, Integer b) {
        if (!containsVertex(a) || !containsVertex(b)) {
            return null;
        }
        int edge = graph.edge(a, b);
        return edge < 0 ? null : edge;
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
    public Integer addEdge(Integer a, Integer b) {
        throw readOnly();
    }

    @Override
    public boolean addEdge(Integer a, Integer b, Integer edge) {
        throw readOnly();
    }

    @Override
    public Integer addVertex() {
        throw readOnly();
    }

    @Override
    public boolean addVertex(Integer vertex) {
        throw readOnly();
    }

    @Override
    public boolean containsEdge(Integer edge) {
        return edge != null && edge >= 0 && edge < graph.edgeCount();
    }

    @Override
    public boolean containsVertex(Integer vertex) {
        return vertex != null && vertex >= 0 && vertex < graph.size();
    }

    @Override
    public Set<Integer> edgeSet() {
        return edges;
    }

    @Override
    public int degreeOf(Integer vertex) {
        return graph.degree(checked(vertex));
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        int v = checked(vertex);
        int start = graph.offsets()[v];
        int end = graph.offsets()[v + 1];
        return new AbstractSet<>() {
            @Override
            public Iterator<Integer> iterator() {
                return new AbstractList<Integer>() {
                    @Override
                    public Integer get(int i) {
                        return graph.edgeAt(start + i);
                    }

                    @Override
                    public int size() {
                        return end - start;
                    }
                }.iterator();
            }

            @Override
            public int size() {
                return end - start;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Integer e && containsEdge(e)
                        && (graph.source(e) == v || graph.target(e) == v);
            }
        };
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        return edgesOf(vertex);
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        return degreeOf(vertex);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        return edgesOf(vertex);
    }

    @Override
    public Integer removeEdge(Integer a, Integer b) {
        throw readOnly();
    }

    @Override
    public boolean removeEdge(Integer edge) {
        throw readOnly();
    }

    @Override
    public boolean removeVertex(Integer vertex) {
        throw readOnly();
    }

    @Override
    public Set<Integer> vertexSet() {
        return vertices;
    }

    @Override
    public Integer getEdgeSource(Integer edge) {
        return graph.source(checkedEdge(edge));
    }

    @Override
    public Integer getEdgeTarget(Integer edge) {
        return graph.target(checkedEdge(edge));
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer edge) {
        return DEFAULT_EDGE_WEIGHT;
    }

    @Override
    public void setEdgeWeight(Integer edge, double weight) {
        throw readOnly();
    }

    private int checked(Integer vertex) {
        if (!containsVertex(vertex)) {
            throw new IllegalArgumentException("no such vertex: " + vertex);
        }
        return vertex;
    }

    private int checkedEdge(Integer edge) {
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
