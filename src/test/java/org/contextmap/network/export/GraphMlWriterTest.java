package org.contextmap.network.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contextmap.network.export.ExportFixtures.parse;
import static org.contextmap.network.export.ExportFixtures.person;
import static org.contextmap.network.export.ExportFixtures.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.contextmap.network.centrality.Metric;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlWriterTest {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    private final GraphMlWriter writer = new GraphMlWriter();

    @Test
    void nodesAndEdgesAreThePeopleGroupsTiesAssociationsAndRelations() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));

        assertThat(document.getElementsByTagNameNS(GRAPHML, "node").getLength()).isEqualTo(5 + 2);
        assertThat(document.getElementsByTagNameNS(GRAPHML, "edge").getLength()).isEqualTo(3 + 3 + 1);
        Element graph = (Element) document.getElementsByTagNameNS(GRAPHML, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
    }

    @Test
    void aPersonCarriesItsLabelScoresAndGroups() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));
        Map<String, String> keys = keyIdsByName(document);

        Element zoe = byId(document, "node", person(0));
        assertThat(data(zoe, keys.get("label"))).isEqualTo(ExportFixtures.ZOE);
        assertThat(data(zoe, keys.get("kind"))).isEqualTo("person");
        assertThat(Double.parseDouble(data(zoe, keys.get("score_pagerank")))).isEqualTo(0.3);
        assertThat(data(zoe, keys.get("groups"))).isEqualTo("g1");

        Element lena = byId(document, "node", person(4));
        assertThat(data(lena, keys.get("label"))).isEqualTo("Lena\uFFFD");
        assertThat(data(lena, keys.get("score_closeness"))).as("a NaN score is left out").isNull();
        assertThat(data(byId(document, "node", person(2)), keys.get("label"))).isNull();

        Element river = byId(document, "node", "g2");
        assertThat(data(river, keys.get("label"))).isEqualTo(ExportFixtures.RIVERSIDE);
        assertThat(data(river, keys.get("kind"))).isEqualTo("group");
        assertThat(data(river, keys.get("score_pagerank"))).isNull();
    }

    @Test
    void aTieCarriesItsKindsSourcesConfidenceAndSince() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));
        Map<String, String> keys = keyIdsByName(document);

        Element tie = edge(document, person(0), person(1));
        assertThat(data(tie, keys.get("relation"))).isEqualTo("KNOWS");
        assertThat(data(tie, keys.get("kinds"))).isEqualTo("Friend; Co-offender");
        assertThat(data(tie, keys.get("sources"))).isEqualTo("Police; Children's social care");
        assertThat(data(tie, keys.get("confidence"))).isEqualTo("Confirmed");
        assertThat(data(tie, keys.get("since"))).isEqualTo("2025-03-01");

        Element undated = edge(document, person(1), person(2));
        assertThat(data(undated, keys.get("kinds"))).isEqualTo("Sibling");
        assertThat(data(undated, keys.get("sources"))).isNull();
        assertThat(data(undated, keys.get("confidence"))).isNull();
        assertThat(data(undated, keys.get("since"))).isNull();

        assertThat(data(edge(document, person(0), "g1"), keys.get("relation"))).isEqualTo("ASSOCIATED_WITH");
        assertThat(data(edge(document, "g1", "g2"), keys.get("relation"))).isEqualTo("IN_CONFLICT_WITH");
    }

    @Test
    void keysDeclareTheirTypes() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));
        Map<String, Element> keys = new HashMap<>();
        NodeList list = document.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < list.getLength(); i++) {
            Element key = (Element) list.item(i);
            keys.put(key.getAttribute("attr.name"), key);
        }

        assertThat(keys.get("score_pagerank").getAttribute("attr.type")).isEqualTo("double");
        assertThat(keys.get("score_pagerank").getAttribute("for")).isEqualTo("node");
        assertThat(keys.get("score_closeness").getAttribute("attr.type")).isEqualTo("double");
        assertThat(keys.get("label").getAttribute("attr.type")).isEqualTo("string");
        assertThat(keys.get("groups").getAttribute("attr.type")).isEqualTo("string");
        assertThat(keys.get("since").getAttribute("attr.type")).isEqualTo("string");
        assertThat(keys.get("since").getAttribute("for")).isEqualTo("edge");
        assertThat(keys).doesNotContainKey("score_degree");
    }

    @Test
    void jgraphtReadsItBackWithSchemaValidation() throws Exception {
        byte[] xml = write(writer, ExportFixtures.network());
        Map<String, Attribute> zoe = new HashMap<>();

        Graph<String, DefaultEdge> graph = importGraph(xml, zoe);

        assertThat(graph.vertexSet()).hasSize(7).contains(person(0), "g1", "g2");
        assertThat(graph.edgeSet()).hasSize(7);
        assertThat(graph.containsEdge("g1", "g2")).isTrue();
        assertThat(zoe.get("score_pagerank").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(Double.parseDouble(zoe.get("score_pagerank").getValue())).isEqualTo(0.3);
        assertThat(zoe.get("label").getValue()).isEqualTo(ExportFixtures.ZOE);
    }

    @Test
    void aPersonOnlyRandomGraphReadsBackWithTheSameCounts() throws Exception {
        CompactGraph people = TestGraphs.random(2_000, 8_000, 42);
        double[] degree = new double[people.size()];
        for (int v = 0; v < degree.length; v++) {
            degree[v] = people.degree(v) / (people.size() - 1.0);
        }
        ExportedNetwork network = new ExportedNetwork(people, null, Map.of(Metric.DEGREE, degree), null, null, null);

        Graph<String, DefaultEdge> graph = importGraph(write(writer, network), new HashMap<>());

        assertThat(graph.vertexSet()).hasSize(people.size());
        assertThat(graph.edgeSet()).hasSize(people.edgeCount());
    }

    @Test
    void aFailingStreamStopsTheExportWithItsIOException() {
        CompactGraph people = TestGraphs.random(2_000, 8_000, 7);
        ExportedNetwork network = new ExportedNetwork(people, null, null, null, null, null);
        int[] writes = new int[1];
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> writer.write(network, broken)).isInstanceOf(IOException.class)
                .hasMessage("connection reset");
        assertThat(writes[0]).as("no further writes after the first failure").isEqualTo(1);
    }

    private static Graph<String, DefaultEdge> importGraph(byte[] xml, Map<String, Attribute> zoe) {
        Graph<String, DefaultEdge> graph = new Pseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndName, attribute) -> {
            if (person(0).equals(vertexAndName.getFirst())) {
                zoe.put(vertexAndName.getSecond(), attribute);
            }
        });
        importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        return graph;
    }

    private static Map<String, String> keyIdsByName(Document document) {
        Map<String, String> ids = new HashMap<>();
        NodeList keys = document.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            ids.put(key.getAttribute("attr.name"), key.getAttribute("id"));
        }
        return ids;
    }

    private static Element byId(Document document, String tag, String id) {
        NodeList elements = document.getElementsByTagNameNS(GRAPHML, tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    private static Element edge(Document document, String a, String b) {
        NodeList edges = document.getElementsByTagNameNS(GRAPHML, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            String source = edge.getAttribute("source");
            String target = edge.getAttribute("target");
            if (source.equals(a) && target.equals(b) || source.equals(b) && target.equals(a)) {
                return edge;
            }
        }
        throw new AssertionError("no edge " + a + " - " + b);
    }

    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element element = (Element) data.item(i);
            if (element.getAttribute("key").equals(key)) {
                return element.getTextContent();
            }
        }
        return null;
    }
}
