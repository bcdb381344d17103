package org.contextmap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Withdrawing a fact of Amira's (YP1) record: only whoever recorded it may withdraw it, and a
 * practitioner only for their own agency; the withdrawal is kept beside the fact, which stays in
 * the store and on the record. And the facts a person picks from, in words.
 */
@IntegrationTest
class WithdrawalTest {

    /** The assault I1, recorded by the police, in which YP1 was harmed. */
    private static final String ASSAULT = """
            {"fact": {"kind": "INVOLVEMENT", "incidentId": "I1"}, "status": "WITHDRAWN",
             "reason": "Recorded against the wrong child.", "raisedBy": "%s"}
            """;
    /** YP1's friendship with YP3, as the young person told it. */
    private static final String FRIENDSHIP = """
            {"fact": {"kind": "RELATIONSHIP", "otherPersonId": "YP3"}, "status": "WITHDRAWN",
             "reason": "We fell out in the summer; we are not friends any more.", "raisedBy": "YOUNG_PERSON"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    Neo4jClient client;

    @Autowired
    RecordedFacts facts;

    @BeforeEach
    void load() {
        graph.clear();
        assertThat(importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false).errors()).isEmpty();
    }

    private ResultActions raise(String role, String body) throws Exception {
        return mvc.perform(post("/api/people/YP1/rectifications").with(user(role.toLowerCase()).roles(role))
                .header("X-Purpose", "Review").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void onlyTheRecorderWithdrawsAFactWhichStaysOnTheRecordMarked() throws Exception {
        raise("SOCIAL_CARE", ASSAULT.formatted("POLICE")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("You can withdraw a fact for your own agency only")));
        raise("SOCIAL_CARE", ASSAULT.formatted("SOCIAL_CARE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("Only Police, who recorded it, can withdraw")));
        raise("POLICE", ASSAULT.formatted("POLICE")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.note").value(startsWith("Withdrawn by Police on ")))
                .andExpect(jsonPath("$.previousValue").value("Victim"));
        raise("SOCIAL_CARE", FRIENDSHIP).andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("YP3|FRIEND"))
                .andExpect(jsonPath("$.note").value(startsWith("Withdrawn by The young person on ")))
                .andExpect(jsonPath("$.note").value(endsWith(": We fell out in the summer; we are not friends any more.")));
        raise("POLICE", """
                {"fact": {"kind": "PROFILE", "field": "ethnicity"}, "status": "WITHDRAWN", "reason": "Wrong",
                 "raisedBy": "POLICE"}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("The young person's own details are corrected")));

        assertThat(client.query("""
                MATCH (:YoungPerson {id: 'YP1'})-[r:INVOLVED_IN]->(:Incident {id: 'I1'}) RETURN count(r)""")
                .fetchAs(Long.class).one()).as("the withdrawn part in the incident is kept").contains(1L);
        assertThat(client.query("""
                MATCH (:YoungPerson {id: 'YP1'})-[r:KNOWS {kind: 'FRIEND'}]-(:YoungPerson {id: 'YP3'}) RETURN count(r)""")
                .fetchAs(Long.class).one()).as("the withdrawn tie is kept").contains(1L);
        mvc.perform(get("/api/people/YP1").with(user("admin").roles("ADMIN")).header("X-Purpose", "Check"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships[*].personId").value(hasItem("YP3")))
                .andExpect(jsonPath("$.rectifications[*].status").value(hasItem("WITHDRAWN")))
                .andExpect(jsonPath("$.rectifications[0].note").value(startsWith("Withdrawn by Police on ")));
    }

    @Test
    @WithMockUser(username = "socialcare", roles = "SOCIAL_CARE")
    void theFactsToPickFromAreInWords() {
        assertThat(facts.of("YP1")).extracting(RecordedFact::words).contains(
                "Victim: Assault on 10 January 2026 (Police)",
                "Victim: Stabbing on 3 September 2026 (Health)")
                .anySatisfy(words -> assertThat(words).startsWith("Friend of ").endsWith("(The young person, confirmed)"))
                .anySatisfy(words -> assertThat(words).startsWith("Sibling of ").endsWith(
                        "(Children's social care, confirmed)"));
        assertThat(facts.of("YP1")).filteredOn(f -> f.kind() == FactKind.RELATIONSHIP)
                .extracting(f -> f.fact().otherPersonId()).containsExactlyInAnyOrder("YP2", "YP3");
    }
}
