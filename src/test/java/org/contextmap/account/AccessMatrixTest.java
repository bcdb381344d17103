package org.contextmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.AccessDocument;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role × address matrix of docs/access.md, walked for real: every {@code /api} request mapping
 * of the running application must have a row (so a new address cannot escape the rules), and each
 * demo account — signed in with HTTP Basic, user name = password — and nobody get the status the
 * document gives.
 */
@IntegrationTest
class AccessMatrixTest {

    /** The demo account of each column. */
    private static final Map<String, String> ACCOUNTS = Map.of("POLICE", "police", "SOCIAL_CARE", "socialcare",
            "EDUCATION", "school", "HEALTH", "health", "YOUTH_JUSTICE", "youthjustice", "VOLUNTARY", "voluntary",
            "HOUSING", "housing", "ANALYST", "analyst", "AUDITOR", "auditor", "ADMIN", "admin");

    /** What each path variable stands for in the examples. */
    private static final Map<String, String> EXAMPLE_IDS = Map.of("/api/alerts/", "NO-SUCH-ALERT",
            "/api/locations/", "P1", "/api/schools/", "S1", "/api/users/", "nobody-here", "/api/groups/", "G1", "/api/meetings/", "NO-SUCH-MEETING");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    private MockMvc mvc;

    @BeforeEach
    void load() {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyApiAddressHasARowInTheMatrix() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api")) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        mapped.add(method.name() + " " + pattern.replaceAll("\\{format:[^}]*}", "{format}"));
                    }
                }
            }
        }
        assertThat(rows().keySet()).as("rows of the access matrix in docs/access.md").containsAll(mapped);
        assertThat(mapped).as("addresses the application answers").containsAll(rows().keySet());
    }

    @Test
    void eachRoleGetsTheStatusTheDocumentGives() throws Exception {
        List<String[]> table = AccessDocument.table("<!-- access matrix");
        String[] columns = table.getFirst();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String[]> row : rows().entrySet()) {
            for (int c = 1; c < columns.length; c++) {
                String account = ACCOUNTS.get(columns[c]);
                int status = mvc.perform(example(row.getKey(), account)).andReturn().getResponse().getStatus();
                checked++;
                if (status != Integer.parseInt(row.getValue()[c])) {
                    wrong.add(row.getKey() + " as " + columns[c] + ": " + status + ", documented " + row.getValue()[c]);
                }
            }
        }
        assertThat(wrong).as("statuses that differ from docs/access.md (" + checked + " checked)").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(38 * 11);
    }

    @Test
    void aWrongPasswordIsA401InTheApisShape() throws Exception {
        var answer = mvc.perform(request(HttpMethod.GET, "/api/people").with(httpBasic("police", "wrong")))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(401);
        assertThat(answer.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(answer.getContentAsString()).isEqualTo(
                "{\"error\":\"Unauthorized\",\"detail\":\"The user name or password is wrong.\"}");
    }

    private static Map<String, String[]> rows() throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String[]> table = AccessDocument.table("<!-- access matrix");
        table.subList(2, table.size()).forEach(row -> rows.put(row[0], row));
        return rows;
    }

    /** A concrete request for one row of the matrix, signed in as {@code account} ({@code null}: nobody). */
    private static MockHttpServletRequestBuilder example(String row, String account) {
        String method = row.substring(0, row.indexOf(' '));
        String pattern = row.substring(row.indexOf(' ') + 1);
        String id = EXAMPLE_IDS.entrySet().stream().filter(e -> pattern.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("YP1");
        String path = pattern.replace("{format}", "graphml").replaceAll("\\{[^}]+}", id);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
                .header("X-Purpose", "Access matrix test");
        switch (pattern) {
            case "/api/analytics/centrality" -> request.param("metric", "degree");
            case "/api/locations/risk-near" -> request.param("lat", "52.01").param("lon", "-0.99");
            case "/api/alerts/{id}/decision" -> request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"decision\":\"ACKNOWLEDGED\",\"reason\":\"Seen in the matrix test.\"}");
            case "/api/imports" -> request.contentType("application/zip").content(TestBundles.valid().zip());
            case "/api/users", "/api/users/{username}", "/api/people/{id}/rectifications",
                 "/api/people/{id}/safety-plans", "/api/groups/{id}/safety-plans", "/api/locations/{id}/safety-plans",
                 "/api/people/{id}/safety-plans/{planId}", "/api/groups/{id}/safety-plans/{planId}",
                 "/api/locations/{id}/safety-plans/{planId}", "/api/meetings", "/api/meetings/{id}" -> request
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(method.equals("PUT") ? "{\"displayName\":\"Someone\"}" : "{}");
            default -> { }
        }
        return account == null ? request : request.with(httpBasic(account, account));
    }
}
