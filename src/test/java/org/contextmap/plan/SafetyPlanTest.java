package org.contextmap.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A safety plan for Yusuf (YP2, associated with the Northgate group, G1, which is in conflict with
 * Millfield, G2) written, revised and compared; its suggestions read from the graph; its action in
 * the tracker. Two places had incidents in the last month: a shop on the way between his home area
 * and his school, and a transport hub across town.
 */
@IntegrationTest
class SafetyPlanTest {

    private static final LocalDate TODAY = LocalDate.now();

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
        String recent = TODAY.minusDays(30) + "T17:00";
        TestBundles bundle = TestBundles.valid()
                .with("locations.csv", """
                        id,name,type,latitude,longitude
                        S1,Ashbury Academy,SCHOOL,52.0012,-1.0021
                        P1,Mill Park,PARK,52.01,-0.99
                        HA-1,Northgate,HOME_AREA,52.02,-1.01
                        SHOP1,Corner shop,SHOP,52.0107,-1.0062
                        HUB9,East bus station,TRANSPORT_HUB,52.06,-0.93
                        """)
                .with("incidents.csv", """
                        id,occurred_at,type,severity,weapon,location_id,source,summary
                        I1,2026-01-10T21:40,ASSAULT,SERIOUS,NONE,P1,POLICE,"Assaulted in the park, by two others"
                        I2,2026-09-03T16:05,STABBING,LIFE_THREATENING,KNIFE,P1,HEALTH,Knife injury
                        I3,%1$s,ROBBERY,SERIOUS,NONE,SHOP1,POLICE,Phone taken
                        I4,%1$s,ASSAULT,SERIOUS,NONE,HUB9,POLICE,Fight at the station
                        """.formatted(recent));
        assertThat(importer.importZip(new ByteArrayInputStream(bundle.zip()), false).errors()).isEmpty();
    }

    private static String plan(String summary, String reason, String status, String due) {
        return """
                {"summary": "%s", "reviewOn": "%s", "leadProfessional": "A. Smith (Youth Justice)",
                 "risks": ["Retaliation after the stabbing"],
                 "avoid": [{"kind": "PERSON", "id": "YP3", "reason": "Millfield group"},
                           {"kind": "PLACE", "id": "SHOP1", "reason": "Robbery there last month"}],
                 "trustedAdults": [{"name": "Dee", "role": "youth worker", "agency": "VOLUNTARY"}],
                 "youngPersonsView": "I want to get to school without going past the shop.",
                 "parentsView": "His mum asks for a safe route.",
                 "actions": [{"id": "route", "description": "Arrange a safe route to school", "owner": "Education",
                              "ownerName": "police", "due": "%s", "status": "%s"}],
                 "reason": %s}
                """.formatted(summary, TODAY.plusDays(28), due, status, reason == null ? "null" : "\"" + reason + "\"");
    }

    private ResultActions as(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.toLowerCase()).roles(role)).header("X-Purpose", "Safety plan test")
                .contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void aPlanRoundTripsWithItsVersionsAndTheirDifference() throws Exception {
        String created = as("YOUTH_JUSTICE", post("/api/people/YP2/safety-plans")
                .content(plan("Keep Yusuf safe", null, "OPEN", TODAY.plusDays(7).toString())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.changedBy").value("youth_justice"))
                .andExpect(jsonPath("$.reason").value("First version"))
                .andExpect(jsonPath("$.avoid[0].name").value("Kai \"KJ\" Johnson"))
                .andExpect(jsonPath("$.avoid[1].name").value("Corner shop"))
                .andExpect(jsonPath("$.actions[0].owner").value("EDUCATION"))
                .andExpect(jsonPath("$.actions[0].ownerLabel").value("Education"))
                .andExpect(jsonPath("$.youngPersonsView").value(containsString("without going past")))
                .andReturn().getResponse().getContentAsString();
        String planId = JsonPath.read(created, "$.id");

        as("POLICE", put("/api/people/YP2/safety-plans/" + planId)
                .content(plan("Keep Yusuf safe on the way to school", "Route agreed with the school", "DONE",
                        TODAY.plusDays(7).toString())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.changedBy").value("police"))
                .andExpect(jsonPath("$.reason").value("Route agreed with the school"));

        as("SOCIAL_CARE", get("/api/people/YP2/safety-plans"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].summary").value("Keep Yusuf safe on the way to school"));
        as("SOCIAL_CARE", get("/api/people/YP2/safety-plans/" + planId).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("Keep Yusuf safe"))
                .andExpect(jsonPath("$.actions[0].status").value("OPEN"));
        as("SOCIAL_CARE", get("/api/people/YP2/safety-plans/" + planId + "/versions"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].changedBy").value("youth_justice"));
        as("SOCIAL_CARE", get("/api/people/YP2/safety-plans/" + planId + "/diff").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].field").value("summary"))
                .andExpect(jsonPath("$[0].before").value("Keep Yusuf safe"))
                .andExpect(jsonPath("$[0].after").value("Keep Yusuf safe on the way to school"))
                .andExpect(jsonPath("$[1].field").value("actions"))
                .andExpect(jsonPath("$[1].change").value("CHANGED"))
                .andExpect(jsonPath("$[1].after").value(containsString("done")));

        assertThat(audit.entriesFor("YP2")).extracting(e -> e.action() + " " + e.what())
                .contains("CHANGE safety plan " + planId + " version 1", "CHANGE safety plan " + planId + " version 2",
                        "READ safety plans");
    }

    @Test
    void aPlanPastItsReviewIsAnAlertOnTheChildsRecordAtOnce() throws Exception {
        as("POLICE", get("/api/people/YP2/alerts")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(not(hasItem("PLAN_NOT_REVIEWED"))));
        as("POLICE", post("/api/people/YP2/safety-plans").content(plan("Keep Yusuf safe", null, "OPEN",
                TODAY.plusDays(7).toString()).replace("\"reviewOn\": \"" + TODAY.plusDays(28),
                "\"reviewOn\": \"" + TODAY.minusDays(1)))).andExpect(status().isCreated());
        as("POLICE", get("/api/people/YP2/alerts")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem("PLAN_NOT_REVIEWED")));
    }

    @Test
    void badInputSaysWhereAndKeepsNothing() throws Exception {
        as("POLICE", post("/api/people/YP2/safety-plans").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("summary is required")));
        as("POLICE", post("/api/people/YP2/safety-plans").content(plan("Plan", null, "OPEN", TODAY.toString())
                        .replace("\"SHOP1\"", "\"NOWHERE\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("avoid[1].id: there is no place with id NOWHERE."));
        as("POLICE", post("/api/people/YP2/safety-plans").content(plan("Plan", null, "OPEN", TODAY.toString())
                        .replace("\"due\": \"" + TODAY + "\", ", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("actions[0].due is required")));
        as("POLICE", post("/api/people/YP2/safety-plans").content(plan("Plan", null, "OPEN", "not-a-date")))
                .andExpect(status().isBadRequest());
        assertThat(client.query("MATCH (n) WHERE n:SafetyPlan OR n:Action RETURN count(n)").fetchAs(Long.class).one())
                .contains(0L);
        as("HOUSING", get("/api/people/YP2/safety-plans")).andExpect(status().isForbidden());
        as("POLICE", get("/api/people/NOBODY/safety-plans")).andExpect(status().isNotFound());
    }

    @Test
    void suggestionsComeFromTheGraph() throws Exception {
        as("POLICE", get("/api/people/YP2/safety-plans/suggestions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'PERSON')].id").value(hasItem("YP3")))
                .andExpect(jsonPath("$[?(@.id == 'YP3')].reason").value(hasItem(containsString(
                        "Associated with Millfield Road peer group (Parent or carer, possible)"))))
                .andExpect(jsonPath("$[?(@.kind == 'PERSON')].id").value(not(hasItem("YP1"))))
                .andExpect(jsonPath("$[?(@.kind == 'PLACE')].id").value(hasItem("SHOP1")))
                .andExpect(jsonPath("$[?(@.kind == 'PLACE')].id").value(not(hasItem("HUB9"))))
                .andExpect(jsonPath("$[?(@.id == 'SHOP1')].reason").value(hasItem(containsString(
                        "the way between home (Northgate) and school (Ashbury Academy)"))));
        as("POLICE", get("/api/people/YP1/safety-plans/suggestions"))
                .andExpect(jsonPath("$[?(@.id == 'YP3')].reason").value(hasItem(containsString(
                        "Suspect in the assault against them on 2026-01-10 (Police)"))));
        as("POLICE", get("/api/groups/G1/safety-plans/suggestions"))
                .andExpect(jsonPath("$[*].id").value(hasItem("YP3")))
                .andExpect(jsonPath("$[*].id").value(not(hasItem("YP2"))));
    }

    @Test
    void anOpenActionIsInTheTrackerAndItsOwnersFirst() throws Exception {
        as("YOUTH_JUSTICE", post("/api/people/YP2/safety-plans")
                .content(plan("Keep Yusuf safe", null, "OPEN", "2026-11-27"))).andExpect(status().isCreated());
        as("POLICE", post("/api/locations/SHOP1/safety-plans").content("""
                {"summary": "Make the shop safer after school", "reviewOn": "%s",
                 "agenciesActing": [{"agency": "Licensing", "what": "Visits the shop"}],
                 "actions": [{"description": "Patrol at 3pm", "owner": "POLICE", "due": "%s"}]}
                """.formatted(TODAY.plusDays(14), TODAY.plusDays(3)))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenciesActing[0].agency").value("Licensing"));

        as("POLICE", get("/api/actions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions", hasSize(2)))
                .andExpect(jsonPath("$.actions[0].description").value("Arrange a safe route to school"))
                .andExpect(jsonPath("$.actions[0].mine").value(true))
                .andExpect(jsonPath("$.actions[0].subjectName").value("Yusuf Hassan"))
                .andExpect(jsonPath("$.actions[0].overdueWorkingDays").value(
                        org.contextmap.base.WorkingDays.between(LocalDate.of(2026, 11, 27), TODAY)))
                .andExpect(jsonPath("$.actions[1].myAgency").value(true));
        as("POLICE", get("/api/actions").param("agency", "education"))
                .andExpect(jsonPath("$.actions", hasSize(1)));
        as("POLICE", get("/api/actions").param("place", "SHOP1"))
                .andExpect(jsonPath("$.actions[0].description").value("Patrol at 3pm"));
        as("VOLUNTARY", get("/api/actions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[*].description").value(not(hasItem("Arrange a safe route to school"))));
        as("ANALYST", get("/api/actions")).andExpect(status().isForbidden());
    }
}
