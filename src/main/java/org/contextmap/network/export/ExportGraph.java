package org.contextmap.network.export;

import java.util.Set;
import org.jgrapht.GraphType;
import org.contextmap.network.graph.ReadOnlyIntGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * An {@link ExportLayout} as a JGraphT graph, just enough for JGraphT's exporters: they list the
 * vertices and the edges with their ends, and ask nothing else. Vertices and edges are the
 * layout's indices, boxed only as the exporter reaches them, so exporting 200,000 ties costs no
 * copy of the graph. Neighbourhood queries would need an adjacency index of the person and group
 * edges together, which no exporter uses, so they throw; so does every mutator.
 */
final class ExportGraph extends ReadOnlyIntGraph {

    private static final GraphType TYPE = new DefaultGraphType.Builder().undirected().allowSelfLoops(false)
            .allowMultipleEdges(true).weighted(false).modifiable(false).build();

    private final ExportLayout layout;

    ExportGraph(ExportLayout layout) {
        super(layout.nodeCount(), layout.edgeCount());
        this.layout = layout;
    }

    @Override
    public Integer getEdgeSource(Integer edge) {
        return layout.source(checkedEdge(edge));
    }

    @Override
    public Integer getEdgeTarget(Integer edge) {
        return layout.target(checkedEdge(edge));
    }

    @Override
    public GraphType getType() {
        return TYPE;
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

    private static UnsupportedOperationException listOnly() {
        return new UnsupportedOperationException("an export view lists vertices and edges only");
    }
}
