package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referrals file's later columns — the service a referral went to, the first contact and the
 * end of the work: read, stored and exported; a bundle without them (every bundle before) still
 * valid, and keeping what is stored; a referral to a specialist service may name no referrer, and
 * the practice alerts then ask.
 */
@IntegrationTest
class ReferralServiceImportTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    Neo4jClient client;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    private ImportReport load(TestBundles bundle) {
        return importer.importZip(new ByteArrayInputStream(bundle.zip()), false);
    }

    private Map<String, Object> stored(String id) {
        return client.query("MATCH (r:Referral {id: $id}) RETURN r.service AS service, "
                + "toString(r.firstContactOn) AS contact, toString(r.endedOn) AS ended, r.fromAgency AS agency")
                .bind(id).to("id").fetch().one().orElseThrow();
    }

    @Test
    void theLaterColumnsAreReadStoredAndKeptByABundleWithoutThem() throws Exception {
        String received = TODAY.minusWeeks(6).toString();
        TestBundles withService = TestBundles.valid().with("referrals.csv", """
                id,person_id,received_on,from_agency,level,outcome,outcome_on,referrer_notified_on,service,first_contact_on,ended_on
                R1,YP1,2026-01-11,POLICE,Level 3,ASSESSMENT,2026-01-13,2026-01-14,,,
                R9,YP1,%s,,,,,,SEXUAL_VIOLENCE_ADVOCACY,,
                R8,YP2,2026-03-01,YOUTH_JUSTICE,,,,,YOUTH_WORK,2026-03-08,2026-04-19
                """.formatted(received));
        assertThat(load(withService).errors()).isEmpty();
        assertThat(stored("R9")).containsEntry("service", "SEXUAL_VIOLENCE_ADVOCACY").containsEntry("agency", null);
        assertThat(stored("R8")).containsEntry("service", "YOUTH_WORK").containsEntry("contact", "2026-03-08")
                .containsEntry("ended", "2026-04-19");
        mvc.perform(get("/api/people/YP1/alerts"))
                .andExpect(jsonPath("$[*].code").value(hasItem("SPECIALIST_REFERRAL_DRIFT")));

        // an older partner export, without the columns: valid, and what is stored stays
        assertThat(load(TestBundles.valid()).errors()).isEmpty();
        assertThat(stored("R9")).containsEntry("service", "SEXUAL_VIOLENCE_ADVOCACY");
        assertThat(stored("R8")).containsEntry("ended", "2026-04-19");
    }

    @Test
    void aReferralToSocialCareStillNamesItsReferrerAndDatesAreChecked() {
        ImportReport report = load(TestBundles.valid().with("referrals.csv", """
                id,person_id,received_on,from_agency,level,outcome,outcome_on,referrer_notified_on,service,first_contact_on,ended_on
                R1,YP1,2026-01-11,,Level 3,,,,,,
                R2,YP1,2026-01-11,POLICE,,,,,MENTORING,2026-01-01,
                R3,YP1,2026-01-11,POLICE,,,,,MENTORING,2026-01-20,2026-01-15
                R4,YP1,2026-01-11,POLICE,,,,,COUNSELLING,,
                """));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).contains("from_agency"))
                .anySatisfy(e -> assertThat(e).contains("first_contact_on"))
                .anySatisfy(e -> assertThat(e).contains("ended_on"))
                .anySatisfy(e -> assertThat(e).contains("COUNSELLING"));
        assertThat(client.query("MATCH (r:Referral) RETURN count(r)").fetchAs(Long.class).one()).contains(0L);
    }
}
