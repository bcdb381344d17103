package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/imports} and {@code GET /api/export/csv} as partner systems and scripts call them. */
@IntegrationTest
class ExchangeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GraphTestSupport graph;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void aValidZipIsImportedAndReported() throws Exception {
        mvc.perform(post("/api/imports").contentType("application/zip").content(TestBundles.valid().zip()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.counts['young_people.csv']").value(3))
                .andExpect(jsonPath("$.rows").value(26))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.importId").isNotEmpty());
        assertThat(graph.count("MATCH (p:YoungPerson) RETURN count(p)")).isEqualTo(3);
    }

    @Test
    void aBadZipIsRefusedWithEveryErrorAndNothingIsWritten() throws Exception {
        byte[] bad = TestBundles.valid()
                .replace("young_people.csv", "2011-04-02", "2011-02-30")
                .append("incident_people.csv", "I2,YP9,WITNESS").zip();

        mvc.perform(post("/api/imports").contentType("application/zip").content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors", contains(
                        "young_people.csv:2: date_of_birth: \"2011-02-30\" is not a date; write YYYY-MM-DD, for example 2026-03-01",
                        "incident_people.csv:5: person_id: unknown young person \"YP9\" (not in young_people.csv nor in the database)")));
        assertThat(graph.dump(false)).isEmpty();
    }

    @Test
    void somethingThatIsNotAZipIsRefusedInPlainWords() throws Exception {
        mvc.perform(post("/api/imports").contentType("application/zip").content("id,name\nYP1,Amira\n".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", contains(
                        "(upload):0: (file): not a zip file, or an empty one; send the bundle as a zip")));
    }

    @Test
    void aDryRunOnlyChecks() throws Exception {
        var before = graph.dump(true);

        mvc.perform(post("/api/imports?dryRun=true").contentType("application/zip").content(TestBundles.valid().zip()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VALID"));
        assertThat(graph.dump(true)).as("nothing written, not even the data version").isEqualTo(before);
    }

    @Test
    void theExportIsAZipOfEveryBundleFile() throws Exception {
        mvc.perform(post("/api/imports").contentType("application/zip").content(TestBundles.valid().zip()));

        var started = mvc.perform(get("/api/export/csv").header("X-Purpose", "test")).andExpect(request().asyncStarted()).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        startsWith("attachment; filename=\"contextmap-bundle-")))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> entries = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactlyElementsOf(Arrays.stream(BundleFile.values())
                .map(BundleFile::fileName).toList());
    }
}
