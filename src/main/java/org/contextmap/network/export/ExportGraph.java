package org.contextmap.network.export;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * An {@link ExportLayout} as a JGraphT graph, just enough for JGraphT's exporters: they list the
 * vertices and the edges with their ends, and ask nothing else. Vertices and edges are the
 * layout's indices, boxed only as the exporter reaches them, so exporting 200,000 ties costs no
 * copy of the graph. Neighbourhood queries would need an adjacency index of the person and group
 * edges together, which no exporter uses, so they throw; so does every mutator.
 */
final class ExportGraph extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowSelfLoops(false)
            .allowMultipleEdges(true).weighted(false).modifiable(false).build();

    private final ExportLayout layout;
    private final Set<Integer> vertices;
    private final Set<Integer> edges;

    ExportGraph(ExportLayout layout) {
        this.layout = layout;
        this.vertices = new Range(layout.nodeCount());
        this.edges = new Range(layout.edgeCount());
    }

    @Override
    public Set<Integer> vertexSet() {
        return vertices;
    }

    @Override
    public Set<Integer> edgeSet() {
        return edges;
    }

    @Override
    public boolean containsVertex(Integer vertex) {
        return vertices.contains(vertex);
    }

    @Override
    public boolean containsEdge(Integer edge) {
        return edges.contains(edge);
    }

    @Override
    public Integer getEdgeSource(Integer edge) {
        return layout.source(checked(edge));
    }

    @Override
    public Integer getEdgeTarget(Integer edge) {
        return layout.target(checked(edge));
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
    public Set<Integer> getAllEdges(Integer a, Integer b) {
        throw listOnly();
    }

    @Override
    public Integer getEdge(Integer a, Integer b) {
        throw listOnly();
    }

    @Override
    public int degreeOf(Integer vertex) {
        throw listOnly();
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        throw listOnly();
    }

    @Override
    public int inDegreeOf(Integer vertex) {
        throw listOnly();
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer vertex) {
        throw listOnly();
    }

    @Override
    public int outDegreeOf(Integer vertex) {
        throw listOnly();
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer vertex) {
        throw listOnly();
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
    public void setEdgeWeight(Integer edge, double weight) {
        throw readOnly();
    }

    private int checked(Integer edge) {
        if (!containsEdge(edge)) {
            throw new IllegalArgumentException("no such edge: " + edge);
        }
        return edge;
    }

    private static UnsupportedOperationException listOnly() {
        return new UnsupportedOperationException("an export view lists vertices and edges only");
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("an export view is read-only");
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
