package org.contextmap.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.audit.AuditTrail;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.network.snapshot.NetworkSnapshots;
import org.contextmap.network.snapshot.SnapshotReads;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * Retaliation risk read from the in-process Neo4j: Amira (YP1) assaulted in January and stabbed in
 * September, her brother Yusuf (YP2, associated with Northgate) and her friend Kai (YP3, the
 * suspect of January, associated with Millfield); Northgate and Millfield are recorded as in
 * conflict.
 */
@IntegrationTest
class RiskApiTest {

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
    RiskScores scores;

    @Autowired
    NetworkSnapshots snapshots;

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
    void aBrothersRiskIsExplainedByHisSistersHarm() throws Exception {
        String body = mvc.perform(get("/api/people/YP2/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value("YP2"))
                .andExpect(jsonPath("$.name").value("Yusuf Hassan"))
                .andExpect(jsonPath("$.contributions[*].incidentId", hasItems("I1", "I2")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I2')].path[*].personId",
                        hasItems("YP1", "YP2")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I2')].path[1].tie", hasItem("Sibling")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I2')].source", hasItem("Health")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I2')].path[1].recordedBy", hasItem("Children's social care")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I2')].path[1].confidence", hasItem("Confirmed")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I2')].reason", hasItem(
                        "Amira Hassan, one step away from Yusuf Hassan (sibling), was harmed: a stabbing "
                                + "(life-threatening, knife) on 3 September 2026.")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I1' && @.role == 'Suspect')].reason",
                        hasItem(containsString("Kai \"KJ\" Johnson, two steps away from Yusuf Hassan through "
                                + "Amira Hassan, is a suspect in an assault (serious) on 10 January 2026"))))
                .andExpect(jsonPath("$.advice", containsString("A practitioner decides")))
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> result = json.readValue(body, Map.class);
        double sum = ((List<?>) result.get("contributions")).stream()
                .mapToDouble(c -> ((Number) ((Map<?, ?>) c).get("weight")).doubleValue()).sum()
                + ((Number) ((Map<?, ?>) result.get("others")).get("weight")).doubleValue();
        assertThat(sum).isCloseTo(((Number) result.get("score")).doubleValue(), within(1e-9));
        assertThat(body).doesNotContainIgnoringCase("gang");
        assertThat(audit.entriesFor("YP2")).as("reading a child's risk is audited").isNotEmpty();
    }

    @Test
    void theSmallestContributionsAreSummedWhenALimitIsAsked() throws Exception {
        String body = mvc.perform(get("/api/people/YP2/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER).param("limit", "1"))
                .andExpect(jsonPath("$.contributions", hasSize(1)))
                .andExpect(jsonPath("$.others.count").value(greaterThan(0)))
                .andReturn().getResponse().getContentAsString();
        Map<?, ?> result = json.readValue(body, Map.class);
        double shown = ((Number) ((Map<?, ?>) ((List<?>) result.get("contributions")).getFirst()).get("weight"))
                .doubleValue();
        double others = ((Number) ((Map<?, ?>) result.get("others")).get("weight")).doubleValue();
        assertThat(shown + others).isCloseTo(((Number) result.get("score")).doubleValue(), within(1e-9));
        assertThat(shown).isGreaterThanOrEqualTo(others / ((Number) ((Map<?, ?>) result.get("others")).get("count"))
                .doubleValue());
    }

    @Test
    void beforeAnyHarmThereIsNoRisk() throws Exception {
        mvc.perform(get("/api/people/YP2/risk").header("X-Purpose", "test").param("asOf", "2025-12-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(0.0))
                .andExpect(jsonPath("$.band").value("NONE"))
                .andExpect(jsonPath("$.contributions", empty()));
    }

    @Test
    void everyoneIsRankedWithTheirTopReasons() throws Exception {
        mvc.perform(get("/api/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER).param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(3))
                .andExpect(jsonPath("$.scored").value(3))
                .andExpect(jsonPath("$.ranked", hasSize(2)))
                .andExpect(jsonPath("$.ranked[0].personId").value("YP1"))
                .andExpect(jsonPath("$.ranked[0].rank").value(1))
                .andExpect(jsonPath("$.ranked[0].topReasons[0].text",
                        containsString("Amira Hassan was harmed 2 times in the last two years; the largest part: the "
                                + "stabbing (life-threatening, knife)")))
                .andExpect(jsonPath("$.ranked[0].topReasons[0].text", containsString("on 3 September 2026")));
    }

    @Test
    void aNewIncidentBetweenRivalsUpdatesScoresAndTensionsWithoutRecomputingTheCity(@TempDir Path more)
            throws Exception {
        mvc.perform(get("/api/groups/tensions").param("asOf", SEPTEMBER)).andExpect(jsonPath("$.pairs", empty()));
        mvc.perform(get("/api/people/YP3/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER)).andExpect(status().isOk());
        long recomputed = scores.fullRecomputations();

        // Yusuf (Northgate) is suspected of stabbing Kai (Millfield) on 10 September: the same people,
        // ties and groups are imported again unchanged, with the new incident
        TestBundles stabbing = TestBundles.valid()
                .append("incidents.csv", "I3,2026-09-10T22:00,STABBING,SERIOUS,KNIFE,P1,POLICE,Stabbed near the park")
                .append("incident_people.csv", "I3,YP3,VICTIM")
                .append("incident_people.csv", "I3,YP2,SUSPECT");
        assertThat(importer.importFolder(stabbing.writeTo(more), false).errors()).isEmpty();

        String incremental = mvc.perform(get("/api/people/YP3/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER))
                .andExpect(jsonPath("$.contributions[*].incidentId", hasItem("I3")))
                .andExpect(jsonPath("$.contributions[?(@.incidentId == 'I3' && @.role == 'Victim')].reason",
                        hasItem(containsString("between young people associated with Millfield Road peer group and "
                                + "Northgate Estate group, recorded as in conflict"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(scores.fullRecomputations()).as("updated by the new incident alone").isEqualTo(recomputed);
        double updated = ((Number) json.readValue(incremental, Map.class).get("score")).doubleValue();

        graph.clear(); // a new data version: everything is read and computed again
        assertThat(importer.importFolder(stabbing.writeTo(more.resolve("again")), false).errors()).isEmpty();
        String fresh = mvc.perform(get("/api/people/YP3/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER))
                .andReturn().getResponse().getContentAsString();
        assertThat(scores.fullRecomputations()).isGreaterThan(recomputed);
        assertThat(updated).isCloseTo(((Number) json.readValue(fresh, Map.class).get("score")).doubleValue(),
                within(1e-9));

        mvc.perform(get("/api/groups/tensions").param("asOf", SEPTEMBER))
                .andExpect(jsonPath("$.periodDays").value(90))
                .andExpect(jsonPath("$.pairs", hasSize(1)))
                .andExpect(jsonPath("$.pairs[0].groupA").value("G1"))
                .andExpect(jsonPath("$.pairs[0].groupB").value("G2"))
                .andExpect(jsonPath("$.pairs[0].relation").value("In conflict"))
                .andExpect(jsonPath("$.pairs[0].trend").value("RISING"))
                .andExpect(jsonPath("$.pairs[0].bToA").value(0.0))
                .andExpect(jsonPath("$.pairs[0].incidents[0].incidentId").value("I3"))
                .andExpect(jsonPath("$.pairs[0].incidents[0].suspectsGroup").value("G1"))
                .andExpect(jsonPath("$.pairs[0].incidents[0].incident").value("Stabbing (serious, knife)"));
    }

    @Test
    void aStabbingWrittenByAnotherInstanceUpdatesScoresWithoutReadingTheNetworkAgain() throws Exception {
        String before = mvc.perform(get("/api/people/YP3/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER))
                .andExpect(jsonPath("$.contributions[*].incidentId", not(hasItem("I9"))))
                .andReturn().getResponse().getContentAsString();
        long recomputed = scores.fullRecomputations();
        long networkReads = SnapshotReads.of(snapshots);

        // another instance records Kai stabbed by Yusuf, and what it touched; no event reaches this one
        graph.stabbingByAnotherInstance("I9", "2026-09-10T22:00", "YP3", "YP2");

        String after = mvc.perform(get("/api/people/YP3/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER))
                .andExpect(jsonPath("$.contributions[*].incidentId", hasItem("I9")))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) json.readValue(after, Map.class).get("score")).doubleValue())
                .isGreaterThan(((Number) json.readValue(before, Map.class).get("score")).doubleValue());
        assertThat(scores.fullRecomputations()).as("updated by the new incident alone").isEqualTo(recomputed);
        assertThat(SnapshotReads.of(snapshots)).as("the network was carried forward").isEqualTo(networkReads);

        // a change that does not say what it touched: the network is read and the scores computed again
        graph.changeWithoutSayingWhat(null);
        mvc.perform(get("/api/people/YP3/risk").header("X-Purpose", "test").param("asOf", SEPTEMBER)).andExpect(status().isOk());
        assertThat(SnapshotReads.of(snapshots)).isEqualTo(networkReads + 1);
        assertThat(scores.fullRecomputations()).isGreaterThan(recomputed);
    }

    @Test
    void theBackTestAndTheFitRunOnTheDatabasesHistory() throws Exception {
        mvc.perform(get("/api/risk/back-test").header("X-Purpose", "test").param("cuts", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(6)))
                .andExpect(jsonPath("$.rows[0].windowDays").value(30));
        mvc.perform(get("/api/risk/fit").header("X-Purpose", "test").param("to", LocalDate.of(2026, 10, 1).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.victimisations").value(2));
    }

    @Test
    void badRequestsAreExplained() throws Exception {
        mvc.perform(get("/api/people/NOBODY/risk").header("X-Purpose", "test"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("NOBODY")));
        mvc.perform(get("/api/risk").header("X-Purpose", "test").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("limit")));
        mvc.perform(get("/api/groups/tensions").param("asOf", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", not(containsString("Exception"))));
    }
}
