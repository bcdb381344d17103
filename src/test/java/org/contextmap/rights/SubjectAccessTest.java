package org.contextmap.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.contextmap.audit.AuditTrail;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The subject-access export of Amira (YP1) on the small bundle: her brother Yusuf (YP2) and her
 * friend Kai (YP3, the suspect of her assault) are in her record, her risk reasons and her alerts,
 * and must appear nowhere in the export by name, id or date of birth.
 */
@IntegrationTest
class SubjectAccessTest {

    /** Everything that identifies the other young people of the bundle, in every form the export could hold. */
    static final List<String> OTHERS = List.of("YP2", "Yusuf Hassan", "Yusuf", "15 September 2009",
            "2009-09-15", "YP3", "Kai \"KJ\" Johnson", "Kai", "Johnson", "KJ", "2010-01-20", "20 January 2010");

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AuditTrail audit;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void load() throws Exception {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(bundle().zip()), false);
        mvc.perform(get("/api/people/YP1").with(user("pc.jones").roles("POLICE")).header("X-Purpose",
                "Strategy discussion")).andExpect(status().isOk());
    }

    /**
     * The small bundle with, three weeks before today, Kai assaulting Amira again and a permanent
     * exclusion of her brother: whatever the day the test runs, her risk reasons and her alerts
     * speak of both boys.
     */
    static TestBundles bundle() {
        LocalDate recent = LocalDate.now().minusDays(21);
        return TestBundles.valid()
                .append("incidents.csv", "I9," + recent + "T18:30,ASSAULT,SERIOUS,NONE,P1,POLICE,"
                        + "\"Kai \"\"KJ\"\" Johnson (YP3) named by witnesses; Yusuf Hassan was told\"")
                .append("incident_people.csv", "I9,YP1,VICTIM")
                .append("incident_people.csv", "I9,YP3,SUSPECT")
                .append("education_events.csv", "YP2,S1," + recent + ",PERMANENT_EXCLUSION,");
    }

    static MockHttpServletRequestBuilder as(String role, String path) {
        return get(path).with(user(role.toLowerCase()).roles(role)).header("X-Purpose", "Subject-access request 42");
    }

    @Test
    void theExportHoldsTheChildsFactsWithSourcesHerRiskReasonsAlertsAndWhoReadHerRecord() throws Exception {
        String body = mvc.perform(as("ADMIN", "/api/people/YP1/subject-access"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Amira Hassan"))
                .andExpect(jsonPath("$.purpose").value("Subject-access request 42"))
                .andExpect(jsonPath("$.details[?(@.field == 'Ethnicity')].value").value(hasItem("Black African")))
                .andExpect(jsonPath("$.details[?(@.field == 'Flags')].value")
                        .value(hasItem("Child criminal exploitation")))
                .andExpect(jsonPath("$.relationships[*].kind").value(hasItem("Sibling")))
                .andExpect(jsonPath("$.relationships[*].source").value(hasItem("Children's social care")))
                .andExpect(jsonPath("$.relationships[*].confidence").value(hasItem("Confirmed")))
                .andExpect(jsonPath("$.relationships[0].otherPerson").value(startsWith("Another young person (ref ")))
                .andExpect(jsonPath("$.incidents[*].role").value(hasItem("Victim")))
                .andExpect(jsonPath("$.incidents[*].source").value(hasItem("Police")))
                .andExpect(jsonPath("$.familyHistory[0].kind").value("Domestic abuse"))
                .andExpect(jsonPath("$.referrals[*].from").value(hasItem("Health")))
                .andExpect(jsonPath("$.meetings[0].kind").value("Strategy discussion"))
                .andExpect(jsonPath("$.risk.band").isNotEmpty())
                .andExpect(jsonPath("$.risk.lines").value(not(empty())))
                .andExpect(jsonPath("$.risk.reasons").value(not(empty())))
                .andExpect(jsonPath("$.alerts").value(not(empty())))
                .andExpect(jsonPath("$.readers[*].user").value(hasItem("pc.jones")))
                .andExpect(jsonPath("$.safetyPlans.items").value(empty()))
                .andExpect(jsonPath("$.safetyPlans.note").value(startsWith("No safety plans")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertNamesNobodyElse(body);
        JsonNode export = json.readTree(body);
        List<String> refs = new ArrayList<>();
        export.get("relationships").forEach(t -> refs.add(t.get("otherPerson").asString()));
        assertThat(refs).hasSize(2).doesNotHaveDuplicates();
        String suspect = null;
        for (JsonNode incident : export.get("incidents")) {
            if (incident.get("incidentId").asString().equals("I1")) {
                suspect = incident.get("othersInvolved").get(0).asString();
            }
        }
        assertThat(suspect).as("the suspect of the assault is the friend, by the same reference")
                .isIn(refs.stream().map(r -> "Suspect: a" + r.substring(1)).toList());
        assertThat(export.get("alerts").toString()).containsIgnoringCase("another young person (ref ");
        assertThat(export.get("risk").get("reasons").toString()).containsIgnoringCase("another young person (ref ");
        assertThat(audit.entriesFor("YP1")).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("EXPORT");
            assertThat(entry.what()).isEqualTo("subject-access export");
        });
    }

    @Test
    void thePageIsWellFormedReadableAndNamesNobodyElse() throws Exception {
        String page = mvc.perform(as("SOCIAL_CARE", "/api/people/YP1/subject-access.html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertNamesNobodyElse(page);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(
                StandardCharsets.UTF_8)));
        List<String> headings = texts(document.getElementsByTagName("h2"));
        assertThat(headings).contains("Details", "Relationships with other young people", "Incidents",
                "Retaliation risk", "Practice alerts", "Safety plans", "Disputes and corrections",
                "Who has read or changed the record");
        assertThat(document.getElementsByTagName("table").getLength()).isGreaterThan(8);
        assertThat(document.getElementsByTagName("link").getLength()).as("self-contained").isZero();
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(page).contains("Subject access: Amira Hassan", "Victim", "Child criminal exploitation",
                "Children&#39;s social care", "No safety plans are kept")
                .doesNotContain("CHILD_IN_NEED", "SOCIAL_CARE", "PARENT_CARER", "LIFE_THREATENING", "STABBING");
    }

    @Test
    void onlySocialCareAndAdministratorsAnswerSubjectAccessRequests() throws Exception {
        for (String role : new String[] {"POLICE", "ANALYST", "EDUCATION", "AUDITOR"}) {
            mvc.perform(as(role, "/api/people/YP1/subject-access")).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("Forbidden"));
            mvc.perform(as(role, "/api/people/YP1/subject-access.html")).andExpect(status().isForbidden());
        }
        mvc.perform(as("SOCIAL_CARE", "/api/people/YP1/subject-access")).andExpect(status().isOk());
        mvc.perform(as("ADMIN", "/api/people/NOBODY/subject-access")).andExpect(status().isNotFound());
    }

    /** No other young person's id, name, first or family name of their own, or date of birth, anywhere. */
    static void assertNamesNobodyElse(String text) {
        for (String other : OTHERS) {
            assertThat(text).as("the export names " + other).doesNotContain(other)
                    .doesNotContain(other.replace("\"", "\\\"")).doesNotContain(other.replace("\"", "&quot;"));
        }
        assertThat(text).containsIgnoringCase("another young person (ref ");
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

}
