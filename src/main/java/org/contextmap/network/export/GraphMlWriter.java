package org.contextmap.network.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes an export as GraphML with JGraphT's {@link GraphMLExporter}, which streams through a
 * SAX serializer and does the escaping. It runs over an {@link ExportGraph}, a view that boxes
 * one vertex or edge at a time, so the person graph is never copied into a JGraphT object graph.
 * Every attribute is registered with its type, so the {@code <key>} declarations say
 * {@code attr.type="double"} for scores: yEd, Gephi, NetworkX and igraph then read them as numbers.
 * The node label is the key named {@code label}, which Gephi takes as the node's label.
 */
public final class GraphMlWriter implements NetworkWriter {

    static final String LABEL = "label";

    @Override
    public String mediaType() {
        return "application/graphml+xml";
    }

    @Override
    public String extension() {
        return "graphml";
    }

    @Override
    public void write(ExportedNetwork network, OutputStream out) throws IOException {
        write(network, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the network to {@code out}, which must encode UTF-8 as the XML declaration says; flushed, not closed. */
    public void write(ExportedNetwork network, Writer out) throws IOException {
        ExportLayout layout = new ExportLayout(network);
        GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(layout::nodeId);
        exporter.setEdgeIdProvider(layout::edgeId);
        exporter.registerAttribute(LABEL, AttributeCategory.NODE, AttributeType.STRING);
        register(exporter, layout.nodeColumns(), AttributeCategory.NODE);
        register(exporter, layout.edgeColumns(), AttributeCategory.EDGE);
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> values = values(layout.nodeColumns(), node);
            String label = layout.label(node);
            if (label != null) {
                values.put(LABEL, DefaultAttribute.createAttribute(label));
            }
            return values;
        });
        exporter.setEdgeAttributeProvider(edge -> values(layout.edgeColumns(), edge));
        try {
            exporter.exportGraph(new ExportGraph(layout), new FailFastWriter(out));
        } catch (ExportException failure) {
            IOException io = FailFastWriter.ioCause(failure);
            if (io != null) {
                throw io;
            }
            throw failure;
        }
    }

    private static void register(GraphMLExporter<Integer, Integer> exporter, List<Column> columns,
            AttributeCategory category) {
        for (Column column : columns) {
            exporter.registerAttribute(column.id(), category, type(column));
        }
    }

    private static Map<String, Attribute> values(List<Column> columns, int index) {
        Map<String, Attribute> values = new HashMap<>();
        for (Column column : columns) {
            String value = column.value().apply(index);
            if (value != null) {
                values.put(column.id(), new DefaultAttribute<>(value, type(column)));
            }
        }
        return values;
    }

    private static AttributeType type(Column column) {
        return column.numeric() ? AttributeType.DOUBLE : AttributeType.STRING;
    }
}
