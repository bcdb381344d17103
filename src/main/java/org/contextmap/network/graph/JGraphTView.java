package org.contextmap.network.graph;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.jgrapht.GraphType;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A {@link CompactGraph} seen through JGraphT's {@code Graph} interface, so that JGraphT's own
 * algorithms (label propagation, greedy modularity, biconnectivity, its reference betweenness)
 * run on the snapshot without copying it into an object graph. Vertices are the ints
 * {@code 0..n-1}, edges the edge indices {@code 0..m-1}; both are boxed only as an algorithm
 * asks for them. Read-only: every mutator throws {@link UnsupportedOperationException}.
 */
public final class JGraphTView extends ReadOnlyIntGraph {

    private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowSelfLoops(false)
            .allowMultipleEdges(false).weighted(false).modifiable(false).build();

    private final CompactGraph graph;

    public JGraphTView(CompactGraph graph) {
        super(graph.size(), graph.edgeCount());
        this.graph = graph;
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
    public int degreeOf(Integer vertex) {
        return graph.degree(checkedVertex(vertex));
    }

    @Override
    public Set<Integer> edgesOf(Integer vertex) {
        int v = checkedVertex(vertex);
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
}
