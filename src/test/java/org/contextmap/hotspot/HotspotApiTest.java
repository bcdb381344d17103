package org.contextmap.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hotspots read from the in-process Neo4j: Mill Park, where Amira was assaulted and stabbed, and
 * where Yusuf (Northgate) was later stabbed by Dan (Millfield), who goes to another school.
 */
@IntegrationTest
class HotspotApiTest {

    private static final String FROM = "2026-01-01";
    private static final String TO = "2026-09-30";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @TempDir
    Path folder;

    @BeforeEach
    void importTheSmallBundleWithAnOutsider() {
        graph.clear();
        TestBundles bundle = TestBundles.valid()
                .append("locations.csv", "S2,Millfield School,SCHOOL,52.05,-1.05")
                .append("young_people.csv", "YP4,Dan Outsider,2009-02-02,Male,White British,,S2,F4,false,false,,NONE,")
                .append("group_associations.csv", "YP4,G2,2025-01-01,POLICE,PROBABLE")
                .append("incidents.csv", "I5,2026-09-12T20:00,STABBING,SERIOUS,KNIFE,P1,POLICE,Dan stabbed Yusuf by the pond")
                .append("incident_people.csv", "I5,YP2,VICTIM")
                .append("incident_people.csv", "I5,YP4,SUSPECT");
        assertThat(importer.importFolder(bundle.writeTo(folder), false).errors()).isEmpty();
    }

    @Test
    void theParkIsTheHotspotWithItsIncidentsGroupsAndTrend() throws Exception {
        mvc.perform(get("/api/hotspots").param("from", FROM).param("to", TO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.previousTo").value("2025-12-31"))
                .andExpect(jsonPath("$.hotspots[0].place.id").value("P1"))
                .andExpect(jsonPath("$.hotspots[0].place.type").value("Park"))
                .andExpect(jsonPath("$.hotspots[0].incidentCount").value(3))
                .andExpect(jsonPath("$.hotspots[0].incidents[0].id").value("I5"))
                .andExpect(jsonPath("$.hotspots[0].incidents[0].source").value("Police"))
                .andExpect(jsonPath("$.hotspots[0].trend").value("RISING"))
                .andExpect(jsonPath("$.hotspots[0].groups[*].name", hasItem("Millfield Road peer group")))
                .andExpect(jsonPath("$.grid[0].sizeMetres").value(250))
                .andExpect(jsonPath("$.nearRepeats[0].first.id").value("I2"))
                .andExpect(jsonPath("$.nearRepeats[0].repeats[*].id", hasItem("I5")));
    }

    @Test
    void aPlaceAndAnAddressNearIt() throws Exception {
        mvc.perform(get("/api/locations/P1/risk").param("from", FROM).param("to", TO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.here.name").value("Mill Park"))
                .andExpect(jsonPath("$.recent", hasSize(3)))
                .andExpect(jsonPath("$.byType.Stabbing").value(2));
        mvc.perform(get("/api/locations/risk-near").param("lat", "52.011").param("lon", "-0.991").param("to", TO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nearby[0].place.id").value("P1"))
                .andExpect(jsonPath("$.recent", hasSize(0)));
    }

    @Test
    void theSchoolSeesPlacesAndCountsButNoSummaryNoOutsiderNoSuspect() throws Exception {
        String body = mvc.perform(get("/api/schools/S1/location-risk").param("from", FROM).param("to", TO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.school.name").value("Ashbury Academy"))
                .andExpect(jsonPath("$.pupils").value(3))
                .andExpect(jsonPath("$.pupilsHarmed").value(2))
                .andExpect(jsonPath("$.hotspots[0].place.id").value("P1"))
                .andExpect(jsonPath("$.hotspots[0].nearSchool").value(true))
                .andExpect(jsonPath("$.tensions[0].relation").value("In conflict"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Dan", "Outsider", "YP4", "pond", "Knife injury seen", "Assaulted in the park",
                "I5", "Amira", "Yusuf", "Kai");
    }

    @Test
    void badRequestsAreExplained() throws Exception {
        mvc.perform(get("/api/hotspots").param("from", "2026-05-01").param("to", "2026-04-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("must not be after")));
        mvc.perform(get("/api/hotspots").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("from")))
                .andExpect(jsonPath("$.detail", Matchers.not(containsString("Exception"))));
        mvc.perform(get("/api/locations/NOWHERE/risk")).andExpect(status().isNotFound());
        mvc.perform(get("/api/schools/P1/location-risk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not a school")));
        mvc.perform(get("/api/locations/risk-near").param("lat", "100").param("lon", "0"))
                .andExpect(status().isBadRequest());
    }
}
