package org.contextmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a school, an analyst and housing receive, read across every address that shows children:
 * a pupil of another school and police detail never reach a school; an analyst never sees a name or
 * an id; housing sees no other child (docs/access.md).
 */
@IntegrationTest
class NeedToKnowTest {

    /** Dean Walker attends another school; he is Amira's friend and the suspect of a police-recorded stabbing. */
    private static final String NON_PUPIL = "Dean Walker";
    private static final String POLICE_DETAIL = "Stabbed outside the chip shop by Dean";
    private static final List<String> ADDRESSES = List.of("/api/people/YP1", "/api/people/YP1/network",
            "/api/people/YP1/risk", "/api/people/YP1/alerts", "/api/people", "/api/risk", "/api/alerts",
            "/api/alerts/cases", "/api/hotspots", "/api/locations/P1/risk", "/api/schools/S1/location-risk",
            "/api/groups/tensions");

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @BeforeEach
    void load() {
        graph.clear();
        TestBundles bundle = TestBundles.valid()
                .append("young_people.csv", "YP4,Dean Walker,2010-05-05,Male,White British,HA-1,S2,F4,false,false,,NONE,")
                .append("locations.csv", "S2,Riverside School,SCHOOL,52.03,-1.02")
                .append("relationships.csv", "YP4,YP1,FRIEND,2025-01-01,POLICE,CONFIRMED")
                .append("incidents.csv", "I3,2026-10-01T20:00,STABBING,SERIOUS,KNIFE,P1,POLICE," + POLICE_DETAIL)
                .append("incident_people.csv", "I3,YP2,VICTIM")
                .append("incident_people.csv", "I3,YP4,SUSPECT");
        importer.importZip(new ByteArrayInputStream(bundle.zip()), false);
    }

    private static RequestPostProcessor school() {
        return user("teacher").authorities(new SimpleGrantedAuthority("ROLE_EDUCATION"),
                new SimpleGrantedAuthority("SCHOOL_S1"));
    }

    private String read(String path, RequestPostProcessor who) throws Exception {
        var answer = mvc.perform(get(path).param("asOf", "2026-10-15").with(who)).andReturn().getResponse();
        assertThat(answer.getStatus()).as(path).isEqualTo(200);
        return answer.getContentAsString();
    }

    @Test
    void aSchoolNeverReceivesAnotherSchoolsPupilOrPoliceDetail() throws Exception {
        StringBuilder everything = new StringBuilder();
        for (String path : ADDRESSES) {
            String body = read(path, school());
            assertThat(body).as(path).doesNotContain(NON_PUPIL, "YP4", POLICE_DETAIL, "Assaulted in the park");
            everything.append(body);
        }
        assertThat(everything).as("the school still sees its pupil, her friend by pseudonym and police incidents")
                .contains("Amira Hassan", "YP-", "Details held by police.");
        assertThat(mvc.perform(get("/api/people/YP4").with(school())).andReturn().getResponse().getStatus())
                .as("a pupil of another school").isEqualTo(403);
        for (String export : List.of("/api/export/graphml", "/api/export/gexf", "/api/export/csv")) {
            assertThat(mvc.perform(get(export).with(school())).andReturn().getResponse().getStatus()).as(export)
                    .isEqualTo(403);
        }
    }

    @Test
    void anAnalystSeesTheNetworkUnderStablePseudonymsOnly() throws Exception {
        RequestPostProcessor analyst = user("analyst").roles("ANALYST");
        StringBuilder everything = new StringBuilder();
        for (String path : List.of("/api/risk", "/api/alerts", "/api/analytics/centrality?metric=degree",
                "/api/analytics/clusters", "/api/analytics/bridges", "/api/analytics/groups", "/api/export/graphml",
                "/api/export/gexf")) {
            everything.append(read(path, analyst));
        }
        assertThat(everything.toString()).contains("YP-")
                .doesNotContain("Amira", "Yusuf", "Kai", NON_PUPIL, "\"YP1\"", "\"YP4\"", "2011-04-02", POLICE_DETAIL);
        String first = read("/api/analytics/centrality?metric=degree", analyst);
        assertThat(read("/api/analytics/centrality?metric=degree", analyst)).as("stable").isEqualTo(first);
        assertThat(mvc.perform(get("/api/people/YP1").with(analyst)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void housingSeesTheChildsAddressAndPlaceRiskButNoOtherChild() throws Exception {
        RequestPostProcessor housing = user("housing").roles("HOUSING");
        String record = read("/api/people/YP1", housing);
        assertThat(record).contains("Amira Hassan", "Northgate")
                .doesNotContain("Yusuf", "Kai", NON_PUPIL, "Assault", "Referral", "Domestic abuse");
        assertThat(read("/api/locations/P1/risk", housing)).doesNotContain("Amira", NON_PUPIL);
        assertThat(mvc.perform(get("/api/people/YP1/network").with(housing)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void thePoliceReadPoliceDetail() throws Exception {
        assertThat(read("/api/people/YP2", user("police").roles("POLICE"))).contains(POLICE_DETAIL, NON_PUPIL);
    }
}
