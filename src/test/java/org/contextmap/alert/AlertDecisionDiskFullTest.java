package org.contextmap.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.contextmap.base.DiskFullException;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.pagecache.OutOfDiskSpaceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The disk is full when someone records a decision on an alert: Neo4j's page cache cannot grow
 * its file ({@link OutOfDiskSpaceException}); the answer is 507 with a sentence, no decision is
 * stored, and the alert stays open.
 */
@IntegrationTest
class AlertDecisionDiskFullTest {

    private static final String SEPTEMBER = "2026-09-20";

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    ObjectMapper json;

    @MockitoSpyBean
    AlertDecisions decisions;

    @TempDir
    Path folder;

    @Test
    void aDecisionThatRunsOutOfDiskIsNotStoredAndTheAnswerSaysSo() throws Exception {
        graph.clear();
        assertThat(importer.importFolder(TestBundles.valid().writeTo(folder), false).errors()).isEmpty();
        String body = mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP3"))
                .andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        String id = (String) ((List<Map<String, Object>>) json.readValue(body, List.class)).getFirst().get("id");
        List<String> before = graph.dump(false);
        doThrow(new UncheckedIOException(new OutOfDiskSpaceException("Cannot grow the store file: no space")))
                .when(decisions).record(any(), any(), any(), any());

        mvc.perform(post("/api/alerts/" + id + "/decision").param("asOf", SEPTEMBER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ACKNOWLEDGED\", \"reason\": \"Seen at the meeting\"}"))
                .andExpect(status().isInsufficientStorage())
                .andExpect(jsonPath("$.error").value("Disk full"))
                .andExpect(jsonPath("$.detail").value(DiskFullException.NOTHING_CHANGED));

        assertThat(graph.dump(false)).isEqualTo(before);
        assertThat(graph.count("MATCH (d:AlertDecision) RETURN count(d)")).isZero();
        mvc.perform(get("/api/alerts").param("asOf", SEPTEMBER).param("personId", "YP3"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].id").value(id));
    }
}
