package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.RequestDispatcher;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.contextmap.support.DataDump;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The bad-input corpus of issue #15: some 400 generated bundles and requests that a hostile or
 * careless partner could send ({@link BadBundles}, {@link BadRequests}). Each must get a clean 4xx
 * in the API's {@code {error, detail}} shape with nothing of the server's insides in it, and must
 * leave the data exactly as it was. The limits are set low here so that every bomb is small.
 */
@IntegrationTest
@TestPropertySource(properties = {"contextmap.import.max-upload-size=2MB", "contextmap.import.max-entry-size=1MB",
        "contextmap.import.max-total-size=3MB", "contextmap.import.max-entries=40",
        "contextmap.import.max-compression-ratio=50", "contextmap.import.ratio-threshold=64KB",
        "contextmap.import.max-rows=20000", "contextmap.http.max-body-size=64KB"})
class HostileInputTest {

    /** What no answer may carry: exception and class names, packages, stack frames, Cypher. */
    private static final List<String> INSIDES = List.of("Exception", "org.", "java.", "MATCH ", "at org", "neo4j",
            "Caused by");

    @Autowired
    MockMvc mvc;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    DataDump data;

    @Autowired
    BundleImporter importer;

    private List<String> before;

    @BeforeEach
    void importTheSmallBundle() {
        graph.clear();
        assertThat(importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false).errors()).isEmpty();
        before = data.dump();
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedCleanlyAndChangesNothing() {
        List<DynamicTest> cases = new ArrayList<>();
        for (BadBundles.Bad bad : BadBundles.all()) {
            cases.add(DynamicTest.dynamicTest("bundle: " + bad.name(), () -> refused(post("/api/imports")
                    .contentType("application/zip").content(bad.zip()), bad.payload())));
        }
        for (BadRequests.Bad bad : BadRequests.all()) {
            cases.add(DynamicTest.dynamicTest(bad.name(), () -> refused(bad.request(), bad.payload())));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        return cases.stream();
    }

    @Test
    void aFolderBundleWithASymbolicLinkIsRefused(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.csv"), "id,name\nYP9,Not in the bundle\n");
        Path bundle = TestBundles.valid().without("young_people.csv").writeTo(folder.resolve("bundle"));
        Files.createSymbolicLink(bundle.resolve("young_people.csv"), secret);

        ImportReport report = importer.importFolder(bundle, false);

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).contains("young_people.csv:0: (file): is a symbolic link or not a plain file; "
                + "a bundle's files must be plain files in the bundle folder");
        assertThat(data.dump()).isEqualTo(before);
    }

    @Test
    void anIdWithASlashIsRefusedAtItsLineAndColumn() throws Exception {
        String body = answer(post("/api/imports").contentType("application/zip").content(TestBundles.valid()
                .replace("young_people.csv", "YP3,", "YP/3,").replace("incident_people.csv", "YP3", "YP/3").zip()))
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).contains("young_people.csv:4: id: \"YP/3\" is not a valid id; an id has letters, digits, "
                + "'-', '_', '.' or ':' and starts with a letter or a digit",
                "incident_people.csv:3: person_id: \"YP/3\" is not a valid id; an id has letters, digits, "
                + "'-', '_', '.' or ':' and starts with a letter or a digit");
        assertThat(data.dump()).isEqualTo(before);
    }

    private void refused(MockHttpServletRequestBuilder request, String payload) throws Exception {
        MockHttpServletResponse response = answer(request);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isBetween(400, 499);
        assertThat(response.getContentType()).as(body).contains("json");
        assertThat((Object) JsonPath.read(body, "$.error")).as(body).isInstanceOf(String.class);
        assertThat((Object) JsonPath.read(body, "$.detail")).as(body).isInstanceOf(String.class);
        for (String inside : INSIDES) {
            if (payload == null || !payload.contains(inside)) {
                assertThat(body).as("answer carries %s", inside).doesNotContain(inside);
            }
        }
        assertThat(body.length()).as("answer length").isLessThan(200_000);
        assertThat(data.dump()).as("the data after the request").isEqualTo(before);
    }

    /**
     * The answer as a client gets it. A request refused before any controller is chosen (an
     * address the firewall rejects, a content type no endpoint takes) ends in {@code sendError};
     * the servlet container then forwards to {@code /error}, which MockMvc does not, so this does.
     */
    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user("admin").roles("ADMIN")).header("X-Purpose", "test"))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() < 400 || response.getContentAsByteArray().length > 0) {
            return response;
        }
        return mvc.perform(get("/error").with(user("admin").roles("ADMIN"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, result.getRequest().getRequestURI()))
                .andReturn().getResponse();
    }
}
