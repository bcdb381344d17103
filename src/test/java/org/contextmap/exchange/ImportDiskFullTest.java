package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.contextmap.casework.CaseworkService;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The disk fills while an import writes: the batch that fails with the operating system's
 * "No space left on device" (as Neo4j raises it under a failed commit) comes after others were
 * committed; the import is undone, and the API answers 507 with a sentence saying the disk is full
 * and nothing was changed. (The same spy as {@link ImportAtomicityTest}, so the two share a context.)
 */
@IntegrationTest
class ImportDiskFullTest {

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    CaseworkService casework;

    @BeforeEach
    void start() {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
    }

    @Test
    void anImportThatRunsOutOfDiskIsUndoneAndTheAnswerSaysSo() throws Exception {
        List<String> before = graph.dump(false);
        byte[] changes = TestBundles.valid()
                .replace("young_people.csv", "Amira Hassan", "Amira Hassan-Ali")
                .append("young_people.csv", "YP5,Leo Grant,2010-06-01,Male,White British,HA-1,S1,F3,false,false,,NONE,")
                .append("relationships.csv", "YP5,YP3,FRIEND,2026-01-01,POLICE,POSSIBLE")
                .append("incident_people.csv", "I2,YP5,WITNESS")
                .zip();
        doThrow(new DataAccessResourceFailureException("Could not commit the transaction",
                new IOException("No space left on device"))).doCallRealMethod().when(casework).upsertMeetings(anyList());

        mvc.perform(post("/api/imports").contentType("application/zip").content(changes))
                .andExpect(status().isInsufficientStorage())
                .andExpect(jsonPath("$.error").value("Disk full"))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "The server's disk is full, so the import could not be written (reference ")))
                .andExpect(jsonPath("$.detail").value(containsString(
                        "Everything it had written has been undone: nothing was changed.")));

        assertThat(graph.dump(false)).isEqualTo(before);
        assertThat(graph.count("MATCH (i:Import {status: 'UNDONE'}) RETURN count(i)")).isEqualTo(1);
        assertThat(graph.count("MATCH (l:ImportLock) RETURN count(l)")).isZero();
    }
}
