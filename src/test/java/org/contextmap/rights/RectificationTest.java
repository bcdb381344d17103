package org.contextmap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.contextmap.audit.AuditTrail;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Disputes and corrections of Amira's (YP1) record: her parent disputes her friendship with Kai
 * (YP3), she corrects her ethnicity. Both show on her record and her subject-access export,
 * survive a re-import of the same bundle, and the values first recorded are kept.
 */
@IntegrationTest
class RectificationTest {

    private static final String DISPUTE = """
            {"fact": {"kind": "RELATIONSHIP", "otherPersonId": "YP3", "relationshipKind": "FRIEND"},
             "status": "DISPUTED", "reason": "They were in the same class, never friends.", "raisedBy": "PARENT_CARER"}
            """;
    private static final String CORRECTION = """
            {"fact": {"kind": "PROFILE", "field": "ethnicity"}, "status": "CORRECTED",
             "reason": "I am Black British.", "correctedValue": "Black British", "raisedBy": "YOUNG_PERSON"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AuditTrail audit;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void load() {
        graph.clear();
        importBundle();
    }

    private void importBundle() {
        assertThat(importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false).errors()).isEmpty();
    }

    private ResultActions raise(String role, String body) throws Exception {
        return mvc.perform(post("/api/people/YP1/rectifications").with(user(role.toLowerCase()).roles(role))
                .header("X-Purpose", "Parent's request").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aDisputeAndACorrectionShowOnTheRecordAndTheExportAndSurviveAReimport() throws Exception {
        raise("SOCIAL_CARE", DISPUTE).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DISPUTED"))
                .andExpect(jsonPath("$.previousValue").value(startsWith("Friend")));
        raise("YOUTH_JUSTICE", CORRECTION).andExpect(status().isCreated())
                .andExpect(jsonPath("$.previousValue").value("Black African"))
                .andExpect(jsonPath("$.correctedValue").value("Black British"));

        for (int round = 0; round < 2; round++) {
            mvc.perform(get("/api/people/YP1").with(user("admin").roles("ADMIN")).header("X-Purpose", "Check"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.person.ethnicity").value("Black British"))
                    .andExpect(jsonPath("$.rectifications", hasSize(2)))
                    .andExpect(jsonPath("$.rectifications[0].note").value(startsWith(
                            "Disputed by Parent or carer on ")))
                    .andExpect(jsonPath("$.rectifications[0].note").value(org.hamcrest.Matchers.endsWith(
                            ": They were in the same class, never friends.")))
                    .andExpect(jsonPath("$.rectifications[1].note").value(org.hamcrest.Matchers.containsString(
                            "(was Black African; now Black British), raised by The young person")));
            String export = mvc.perform(get("/api/people/YP1/subject-access").with(user("admin").roles("ADMIN"))
                            .header("X-Purpose", "Subject-access request"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.details[?(@.field == 'Ethnicity')].value").value(hasItem("Black British")))
                    .andExpect(jsonPath("$.details[?(@.field == 'Ethnicity')].notes[0]").value(hasItem(
                            org.hamcrest.Matchers.startsWith("Corrected on "))))
                    .andExpect(jsonPath("$.relationships[?(@.kind == 'Friend')].notes[0]").value(hasItem(
                            org.hamcrest.Matchers.startsWith("Disputed by Parent or carer on "))))
                    .andExpect(jsonPath("$.rectifications", hasSize(2)))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            SubjectAccessTest.assertNamesNobodyElse(export);
            importBundle(); // the partner system sends the same bundle again
        }

        assertThat(client.query("MATCH (p:YoungPerson {id: 'YP1'}) RETURN p.ethnicity").fetchAs(String.class).one())
                .as("the imported value is kept").contains("Black African");
        mvc.perform(get("/api/people/YP1/rectifications").with(user("police").roles("POLICE"))
                        .header("X-Purpose", "Check"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].raisedBy").value("YOUNG_PERSON"))
                .andExpect(jsonPath("$[1].recordedBy").value("youth_justice"));
        assertThat(audit.entriesFor("YP1")).anySatisfy(e -> assertThat(e.action() + " " + e.what())
                .isEqualTo("CHANGE rectification"));
    }

    @Test
    void analystsAndAuditorsMayNotRectify() throws Exception {
        raise("ANALYST", DISPUTE).andExpect(status().isForbidden());
        raise("AUDITOR", CORRECTION).andExpect(status().isForbidden());
        raise("POLICE", DISPUTE).andExpect(status().isCreated());
    }

    @Test
    void aRectificationMustNameARealFactAndSayWhy() throws Exception {
        raise("SOCIAL_CARE", CORRECTION.replace("\"correctedValue\": \"Black British\",", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("correctedValue is required")));
        raise("SOCIAL_CARE", CORRECTION.replace("ethnicity", "shoeSize")).andExpect(status().isBadRequest());
        raise("SOCIAL_CARE", DISPUTE.replace("YP3", "YP2")).andExpect(status().isNotFound());
        raise("SOCIAL_CARE", DISPUTE.replace("They were in the same class, never friends.", " "))
                .andExpect(status().isBadRequest());
        raise("SOCIAL_CARE", """
                {"fact": {"kind": "PROFILE", "field": "dateOfBirth"}, "status": "CORRECTED", "reason": "Typo",
                 "correctedValue": "2 April 2011", "raisedBy": "PARENT_CARER"}
                """).andExpect(status().isBadRequest());
        raise("SOCIAL_CARE", """
                {"fact": {"kind": "INVOLVEMENT", "incidentId": "I1"}, "status": "DISPUTED",
                 "reason": "She was not there.", "raisedBy": "NEIGHBOUR"}
                """).andExpect(status().isBadRequest());
    }
}
