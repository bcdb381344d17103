package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.contextmap.audit.AuditTrail;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The alerts of the small bundle — a fifteen-year-old assaulted in January and stabbed in
 * September, her excluded brother, the boy alleged to have assaulted her — read from the
 * in-process Neo4j, and a decision recorded on one.
 */
@IntegrationTest
class AlertApiTest {

    private static final String SEPTEMBER = "2026-09-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    ObjectMapper json;

    @Autowired
    AlertService alerts;

    @Autowired
    AuditTrail audit;

    @TempDir
    Path folder;

    @BeforeEach
    void importTheSmallBundle() {
        graph.clear();
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();
    }

    @Test
    void whatShouldHaveBeenSeenInSeptember() throws Exception {
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personId == 'YP1')].code", hasItems("STRATEGY_DISCUSSION_DUE",
                        "CUMULATIVE_HARM", "EDUCATION_EXCLUSION_RISK", "STEP_DOWN_WITH_EXPLOITATION_FLAG",
                        "REFERRALS_NOT_JOINED_UP")))
                .andExpect(jsonPath("$[?(@.personId == 'YP1')].code", not(hasItem("EMERGENCY_KNIFE_PRESENTATION"))))
                .andExpect(jsonPath("$[?(@.personId == 'YP3')].code", hasItem("BOTH_CHILDREN_NEED_RESPONSE")))
                .andExpect(jsonPath("$[?(@.personId == 'YP2')].code", hasItem("EDUCATION_EXCLUSION_RISK")))
                .andExpect(jsonPath("$[?(@.code == 'CUMULATIVE_HARM')].facts[*].id", hasItems("I1", "I2")))
                .andExpect(jsonPath("$[?(@.code == 'CUMULATIVE_HARM')].learning",
                        hasItem(containsString("Bristol Rapid Review No.7"))));
        // in December 2025 only the brother's exclusion had happened
        mvc.perform(get("/api/alerts").param("asOf", "2025-12-01").param("code", "CUMULATIVE_HARM"))
                .andExpect(jsonPath("$", empty()));
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("groupId", "G2"))
                .andExpect(jsonPath("$[*].personId", not(hasItem("YP1"))));
    }

    @Test
    void aDecisionIsRecordedAndKeptWithTheAlert() throws Exception {
        String body = mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP3")
                .param("code", "BOTH_CHILDREN_NEED_RESPONSE")).andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        String id = (String) ((List<Map<String, Object>>) json.readValue(body, List.class)).getFirst().get("id");

        mvc.perform(post("/api/alerts/" + id + "/decision").param("asOf", SEPTEMBER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"action_taken\", \"reason\": \"Assessment booked for Kai\", "
                                + "\"decidedBy\": \"Priya Shah\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.outcome").value("ACTION_TAKEN"))
                .andExpect(jsonPath("$.decision.decidedBy").value("admin"));

        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP3"))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/people/YP3/alerts").header("X-Purpose", "test").param("asOf", "2026-10-01"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].decision.reason").value("Assessment booked for Kai"));
        assertThat(audit.entriesFor("YP3")).as("reading a child's alerts is audited").isNotEmpty()
                .anySatisfy(entry -> {
                    assertThat(entry.action()).as("the decision is audited as a change").isEqualTo("CHANGE");
                    assertThat(entry.what()).isEqualTo("alert decision " + id + ": ACTION_TAKEN");
                });
    }

    @Test
    void aNewIncidentIsSeenByTheNextListing(@TempDir Path more) throws Exception {
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP2"))
                .andExpect(jsonPath("$[*].code", not(hasItem("STRATEGY_DISCUSSION_DUE"))));

        // Yusuf is stabbed on 2026-09-10 and nobody holds a strategy discussion; the bundle has no group
        // relations, so only the people it touches are evaluated again
        TestBundles stabbing = TestBundles.valid().without("group_relations.csv")
                .append("incidents.csv", "I3,2026-09-10T22:00,STABBING,SERIOUS,KNIFE,P1,POLICE,Stabbed near the park")
                .append("incident_people.csv", "I3,YP2,VICTIM");
        long wholeReads = alerts.wholeReads();
        assertThat(importer.importFolder(stabbing.writeTo(more), false).errors()).isEmpty();

        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP2"))
                .andExpect(jsonPath("$[*].code", hasItem("STRATEGY_DISCUSSION_DUE")))
                .andExpect(jsonPath("$[?(@.code == 'STRATEGY_DISCUSSION_DUE')].facts[0].id").value("I3"));
        assertThat(alerts.wholeReads()).as("only the affected people's facts were read again").isEqualTo(wholeReads);
    }

    @Test
    void anIncidentRegradedAloneReEvaluatesEveryoneInIt(@TempDir Path more) throws Exception {
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER))
                .andExpect(jsonPath("$[?(@.personId == 'YP1')].code", hasItem("CUMULATIVE_HARM")))
                .andExpect(jsonPath("$[?(@.personId == 'YP3')].code", hasItem("BOTH_CHILDREN_NEED_RESPONSE")));

        // the January assault is regraded low: no longer serious harm for Amira, no longer abuse by Kai;
        // the bundle names neither of them
        TestBundles regraded = TestBundles.valid().only("incidents.csv")
                .replace("incidents.csv", "ASSAULT,SERIOUS", "ASSAULT,LOW")
                .with("young_people.csv", "id,name,date_of_birth,gender,ethnicity,home_area,school_id,family_id,"
                        + "in_care,send,flags,social_care_status,lead_professional\n");
        long wholeReads = alerts.wholeReads();
        assertThat(importer.importFolder(regraded.writeTo(more), false).errors()).isEmpty();

        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER))
                .andExpect(jsonPath("$[?(@.personId == 'YP1')].code", not(hasItem("CUMULATIVE_HARM"))))
                .andExpect(jsonPath("$[?(@.personId == 'YP3')].code", not(hasItem("BOTH_CHILDREN_NEED_RESPONSE"))));
        assertThat(alerts.wholeReads()).isEqualTo(wholeReads);
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenFromWhatItRecorded() throws Exception {
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP2"))
                .andExpect(jsonPath("$[*].code", not(hasItem("STRATEGY_DISCUSSION_DUE"))));
        long wholeReads = alerts.wholeReads();

        // another instance writes a stabbing of Yusuf and records what it touched; no event reaches this one
        graph.stabbingByAnotherInstance("I9", "2026-09-10T22:00", "YP2", null);

        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP2"))
                .andExpect(jsonPath("$[?(@.code == 'STRATEGY_DISCUSSION_DUE')].facts[0].id").value("I9"));
        assertThat(alerts.wholeReads()).as("only Yusuf and those around him were read again")
                .isEqualTo(wholeReads);

        // a change that does not say what it touched could have changed anything
        graph.changeWithoutSayingWhat("MATCH (i:Incident {id: 'I9'}) DETACH DELETE i");
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP2"))
                .andExpect(jsonPath("$[*].code", not(hasItem("STRATEGY_DISCUSSION_DUE"))));
        assertThat(alerts.wholeReads()).isEqualTo(wholeReads + 1);
    }

    @Test
    void theRecordOfAChildShowsTheirAlerts() throws Exception {
        // today (on or after 2026-11-22): Amira's two serious harms of January and September
        mvc.perform(get("/api/people/YP1").header("X-Purpose", "test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[*].code", hasItem("CUMULATIVE_HARM")))
                .andExpect(jsonPath("$.alerts[?(@.code == 'CUMULATIVE_HARM')].learning",
                        hasItem(containsString("Bristol"))));
    }

    @Test
    void badRequestsAreExplained() throws Exception {
        mvc.perform(get("/api/alerts").param("code", "GANG_MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("CUMULATIVE_HARM")));
        mvc.perform(post("/api/alerts/nothing-like-this/decision").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACKNOWLEDGED\", \"reason\": \"seen\", \"decidedBy\": \"me\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/alerts/x/decision").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACKNOWLEDGED\", \"decidedBy\": \"me\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason is required")));
    }
}
