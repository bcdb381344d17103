package org.contextmap.person;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.contextmap.audit.AuditTrail;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/people/{id}} on the in-process Neo4j. */
@IntegrationTest
class PersonProfileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void load() {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
    }

    @Test
    void showsTheChildsFactsAssociationsIncidentsAndCaseworkAsOneChronology() throws Exception {
        mvc.perform(get("/api/people/YP1").header("X-Purpose", "test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.name").value("Amira Hassan"))
                .andExpect(jsonPath("$.person.flags", contains("CCE")))
                .andExpect(jsonPath("$.person.socialCareStatus").value("CHILD_IN_NEED"))
                .andExpect(jsonPath("$.school.name").value("Ashbury Academy"))
                .andExpect(jsonPath("$.relationships[*].name", contains("Kai \"KJ\" Johnson", "Yusuf Hassan")))
                .andExpect(jsonPath("$.relationships[1].kind").value("SIBLING"))
                .andExpect(jsonPath("$.relationships[1].provenance.source").value("SOCIAL_CARE"))
                .andExpect(jsonPath("$.relationships[1].provenance.confidence").value("CONFIRMED"))
                .andExpect(jsonPath("$.incidents", hasSize(2)))
                .andExpect(jsonPath("$.incidents[0].role").value("VICTIM"))
                .andExpect(jsonPath("$.incidents[0].incident.id").value("I2"))
                .andExpect(jsonPath("$.incidents[1].others[0].name").value("Kai \"KJ\" Johnson"))
                .andExpect(jsonPath("$.incidents[1].others[0].role").value("SUSPECT"))
                .andExpect(jsonPath("$.referrals", hasSize(3)))
                .andExpect(jsonPath("$.meetings[0].kind").value("STRATEGY_DISCUSSION"))
                .andExpect(jsonPath("$.educationEvents[0].event.kind").value("SUSPENSION"))
                .andExpect(jsonPath("$.chronology[*].reference", contains("R3", "I2", "R2", "YP1|2026-02-02|SUSPENSION|S1",
                        "M1", "R1", "I1", "F1|Domestic abuse|2023-05-01|POLICE")))
                .andExpect(jsonPath("$.chronology[1].title")
                        .value("Victim: stabbing (life-threatening, knife) at Mill Park"))
                .andExpect(jsonPath("$.chronology[0].detail").value("Outcome pending"))
                .andExpect(jsonPath("$.chronology[2].detail")
                        .value("Outcome: No further action on 21 Feb 2026. the referrer has not been told the outcome"));
    }

    @Test
    void familyHistoryIsVisibleOnEveryChildOfTheFamily() throws Exception {
        for (String sibling : new String[] {"YP1", "YP2"}) {
            mvc.perform(get("/api/people/" + sibling).header("X-Purpose", "test"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.family.id").value("F1"))
                    .andExpect(jsonPath("$.family.history[0].kind").value("Domestic abuse"))
                    .andExpect(jsonPath("$.family.history[0].source").value("POLICE"));
        }
        mvc.perform(get("/api/people/YP2").header("X-Purpose", "test")).andExpect(jsonPath("$.family.members[*].name", contains("Amira Hassan")));
        mvc.perform(get("/api/people/YP3").header("X-Purpose", "test")).andExpect(jsonPath("$.family.history", hasSize(0)));
    }

    @Test
    void associationsCarryTheirSourceAndConfidence() throws Exception {
        mvc.perform(get("/api/people/YP3").header("X-Purpose", "test"))
                .andExpect(jsonPath("$.associations[0].groupName").value("Millfield Road peer group"))
                .andExpect(jsonPath("$.associations[0].provenance.source").value("PARENT_CARER"))
                .andExpect(jsonPath("$.associations[0].provenance.confidence").value("POSSIBLE"))
                .andExpect(jsonPath("$.incidents[0].role").value("SUSPECT"));
    }

    @Test
    void anUnknownIdIsA404InJson() throws Exception {
        mvc.perform(get("/api/people/NOBODY").header("X-Purpose", "test"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.error").value("Not found"))
                .andExpect(jsonPath("$.detail").value("There is no young person with id NOBODY."))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void everyReadOfAChildsRecordIsAudited() throws Exception {
        mvc.perform(get("/api/people/YP2").header("X-Purpose", "test")).andExpect(status().isOk());
        mvc.perform(get("/api/people/YP2").header("X-Purpose", "test")).andExpect(status().isOk());

        assertThat(audit.entriesFor("YP2")).hasSize(2)
                .allSatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("READ");
                    assertThat(entry.channel()).isEqualTo("api");
                });
        assertThat(audit.entriesFor("YP1")).isEmpty();
    }

    @Test
    void aChildWithoutSchoolOrFamilyHasAnEmptyRecordRatherThanAnError() throws Exception {
        importer.importZip(new ByteArrayInputStream(TestBundles.valid()
                .append("young_people.csv", "YP9,Lee Brown,,,,,,,,,,,").zip()), false);

        mvc.perform(get("/api/people/YP9").header("X-Purpose", "test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.school").doesNotExist())
                .andExpect(jsonPath("$.family").doesNotExist())
                .andExpect(jsonPath("$.chronology", hasSize(0)));
    }
}
