package org.contextmap.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.network.ego.EgoNetwork;
import org.contextmap.network.ego.EgoNetworks;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Recording what someone knows about Yusuf (YP2): a friendship with Kai (YP3) his mother told a
 * youth worker about, an association, and a concern. Each is written through the import, shows in
 * the network at once, is audited as a change of his record, and a wrong one is refused with a
 * sentence, leaving the graph as it was.
 */
@IntegrationTest
class FactRecorderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    EgoNetworks networks;

    @BeforeEach
    void load() {
        graph.clear();
        assertThat(importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false).errors()).isEmpty();
    }

    private ResultActions record(String role, String body) throws Exception {
        return mvc.perform(post("/api/people/YP2/facts").with(user(role.toLowerCase()).roles(role))
                .header("X-Purpose", "Youth work session").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aTieAParentToldAboutIsInTheNetworkAtOnceWithItsSourceAndIsAudited() throws Exception {
        record("YOUTH_JUSTICE", """
                {"kind": "TIE", "otherPersonId": "YP3", "tieKind": "FRIEND", "toldBy": "PARENT_CARER",
                 "confidence": "PROBABLE", "date": "2026-11-30"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sentence").value(org.hamcrest.Matchers.containsString("Parent or carer")));

        EgoNetwork network = networks.around("YP2", 1, 100, null, "test", "test").orElseThrow();
        List<EgoNetwork.Link> ties = network.links().stream()
                .filter(l -> "KNOWS".equals(l.kind()) && List.of(l.source(), l.target()).containsAll(List.of("YP2", "YP3")))
                .toList();
        assertThat(ties).singleElement().satisfies(tie -> {
            assertThat(tie.kinds()).contains("Friend");
            assertThat(tie.sources()).contains("Parent or carer");
            assertThat(tie.confidence()).isEqualTo("Probable");
        });
        assertThat(graph.count("""
                MATCH (a:AuditEntry {personId: 'YP2', action: 'CHANGE'}) WHERE a.what STARTS WITH 'fact recorded'
                RETURN count(a)""")).isEqualTo(1);
    }

    @Test
    void anAssociationAndAConcernAreRecordedWithTheRecordersAgency() throws Exception {
        record("SOCIAL_CARE", """
                {"kind": "ASSOCIATION", "groupId": "G2", "confidence": "POSSIBLE"}""").andExpect(status().isCreated());
        assertThat(graph.count("""
                MATCH (:YoungPerson {id: 'YP2'})-[r:ASSOCIATED_WITH {source: 'SOCIAL_CARE'}]->(:PeerGroup {id: 'G2'})
                RETURN count(r)""")).isEqualTo(1);
        record("SOCIAL_CARE", """
                {"kind": "CONCERN", "incidentType": "THREAT", "role": "VICTIM", "toldBy": "YOUNG_PERSON",
                 "summary": "Threatened outside the chicken shop, \\"you're next\\", by older boys", "confidence": "UNVERIFIED"}""")
                .andExpect(status().isCreated());
        assertThat(graph.count("""
                MATCH (:YoungPerson {id: 'YP2'})-[:INVOLVED_IN {role: 'VICTIM'}]->(i:Incident {source: 'YOUNG_PERSON', type: 'THREAT'})
                WHERE i.summary CONTAINS "you're next"
                RETURN count(i)""")).isEqualTo(1);
    }

    @Test
    void aWrongFactIsRefusedWithASentenceAndNothingIsWritten() throws Exception {
        List<String> before = graph.dump(false);
        record("POLICE", """
                {"kind": "TIE", "otherPersonId": "NOBODY", "tieKind": "FRIEND", "confidence": "PROBABLE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NOBODY")));
        record("POLICE", """
                {"kind": "CONCERN", "incidentType": "ASSAULT", "role": "SUSPECT", "summary": "x", "confidence": "PROBABLE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("suspect")));
        record("POLICE", "{}").andExpect(status().isBadRequest());
        assertThat(graph.dump(false)).isEqualTo(before);
    }

    @Test
    void aRoleThatMayNotOpenTheRecordMayNotAddToIt() throws Exception {
        record("VOLUNTARY", """
                {"kind": "ASSOCIATION", "groupId": "G2", "confidence": "POSSIBLE"}""").andExpect(status().isForbidden());
    }
}
