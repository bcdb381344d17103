package org.contextmap.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.contextmap.audit.AuditTrail;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.network.centrality.NetworkxReferenceTestAccess;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.LondonGang;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** The analytics API over the in-process Neo4j: projection, centrality, ego network, errors, refresh. */
@IntegrationTest
class NetworkApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AuditTrail audit;

    @Autowired
    ObjectMapper json;

    @TempDir
    Path folder;

    @BeforeEach
    void importTheSmallBundle() {
        graph.clear();
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();
    }

    @Test
    void rankedCentralityWithNamesAndTheConvention() throws Exception {
        // YP2 - YP1 - YP3: Amira is on the only path between her brother and Kai
        mvc.perform(get("/api/analytics/centrality").param("metric", "betweenness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metric").value("betweenness"))
                .andExpect(jsonPath("$.exact").value(true))
                .andExpect(jsonPath("$.people").value(3))
                .andExpect(jsonPath("$.ties").value(2))
                .andExpect(jsonPath("$.meaning", containsString("networkx.betweenness_centrality")))
                .andExpect(jsonPath("$.scores[0].personId").value("YP1"))
                .andExpect(jsonPath("$.scores[0].name").value("Amira Hassan"))
                .andExpect(jsonPath("$.scores[0].score").value(1.0))
                .andExpect(jsonPath("$.scores[0].rank").value(1))
                .andExpect(jsonPath("$.scores[1].rank").value(2))
                .andExpect(jsonPath("$.scores[2].rank").value(2));
    }

    @Test
    void asOfLeavesOutTiesThatHadNotBegun() throws Exception {
        // the friendship YP1 - YP3 began on 2024-09-01; the siblings' tie has no date and always counts
        mvc.perform(get("/api/analytics/centrality").param("metric", "degree").param("asOf", "2024-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2024-06-01"))
                .andExpect(jsonPath("$.ties").value(1));
        mvc.perform(get("/api/people/YP1/network").header("X-Purpose", "test").param("hops", "2").param("asOf", "2024-06-01"))
                .andExpect(jsonPath("$.nodes[*].id", containsInAnyOrder("YP1", "YP2")));
    }

    @Test
    void egoNetworkWithTiesGroupsScoresAndAnAuditEntry() throws Exception {
        mvc.perform(get("/api/people/YP1/network").header("X-Purpose", "test").param("hops", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value("YP1"))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.nodes[*].id", containsInAnyOrder("YP1", "YP2", "YP3", "G1", "G2")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'YP2')].kind").value("person"))
                .andExpect(jsonPath("$.nodes[?(@.id == 'YP2')].label").value("Yusuf Hassan"))
                .andExpect(jsonPath("$.nodes[?(@.id == 'YP2')].hops").value(1))
                .andExpect(jsonPath("$.nodes[?(@.id == 'YP2')].groups[0]").value("G1"))
                .andExpect(jsonPath("$.nodes[?(@.id == 'YP1')].scores.degree").value(1.0))
                .andExpect(jsonPath("$.nodes[?(@.id == 'G1')].kind").value("group"))
                .andExpect(jsonPath("$.links[?(@.kind == 'KNOWS' && @.target == 'YP2')].kinds[0]").value("Sibling"))
                .andExpect(jsonPath("$.links[?(@.kind == 'KNOWS' && @.target == 'YP2')].sources[0]")
                        .value("Children's social care"))
                .andExpect(jsonPath("$.links[?(@.kind == 'KNOWS' && @.target == 'YP2')].confidence").value("Confirmed"))
                .andExpect(jsonPath("$.links[?(@.kind == 'IN_CONFLICT_WITH')]", hasSize(1)))
                .andExpect(jsonPath("$.links[?(@.kind == 'ASSOCIATED_WITH')]", hasSize(2)));

        assertThat(audit.entriesFor("YP1")).isNotEmpty();
    }

    @Test
    void groupLevelViewWithConflictsAndKeyPeople() throws Exception {
        mvc.perform(get("/api/analytics/groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups", hasSize(2)))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].name").value("Northgate Estate group"))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].associates").value(1))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].inConflictWith[0]").value("G2"))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].degree").value(1.0))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].keyPeople[0].personId").value("YP2"))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].keyPeople[0].name").value("Yusuf Hassan"));
        // the conflict was recorded from 2025-03-01 and Yusuf's association from 2025-06-01
        mvc.perform(get("/api/analytics/groups").param("asOf", "2025-04-01"))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].associates").value(0))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].inConflictWith[0]").value("G2"));
        mvc.perform(get("/api/analytics/groups").param("asOf", "2025-01-01"))
                .andExpect(jsonPath("$.groups[?(@.groupId == 'G1')].inConflictWith[*]", hasSize(0)));
    }

    @Test
    void exportsTheNetworkWithScoresForGephi() throws Exception {
        var graphml = mvc.perform(get("/api/export/graphml").header("X-Purpose", "test").param("metrics", "degree,pagerank"))
                .andExpect(request().asyncStarted()).andReturn();
        String xml = mvc.perform(asyncDispatch(graphml))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".graphml")))
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("<graphml", "Amira Hassan", "score_pagerank", "\"YP1\"");

        var gexf = mvc.perform(get("/api/export/gexf").header("X-Purpose", "test")).andExpect(request().asyncStarted()).andReturn();
        String dynamic = mvc.perform(asyncDispatch(gexf))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(dynamic).contains("http://gexf.net/1.3", "version=\"1.3\"", "mode=\"dynamic\"",
                "start=\"2024-09-01\"", "score_betweenness");

        mvc.perform(get("/api/export/gexf").header("X-Purpose", "test").param("metrics", "fame")).andExpect(status().isBadRequest());
    }

    @Test
    void aClusterSpanningGroupsInConflictIsFlagged() throws Exception {
        // Yusuf (associated with G1) and Kai (with G2) are both tied to Amira: one cluster of three
        mvc.perform(get("/api/analytics/clusters"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.algorithm").value("louvain"))
                .andExpect(jsonPath("$.unclustered").value(0))
                .andExpect(jsonPath("$.clusters", hasSize(1)))
                .andExpect(jsonPath("$.clusters[0].members", containsInAnyOrder("YP1", "YP2", "YP3")))
                .andExpect(jsonPath("$.clusters[0].keyPeople[0].personId").value("YP1"))
                .andExpect(jsonPath("$.clusters[0].keyPeople[0].tiesWithin").value(2))
                .andExpect(jsonPath("$.clusters[0].peerGroups[*].groupId", containsInAnyOrder("G1", "G2")))
                .andExpect(jsonPath("$.clusters[0].spansGroupsInConflict[0]", containsInAnyOrder("G1", "G2")))
                .andExpect(jsonPath("$.clusters[0].attention", containsString("recorded as in conflict")));
    }

    @Test
    void cutPeopleAndBridgesWithTheGroupsTheyConnect(@TempDir Path another) throws Exception {
        graph.clear();
        // Kai's friends YP4 and YP5 know each other: the tie Amira - Kai is then the only link
        // between two parts with more than one person each
        TestBundles bundle = TestBundles.valid()
                .append("young_people.csv", "YP4,Lee Morgan,2010-02-02,Male,,HA-2,,,false,false,,NONE,")
                .append("young_people.csv", "YP5,Sol Reyes,2010-03-03,Male,,HA-2,,,false,false,,NONE,")
                .append("relationships.csv", "YP3,YP4,FRIEND,2025-01-01,POLICE,POSSIBLE")
                .append("relationships.csv", "YP3,YP5,FRIEND,2025-01-01,POLICE,POSSIBLE")
                .append("relationships.csv", "YP4,YP5,FRIEND,2025-01-01,POLICE,POSSIBLE");
        assertThat(importer.importFolder(bundle.writeTo(another), false).errors()).isEmpty();

        mvc.perform(get("/api/analytics/bridges"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cutPeople[*].personId", containsInAnyOrder("YP1", "YP3")))
                // without Kai, Amira and Yusuf (2) are apart from YP4 and YP5 (2); without Amira, Yusuf alone
                .andExpect(jsonPath("$.cutPeople[0].personId").value("YP3"))
                .andExpect(jsonPath("$.cutPeople[0].separates", containsInAnyOrder(2, 2)))
                .andExpect(jsonPath("$.cutPeople[0].cutOff").value(2))
                .andExpect(jsonPath("$.cutPeople[?(@.personId == 'YP1')].connectsGroups[*]",
                        containsInAnyOrder("G1", "G2")))
                .andExpect(jsonPath("$.cutPeople[?(@.personId == 'YP1')].groupsInConflict[0][*]",
                        containsInAnyOrder("G1", "G2")))
                .andExpect(jsonPath("$.bridges", hasSize(1)))
                .andExpect(jsonPath("$.bridges[0].personA").value("YP1"))
                .andExpect(jsonPath("$.bridges[0].personB").value("YP3"))
                .andExpect(jsonPath("$.bridges[0].kinds[0]").value("Friend"));
    }

    @Test
    void badRequestsGetClearWordsNotStackTraces() throws Exception {
        mvc.perform(get("/api/analytics/centrality").param("metric", "influence"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("pagerank")));
        mvc.perform(get("/api/analytics/centrality").param("metric", "degree").param("asOf", "last tuesday"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/analytics/centrality").param("metric", "degree").param("epsilon", "0.1"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/analytics/centrality").param("metric", "betweenness").param("epsilon", "0.001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("between 0.02 and 0.5")));
        mvc.perform(get("/api/people/NOBODY/network").header("X-Purpose", "test"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("NOBODY")));
        mvc.perform(get("/api/people/YP1/network").header("X-Purpose", "test").param("hops", "9"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSnapshotFollowsImportsAndMatchesNetworkxOnTheRealNetwork() throws Exception {
        mvc.perform(get("/api/analytics/centrality").param("metric", "pagerank"))
                .andExpect(jsonPath("$.people").value(3));

        assertThat(importer.importBundle(LondonGang.bundle(), "test").errors()).isEmpty();

        String body = mvc.perform(get("/api/analytics/centrality").param("metric", "betweenness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(57))
                .andReturn().getResponse().getContentAsString();
        // the 54 members and the 3 young people of the small bundle are separate components, so the
        // London figures are NetworkX's on 54 people rescaled to 57: (53·52) / (56·55)
        double reference = reference("LG01", "betweenness") * (53.0 * 52) / (56.0 * 55);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scores = (List<Map<String, Object>>) json.readValue(body, Map.class).get("scores");
        double lg01 = scores.stream().filter(s -> s.get("personId").equals("LG01"))
                .mapToDouble(s -> ((Number) s.get("score")).doubleValue()).findFirst().orElseThrow();
        assertThat(lg01).isCloseTo(reference, within(1e-9));
    }

    private static double reference(String id, String metric) throws IOException {
        var rows = NetworkxReferenceTestAccess.reference();
        int column = List.of(rows.get(0)).indexOf(metric);
        return rows.stream().filter(r -> r[0].equals(id)).mapToDouble(r -> Double.parseDouble(r[column])).findFirst()
                .orElseThrow();
    }
}
