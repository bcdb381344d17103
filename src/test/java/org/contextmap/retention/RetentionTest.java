package org.contextmap.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Retention on the hand-built bundle of src/test/resources/retention, on 1 December 2026 with the
 * default periods: erase at 25 with nothing recorded since 1 December 2020 (six years), incidents,
 * education events, referrals and meetings from before 1 December 2019 (seven years), associations
 * count when recorded or re-confirmed on or after 1 December 2024 (two years).
 *
 * <p>The people: OLD1 (born 1999, 27; last fact 2020-06-01) and OLD2 (born 2000, 26; last fact
 * 2020-03-01) go; AGED (28, a referral in 2022) stays for the recent referral; YOUNGQ (23) is too
 * young; NODOB has no date of birth and cannot be aged; KEEP1 and KEEP2 are children.
 */
@IntegrationTest
class RetentionTest {

    private static final String DAY = "2026-12-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    Neo4jClient client;

    @Autowired
    RetentionService retention;

    @BeforeEach
    void importTheBundle() throws URISyntaxException {
        graph.clear();
        Path bundle = Path.of(getClass().getResource("/retention").toURI());
        assertThat(importer.importFolder(bundle, false).errors()).isEmpty();
        // KEEP2's association with G1 (recorded 2022) was re-confirmed in January 2026: it still counts;
        // decisions on an alert of OLD1 (goes with the record) and of KEEP1 (stays)
        graph.changeWithoutSayingWhat("""
                MATCH (:YoungPerson {id: 'KEEP2'})-[a:ASSOCIATED_WITH]->(:PeerGroup {id: 'G1'})
                SET a.confirmedOn = date('2026-01-01')
                CREATE (:AlertDecision {alertId: 'A-OLD1', personId: 'OLD1', outcome: 'ACKNOWLEDGED'})
                CREATE (:AlertDecision {alertId: 'A-KEEP1', personId: 'KEEP1', outcome: 'ACKNOWLEDGED'})
                """);
    }

    /** What goes, by kind; the arithmetic of each count is beside it. */
    private static Map<String, Long> expected() {
        Map<String, Long> removed = new LinkedHashMap<>();
        removed.put("people", 2L);               // OLD1, OLD2
        removed.put("incidentInvolvements", 3L); // OLD1 in I_ANON and I_SHARED, OLD2 in I_ANON: 2 + 1
        removed.put("associations", 1L);        // OLD2 with G1
        removed.put("relationships", 2L);        // OLD1–OLD2, KEEP1–OLD1 (KEEP1–KEEP2 stays)
        removed.put("alertDecisions", 1L);       // A-OLD1
        removed.put("families", 1L);             // F_OLD, OLD1's alone (F2 keeps KEEP2)
        removed.put("incidents", 1L);            // I_OLD, 2019-06-01 < 2019-12-01
        removed.put("educationEvents", 2L);      // OLD2's (2020) + KEEP1's of 2019-05-01; KEEP1's of 2024 stays
        removed.put("referrals", 2L);            // R_OLD2 (about OLD2) + R_KEEP_OLD (2019-01-01)
        removed.put("meetings", 2L);             // M_OLD2 (about OLD2 alone) + M_OLD (2019-03-01); M_GROUP is also about G1
        removed.put("incidentsAnonymised", 1L);  // I_ANON: OLD1 and OLD2 only, 2020-01-15 is under 7 years old
        return removed;
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theDryRunCountsWhatWouldGoAndWritesNothing() throws Exception {
        List<String> before = graph.dump(false);
        RetentionReport report = retention.preview(java.time.LocalDate.parse(DAY));
        assertThat(report.removed()).containsExactlyEntriesOf(expected());
        // kept people's associations from before 2024-12-01 not re-confirmed: KEEP1–G1 (2023-06-01) and
        // YOUNGQ–G2 (2015-01-01); KEEP2–G1 was re-confirmed in 2026, KEEP1–G2 is of 2025
        assertThat(report.staleAssociations()).isEqualTo(2);
        assertThat(report.undatedPeople()).isEqualTo(1); // NODOB
        assertThat(graph.dump(false)).isEqualTo(before);

        mvc.perform(get("/api/retention").param("asOf", DAY).with(user("auditor").roles("AUDITOR"))
                        .header("X-Purpose", "Retention check"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.removed.people").value(2))
                .andExpect(jsonPath("$.removed.incidentsAnonymised").value(1));
        mvc.perform(get("/api/retention").param("asOf", DAY).with(user("police").roles("POLICE"))
                        .header("X-Purpose", "Retention check"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/retention/run").param("asOf", DAY).with(user("auditor").roles("AUDITOR"))
                        .header("X-Purpose", "Retention"))
                .andExpect(status().isForbidden());
        assertThat(graph.dump(false)).isEqualTo(before);
    }

    @Test
    void aRunErasesExactlyWhatIsPastItsPeriodAndAuditsEachPerson() throws Exception {
        mvc.perform(post("/api/retention/run").param("asOf", DAY).with(user("admin").roles("ADMIN"))
                        .header("X-Purpose", "Retention"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.removed.people").value(2))
                .andExpect(jsonPath("$.removed.referrals").value(2))
                .andExpect(jsonPath("$.staleAssociations").value(2));

        assertThat(ids("MATCH (p:YoungPerson) RETURN p.id AS id ORDER BY id"))
                .containsExactly("AGED", "KEEP1", "KEEP2", "NODOB", "YOUNGQ");
        assertThat(ids("MATCH (i:Incident) RETURN i.id AS id ORDER BY id")).containsExactly("I_ANON", "I_SHARED");
        // I_ANON stays for the statistics of its place, with nobody on it and no summary
        assertThat(graph.count("MATCH (i:Incident {id: 'I_ANON'})-[:AT]->(:Location {id: 'P1'}) "
                + "WHERE i.summary IS NULL AND NOT EXISTS { (:YoungPerson)-[:INVOLVED_IN]->(i) } RETURN count(i)"))
                .isEqualTo(1);
        assertThat(ids("MATCH (p:YoungPerson)-[:INVOLVED_IN]->(:Incident {id: 'I_SHARED'}) RETURN p.id AS id"))
                .containsExactly("KEEP1");
        assertThat(graph.count("MATCH (i:Incident {id: 'I_SHARED'}) WHERE i.summary IS NOT NULL RETURN count(i)"))
                .isEqualTo(1);
        assertThat(ids("MATCH (r:Referral) RETURN r.id AS id ORDER BY id")).containsExactly("R_AGED", "R_KEEP");
        assertThat(ids("MATCH (m:Meeting) RETURN m.id AS id ORDER BY id")).containsExactly("M_GROUP", "M_KEEP");
        assertThat(ids("MATCH (:Meeting {id: 'M_GROUP'})-[:ABOUT]->(t) RETURN t.id AS id")).containsExactly("G1");
        assertThat(graph.count("MATCH (e:EducationEvent) RETURN count(e)")).isEqualTo(1); // KEEP1's of 2024
        assertThat(ids("MATCH (f:Family) RETURN f.id AS id")).containsExactly("F2");
        assertThat(ids("MATCH (h:FamilyHistory)-[:OF]->(f:Family) RETURN f.id AS id")).containsExactly("F2");
        assertThat(ids("MATCH (d:AlertDecision) RETURN d.personId AS id")).containsExactly("KEEP1");
        // stale associations stay as history
        assertThat(graph.count("MATCH (:YoungPerson)-[a:ASSOCIATED_WITH]->(:PeerGroup) RETURN count(a)")).isEqualTo(4);
        // one audit entry per erased person, saying what went
        assertThat(ids("MATCH (e:AuditEntry {action: 'ERASE'}) RETURN e.personId AS id ORDER BY id"))
                .containsExactly("OLD1", "OLD2");
        assertThat(ids("MATCH (e:AuditEntry {action: 'ERASE', personId: 'OLD1'}) RETURN e.what + ' by ' + e.user AS id"))
                .singleElement().asString().contains("2 incident involvement(s)").endsWith("by admin");

        // nothing left to remove the same day
        mvc.perform(post("/api/retention/run").param("asOf", DAY).with(user("admin").roles("ADMIN"))
                        .header("X-Purpose", "Retention"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.removed.people").value(0))
                .andExpect(jsonPath("$.removed.incidents").value(0))
                .andExpect(jsonPath("$.removed.incidentsAnonymised").value(0));
        assertThat(graph.count("MATCH (e:AuditEntry {action: 'ERASE'}) RETURN count(e)")).isEqualTo(2);
    }

    private List<String> ids(String cypher) {
        return List.copyOf(client.query(cypher).fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .all());
    }
}
