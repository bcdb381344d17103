package org.contextmap.network.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an export as GEXF 1.3, the format of Gephi, as a dynamic graph so that Gephi's timeline
 * can replay how the network grew: each tie starts on its {@code since} date, and a tie without
 * one has no start and is always present. Nothing in the model records when a tie or an
 * association ended, so no edge has an {@code end}.
 *
 * <p>Written by hand rather than with JGraphT's {@code GEXFExporter} because that writes GEXF
 * 1.2draft with no time at all (no {@code mode="dynamic"}, no {@code start}/{@code end}), and
 * without them Gephi's timeline has nothing to show. {@link XMLStreamWriter} streams element by
 * element and escapes text and attribute values.
 */
public final class GexfWriter implements NetworkWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = NAMESPACE + " " + NAMESPACE + "/gexf.xsd";

    @Override
    public String mediaType() {
        return "application/gexf+xml";
    }

    @Override
    public String extension() {
        return "gexf";
    }

    @Override
    public void write(ExportedNetwork network, OutputStream out) throws IOException {
        write(network, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }

    /** Writes the network to {@code out}, which must encode UTF-8 as the XML declaration says; flushed, not closed. */
    public void write(ExportedNetwork network, Writer out) throws IOException {
        ExportLayout layout = new ExportLayout(network);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            new Document(xml, layout).write();
            xml.close();
            out.flush();
        } catch (XMLStreamException failure) {
            IOException io = FailFastWriter.ioCause(failure);
            throw io != null ? io : new IOException("could not write GEXF", failure);
        }
    }

    /** One pass over the layout, writing one element at a time. */
    private static final class Document {

        private final XMLStreamWriter xml;
        private final ExportLayout layout;

        Document(XMLStreamWriter xml, ExportLayout layout) {
            this.xml = xml;
            this.layout = layout;
        }

        void write() throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
            xml.writeAttribute("version", "1.3");
            meta();
            newline(1);
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("timeformat", "date");
            xml.writeAttribute("idtype", "string");
            declare("node", layout.nodeColumns());
            declare("edge", layout.edgeColumns());
            nodes();
            edges();
            newline(1);
            xml.writeEndElement();
            newline(0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        }

        private void meta() throws XMLStreamException {
            newline(1);
            xml.writeStartElement("meta");
            newline(2);
            xml.writeStartElement("creator");
            xml.writeCharacters("ContextMap");
            xml.writeEndElement();
            newline(2);
            xml.writeStartElement("description");
            LocalDate asOf = layout.network().asOf();
            xml.writeCharacters("Young people, their ties and peer groups as known "
                    + (asOf == null ? "on every recorded date" : "on " + asOf));
            xml.writeEndElement();
            newline(1);
            xml.writeEndElement();
        }

        private void declare(String type, List<Column> columns) throws XMLStreamException {
            newline(2);
            xml.writeStartElement("attributes");
            xml.writeAttribute("class", type);
            xml.writeAttribute("mode", "static");
            for (Column column : columns) {
                newline(3);
                xml.writeEmptyElement("attribute");
                xml.writeAttribute("id", column.id());
                xml.writeAttribute("title", column.title());
                xml.writeAttribute("type", column.numeric() ? "double" : "string");
            }
            newline(2);
            xml.writeEndElement();
        }

        private void nodes() throws XMLStreamException {
            newline(2);
            xml.writeStartElement("nodes");
            xml.writeAttribute("count", Integer.toString(layout.nodeCount()));
            for (int node = 0; node < layout.nodeCount(); node++) {
                newline(3);
                xml.writeStartElement("node");
                xml.writeAttribute("id", layout.nodeId(node));
                String label = layout.label(node);
                if (label != null) {
                    xml.writeAttribute("label", label);
                }
                values(layout.nodeColumns(), node);
                xml.writeEndElement();
            }
            newline(2);
            xml.writeEndElement();
        }

        private void edges() throws XMLStreamException {
            newline(2);
            xml.writeStartElement("edges");
            xml.writeAttribute("count", Integer.toString(layout.edgeCount()));
            for (int edge = 0; edge < layout.edgeCount(); edge++) {
                newline(3);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", layout.edgeId(edge));
                xml.writeAttribute("source", layout.nodeId(layout.source(edge)));
                xml.writeAttribute("target", layout.nodeId(layout.target(edge)));
                xml.writeAttribute("kind", layout.relation(edge).name());
                LocalDate since = layout.since(edge);
                if (since != null) {
                    xml.writeAttribute("start", since.toString());
                }
                values(layout.edgeColumns(), edge);
                xml.writeEndElement();
            }
            newline(2);
            xml.writeEndElement();
        }

        private void values(List<Column> columns, int index) throws XMLStreamException {
            boolean open = false;
            for (Column column : columns) {
                String value = column.value().apply(index);
                if (value == null) {
                    continue;
                }
                if (!open) {
                    newline(4);
                    xml.writeStartElement("attvalues");
                    open = true;
                }
                newline(5);
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", column.id());
                xml.writeAttribute("value", value);
            }
            if (open) {
                newline(4);
                xml.writeEndElement();
                newline(3);
            }
        }

        private static final String[] INDENTS = {"\n", "\n  ", "\n    ", "\n      ", "\n        ", "\n          "};

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters(INDENTS[depth]);
        }
    }
}
