package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.contextmap.support.DataDump;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Free text with formulas, markup and Cypher is stored as the text it is and never breaks an
 * export: the CSV export neutralises what a spreadsheet would run as a formula (and imports back
 * unchanged), GraphML and GEXF stay well-formed XML with the text escaped.
 */
@IntegrationTest
class HostileTextExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Open\")";
    private static final String MARKUP = "<script>alert('x')</script> & \"}) DETACH DELETE n //";

    @Autowired
    MockMvc mvc;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    DataDump data;

    @Autowired
    BundleImporter importer;

    @BeforeEach
    void importHostileText() {
        graph.clear();
        var report = importer.importZip(new ByteArrayInputStream(TestBundles.valid()
                .replace("young_people.csv", "Amira Hassan", BadBundles.csv(FORMULA))
                .replace("young_people.csv", "Yusuf Hassan", BadBundles.csv(MARKUP))
                .replace("young_people.csv", "Black African", "+44 20 7946 0000")
                .replace("young_people.csv", "Sam Okafor", "@SUM(A1:A9)")
                .replace("incidents.csv", "Knife injury seen in the emergency department", "-2+3 stabbed\tat the shop")
                .replace("peer_groups.csv", "Northgate Estate group", "\"=1+1\"").zip()), false);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void theTextIsStoredAsItIs() {
        assertThat(graph.count("MATCH (p:YoungPerson {name: '=HYPERLINK(\"http://evil.example\",\"Open\")'}) RETURN count(p)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (p:YoungPerson) WHERE p.name STARTS WITH '<script>' RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void theCsvExportNeutralisesFormulasAndImportsBackUnchanged() throws Exception {
        List<String> before = data.dump();
        Map<String, String> files = exportCsv();

        assertThat(files.get("young_people.csv")).contains("YP1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\"")
                .contains("'+44 20 7946 0000").contains("'@SUM(A1:A9)").contains("<script>alert('x')</script>")
                .doesNotContain(",=").doesNotContain(",+").doesNotContain(",@");
        assertThat(files.get("incidents.csv")).contains(",'-2+3 stabbed\tat the shop,");
        assertThat(files.get("peer_groups.csv")).contains("G1,'=1+1,");
        assertThat(files.get("locations.csv")).contains(",52.0012,-1.0021");

        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        graph.clear();
        assertThat(importer.importZip(new ByteArrayInputStream(zip.toByteArray()), false).errors()).isEmpty();
        assertThat(withoutRecording(data.dump())).isEqualTo(withoutRecording(before));
    }

    @Test
    void graphMlAndGexfStayWellFormedWithTheTextEscaped() throws Exception {
        for (String format : List.of("graphml", "gexf")) {
            MvcResult started = mvc.perform(get("/api/export/" + format).with(user("admin").roles("ADMIN"))
                    .header("X-Purpose", "test")).andReturn();
            byte[] xml = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray();
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            assertThat(textAndAttributes(document.getDocumentElement())).as(format).contains(MARKUP);
            assertThat(new String(xml, StandardCharsets.UTF_8)).as(format).doesNotContain("<script>");
        }
    }

    /** Every text and attribute value of the element and those inside it (GEXF puts a name in an attribute). */
    private static List<String> textAndAttributes(org.w3c.dom.Node node) {
        List<String> values = new java.util.ArrayList<>();
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            values.add(node.getNodeValue());
        }
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                values.add(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (int i = 0; i < node.getChildNodes().getLength(); i++) {
            values.addAll(textAndAttributes(node.getChildNodes().item(i)));
        }
        return values;
    }

    private Map<String, String> exportCsv() throws Exception {
        MvcResult started = mvc.perform(get("/api/export/csv").with(user("admin").roles("ADMIN"))
                .header("X-Purpose", "test")).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> withoutRecording(List<String> dump) {
        return dump.stream().map(line -> line.replaceAll("recordedAt=[^,}]+", "recordedAt=…")
                .replaceAll("importId=[^,}]+", "importId=…")).sorted().toList();
    }
}
