package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every list of the API pages the same way: {@code page} from 0 and {@code size}, a total, and an
 * order that does not move between requests — so that the pages of a list, put together, are the
 * whole list, each item once. Arrays carry the paging in headers ({@code X-Total-Count},
 * {@code Link}); reports carry {@code page}, {@code size} and {@code total}. On a generated city of
 * 300 young people.
 */
@IntegrationTest
class ListPagingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void city() {
        if (graph.count("MATCH (p:YoungPerson) RETURN count(p)") != 300) {
            graph.clear();
            assertThat(importer.importBundle(DemoCityGenerator.generate(DemoCitySpec.of(300, DAY)), "test").errors())
                    .isEmpty();
        }
    }

    @Test
    void arraysPageWithHeaders() throws Exception {
        for (String list : List.of("/api/alerts?asOf=" + DAY, "/api/alerts/cases?asOf=" + DAY, "/api/people?sort=age")) {
            MvcResult first = mvc.perform(get(list + "&size=1000")).andExpect(status().isOk()).andReturn();
            int total = Integer.parseInt(first.getResponse().getHeader("X-Total-Count"));
            List<String> all = new ArrayList<>(texts(json.readTree(first.getResponse().getContentAsString()),
                    this::key));
            for (int page = 1; page * 1000 < total; page++) { // the largest pages, to the end
                all.addAll(texts(json.readTree(mvc.perform(get(list + "&size=1000&page=" + page))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()), this::key));
            }
            assertThat(all).as(list).hasSize(total).doesNotHaveDuplicates();
            assertThat(total).as(list + " has more than one page of 7").isGreaterThan(14);
            List<String> pieced = new ArrayList<>();
            for (int page = 0; page * 7 < total; page++) {
                MvcResult one = mvc.perform(get(list + "&size=7&page=" + page)).andExpect(status().isOk()).andReturn();
                assertThat(one.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(total));
                String link = one.getResponse().getHeader("Link");
                if ((page + 1) * 7 < total) {
                    assertThat(link).as("next page link").contains("page=" + (page + 1)).contains("rel=\"next\"");
                }
                pieced.addAll(texts(json.readTree(one.getResponse().getContentAsString()), this::key));
            }
            assertThat(pieced).as(list + ": the pages together are the whole list, in its order").isEqualTo(all);
            MvcResult past = mvc.perform(get(list + "&size=7&page=999")).andExpect(status().isOk()).andReturn();
            assertThat(json.readTree(past.getResponse().getContentAsString())).as("a page past the end").isEmpty();
        }
    }

    @Test
    void reportsPageWithFields() throws Exception {
        record Report(String path, String items, String key) {
        }
        for (Report report : List.of(new Report("/api/risk?asOf=" + DAY, "ranked", "personId"),
                new Report("/api/analytics/centrality?metric=degree&asOf=" + DAY, "scores", "personId"),
                new Report("/api/groups/tensions?asOf=" + DAY, "pairs", "groupA"),
                new Report("/api/hotspots?from=2025-06-01&to=" + DAY, "hotspots", "rank"))) {
            JsonNode whole = read(report.path() + "&size=1000");
            int total = whole.path("total").asInt();
            assertThat(total).as(report.path()).isGreaterThan(2);
            List<String> all = new ArrayList<>();
            whole.path(report.items()).forEach(item -> all.add(item.path(report.key()).asText()
                    + "|" + item.path("groupB").asText()));
            assertThat(all).as(report.path()).hasSize(total);
            List<String> pieced = new ArrayList<>();
            for (int page = 0; page * 2 < total; page++) {
                JsonNode one = read(report.path() + "&size=2&page=" + page);
                assertThat(one.path("page").asInt()).isEqualTo(page);
                assertThat(one.path("size").asInt()).isEqualTo(2);
                assertThat(one.path("total").asInt()).isEqualTo(total);
                one.path(report.items()).forEach(item -> pieced.add(item.path(report.key()).asText()
                        + "|" + item.path("groupB").asText()));
            }
            assertThat(pieced).as(report.path() + ": pages together are the whole, in order").isEqualTo(all);
        }
    }

    @Test
    void badPagesAreExplained() throws Exception {
        for (String bad : List.of("/api/alerts?page=-1", "/api/people?size=0", "/api/risk?size=5000",
                "/api/analytics/centrality?page=-2", "/api/groups/tensions?limit=3&size=4", "/api/people?sort=height")) {
            JsonNode body = json.readTree(mvc.perform(get(bad)).andExpect(status().isBadRequest()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(body.path("detail").asText()).as(bad).isNotBlank();
        }
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).header("X-Purpose", "test")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private String key(JsonNode item) {
        return item.has("alertIds") ? item.path("personId").asText() : item.has("code")
                ? item.path("id").asText() : item.path("id").asText();
    }

    private static List<String> texts(JsonNode array, Function<JsonNode, String> key) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(key.apply(item)));
        return out;
    }
}
