package org.contextmap.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A violence-reduction meeting for Northgate (HA-1): its agenda from the data, an action agreed
 * at it landing on the area's context plan and in the tracker; the meeting pack and a child's
 * pack as real PDFs, read back with PDFBox: their sections, the map and the network picture, and
 * no child's name and no police detail for an education user.
 */
@IntegrationTest
class MeetingPackTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @BeforeEach
    void load() {
        graph.clear();
        String recent = TODAY.minusDays(10) + "T17:00";
        TestBundles bundle = TestBundles.valid()
                .with("locations.csv", """
                        id,name,type,latitude,longitude
                        S1,Ashbury Academy,SCHOOL,52.0012,-1.0021
                        P1,Mill Park,PARK,52.01,-0.99
                        HA-1,Northgate,HOME_AREA,52.02,-1.01
                        SHOP1,Corner shop,SHOP,52.0205,-1.0110
                        """)
                .with("incidents.csv", """
                        id,occurred_at,type,severity,weapon,location_id,source,summary
                        I1,2026-01-10T21:40,ASSAULT,SERIOUS,NONE,P1,POLICE,"Assaulted in the park, by two others"
                        I2,2026-09-03T16:05,STABBING,LIFE_THREATENING,KNIFE,P1,HEALTH,Knife injury
                        I3,%1$s,STABBING,SERIOUS,KNIFE,SHOP1,POLICE,Stabbed outside the shop by a known rival
                        """.formatted(recent))
                .with("incident_people.csv", """
                        incident_id,person_id,role
                        I1,YP1,VICTIM
                        I1,YP3,SUSPECT
                        I2,YP1,VICTIM
                        I3,YP2,VICTIM
                        I3,YP3,SUSPECT
                        """);
        assertThat(importer.importZip(new ByteArrayInputStream(bundle.zip()), false).errors()).isEmpty();
    }

    private ResultActions as(String role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(role.toLowerCase()).roles(role)).header("X-Purpose", "Meeting test")
                .contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void aMeetingsAgendaComesFromTheDataAndItsActionsLandOnThePlans() throws Exception {
        String meeting = as("POLICE", post("/api/meetings").content("{\"areaId\": \"HA-1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areaName").value("Northgate"))
                .andExpect(jsonPath("$.to").value(TODAY.toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(meeting, "$.id");
        as("POLICE", get("/api/meetings/" + id + "/agenda"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hotspots[*].placeId").value(hasItem("SHOP1")))
                .andExpect(jsonPath("$.seriousIncidents[0].id").value("I3"))
                .andExpect(jsonPath("$.seriousIncidents[0].people").value(hasItem("Y.H. (YP2) (victim)")))
                .andExpect(jsonPath("$.seriousIncidents[0].detail").value("Stabbed outside the shop by a known rival"));
        as("SOCIAL_CARE", get("/api/meetings/" + id + "/agenda"))
                .andExpect(jsonPath("$.seriousIncidents[0].detail").value("Details held by police."));

        as("POLICE", put("/api/meetings/" + id).content("""
                {"agencies": ["POLICE", "EDUCATION", "Transport for London"],
                 "decisions": ["Patrols after school at the corner shop for four weeks"],
                 "actions": [{"description": "Patrol the corner shop 3pm to 5pm", "owner": "POLICE",
                              "ownerName": "Sgt Khan", "due": "%s"}]}
                """.formatted(TODAY.plusDays(14))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].landedOn").value("Place: Northgate"))
                .andExpect(jsonPath("$.agencies[2]").value("TRANSPORT FOR LONDON"));
        as("POLICE", get("/api/actions"))
                .andExpect(jsonPath("$.actions[*].description").value(hasItem("Patrol the corner shop 3pm to 5pm")));
        as("POLICE", get("/api/locations/HA-1/safety-plans"))
                .andExpect(jsonPath("$[0].summary").value("Violence-reduction plan for Northgate"))
                .andExpect(jsonPath("$[0].reason").value(containsString("Agreed at the violence-reduction meeting")));
        as("POLICE", post("/api/meetings").content("{\"areaId\": \"S1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not a home area")));
        as("HOUSING", get("/api/meetings")).andExpect(status().isForbidden());
    }

    @Test
    void theMeetingPackIsAPdfWithItsSectionsAndMap() throws Exception {
        byte[] pdf = as("POLICE", get("/api/reports/meeting-pack").param("area", "HA-1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Violence-reduction meeting pack", "OFFICIAL-SENSITIVE", "Area: Northgate",
                    "Contents", "1. Hotspots", "Corner shop", "2. Group tensions", "3. New serious incidents",
                    "Stabbed outside the shop", "4. Young people at highest risk of harm", "5. Open practice alerts",
                    "6. Plans past their review date", "7. Actions by agency", "Page 1 of ");
            assertThat(text).contains("Y.H. (YP2)").doesNotContain("Yusuf", "Hassan", "Kai");
            assertThat(images(document)).as("the hotspot map").isPositive();
            keep(document, "meeting-pack");
        }
    }

    @Test
    void anEducationUserGetsNoNameAndNoPoliceDetail() throws Exception {
        byte[] pdf = as("EDUCATION", get("/api/reports/meeting-pack").param("area", "HA-1").param("names", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1. Hotspots")
                    .doesNotContain("Yusuf", "Hassan", "Amira", "Johnson", "Stabbed outside the shop",
                            "Assaulted in the park");
        }
    }

    @Test
    void aChildsPackHoldsThePlanTheChronologyAndTheNetwork() throws Exception {
        as("POLICE", post("/api/people/YP2/safety-plans").content("""
                {"summary": "Keep Y. safe after the stabbing", "reviewOn": "%s",
                 "youngPersonsView": "I do not want to go past the shop.",
                 "actions": [{"description": "Safe route to school", "owner": "EDUCATION", "due": "%s"}]}
                """.formatted(TODAY.plusDays(20), TODAY.minusDays(20)))).andExpect(status().isCreated());
        byte[] pdf = as("POLICE", get("/api/people/YP2/pack")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Safety plan and chronology: Y.H. (YP2)", "Keep Y. safe after the stabbing",
                    "I do not want to go past the shop.", "Safe route to school", "OVERDUE by", "Chronology",
                    "The people around them", "Victim: stabbing").doesNotContain("Yusuf", "Amira", "Kai");
            assertThat(images(document)).as("the network picture").isPositive();
            keep(document, "child-pack");
        }
        as("VOLUNTARY", get("/api/people/YP2/pack")).andExpect(status().isForbidden());
    }

    /** Each page as a PNG in target/screenshots, to look at. */
    private static void keep(PDDocument document, String name) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                    folder.resolve(name + "-" + (page + 1) + ".png").toFile());
        }
    }

    private static int images(PDDocument document) throws Exception {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
