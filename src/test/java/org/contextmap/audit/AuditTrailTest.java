package org.contextmap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

/** Every read of a child's record is logged with who, in what role, why; a read that does not say why is refused. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void load() {
        // outside a request, as a command or a scheduled job: the application itself (Viewer.SYSTEM)
        RequestContextHolder.resetRequestAttributes();
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
    }

    @Test
    void aReadIsLoggedWithWhoTheirRolesWhyAndHow() throws Exception {
        mvc.perform(get("/api/people/YP1").with(user("pc.jones").roles("POLICE"))
                        .header("X-Purpose", "Strategy discussion for Amira"))
                .andExpect(status().isOk());

        assertThat(audit.entriesFor("YP1")).singleElement().satisfies(entry -> {
            assertThat(entry.user()).isEqualTo("pc.jones");
            assertThat(entry.roles()).isEqualTo("POLICE");
            assertThat(entry.purpose()).isEqualTo("Strategy discussion for Amira");
            assertThat(entry.action()).isEqualTo("READ");
            assertThat(entry.what()).isEqualTo("profile");
            assertThat(entry.channel()).isEqualTo("api");
            assertThat(entry.sequence()).isPositive();
            assertThat(entry.at()).isNotNull();
        });
    }

    @Test
    void aReadWithoutAPurposeIsRefusedBeforeAnythingIsShownOrLogged() throws Exception {
        long before = graph.count("MATCH (e:AuditEntry) RETURN count(e)");
        for (String path : List.of("/api/people/YP1", "/api/people/YP1/risk", "/api/people/YP1/network",
                "/api/people/YP1/alerts", "/api/risk", "/api/export/csv", "/api/people/NOBODY")) {
            // a MockMvc without the tests' default purpose (support.SignedInRequests)
            MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                    .perform(get(path).with(user("pc.jones").roles("ADMIN")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("Bad request"))
                    .andExpect(jsonPath("$.detail", startsWith("Say why you are reading this record: send the "
                            + "X-Purpose header")))
                    .andExpect(jsonPath("$.person").doesNotExist());
        }
        assertThat(graph.count("MATCH (e:AuditEntry) RETURN count(e)")).as("nothing logged").isEqualTo(before);
    }

    @Test
    void anImportIsLoggedWithItsCounts() {
        assertThat(graph.count("""
                MATCH (e:AuditEntry {action: 'IMPORT', user: 'system', channel: 'system'})
                WHERE e.personId IS NULL AND e.what CONTAINS 'young_people.csv=3'
                RETURN count(e)""")).isEqualTo(1);
    }

    @Test
    void concurrentReadersShareCommitsAndEveryEntryIsChained() throws Exception {
        long[] before = log().counts();
        ExecutorService readers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            String who = "reader" + thread;
            done.add(readers.submit(() -> {
                for (int read = 0; read < 50; read++) {
                    mvc.perform(get("/api/people/YP" + (1 + read % 3)).with(user(who).roles("SOCIAL_CARE"))
                            .header("X-Purpose", "Case review")).andExpect(status().isOk());
                }
                return null;
            }));
        }
        for (Future<?> reader : done) {
            reader.get();
        }
        readers.shutdown();
        long[] after = log().counts();

        assertThat(graph.count("MATCH (e:AuditEntry {what: 'profile'}) RETURN count(e)")).isEqualTo(400);
        assertThat(after[1] - before[1]).as("entries written").isEqualTo(400);
        assertThat(after[0] - before[0]).as("commits, shared by readers that arrive together").isBetween(1L, 400L);
        Verification check = audit.verify();
        assertThat(check.verified()).as(check.reason()).isTrue();
        assertThat(check.entries()).isEqualTo(401); // and the import's
        assertThat(graph.count("MATCH (e:AuditEntry) RETURN max(e.sequence)")).isEqualTo(401);
    }

    @Test
    void anAuditorFiltersByChildUserAndTimeAndTheirReadingIsLoggedToo() throws Exception {
        mvc.perform(get("/api/people/YP1").with(user("pc.jones").roles("POLICE")).header("X-Purpose", "Strategy"));
        mvc.perform(get("/api/people/YP1/risk").with(user("sw.khan").roles("SOCIAL_CARE"))
                .header("X-Purpose", "Assessment"));
        mvc.perform(get("/api/people/YP2").with(user("sw.khan").roles("SOCIAL_CARE")).header("X-Purpose", "Assessment"));
        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();

        mvc.perform(get("/api/audit").param("personId", "YP1").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].user").value("sw.khan"))
                .andExpect(jsonPath("$[0].what").value("risk"))
                .andExpect(jsonPath("$[1].user").value("pc.jones"))
                .andExpect(jsonPath("$[1].purpose").value("Strategy"));
        mvc.perform(get("/api/audit").param("user", "sw.khan").param("from", today).param("to", today)
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(jsonPath("$[*].personId").value(org.hamcrest.Matchers.contains("YP2", "YP1")));
        mvc.perform(get("/api/audit").param("user", "sw.khan").param("from", tomorrow)
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/audit").param("size", "2").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));

        assertThat(audit.entriesFor("YP1")).anySatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("auditor");
            assertThat(entry.what()).isEqualTo("audit");
            assertThat(entry.roles()).isEqualTo("AUDITOR");
        });
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheTrail() throws Exception {
        for (String path : List.of("/api/audit", "/api/audit/verify", "/api/people/YP1/audit")) {
            mvc.perform(get(path).with(user("pc.jones").roles("POLICE")).header("X-Purpose", "Curious"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Only an auditor or an administrator may read the audit trail."));
        }
        mvc.perform(get("/api/audit").param("from", "yesterday").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void whoHasLookedAtAChildsRecord() throws Exception {
        mvc.perform(get("/api/people/YP1").with(user("pc.jones").roles("POLICE")).header("X-Purpose", "Strategy"));
        mvc.perform(get("/api/people/YP1/network").with(user("pc.jones").roles("POLICE")).header("X-Purpose", "Map"));
        mvc.perform(get("/api/people/YP1").with(user("sw.khan").roles("SOCIAL_CARE")).header("X-Purpose", "Visit"));

        mvc.perform(get("/api/people/YP1/audit").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readers.length()").value(2))
                .andExpect(jsonPath("$.readers[0].user").value("sw.khan"))
                .andExpect(jsonPath("$.readers[0].agencies").value("Children's social care"))
                .andExpect(jsonPath("$.readers[1].user").value("pc.jones"))
                .andExpect(jsonPath("$.readers[1].reads").value(2))
                .andExpect(jsonPath("$.readers[1].purposes").value(org.hamcrest.Matchers.contains("Strategy", "Map")))
                .andExpect(jsonPath("$.readers[1].firstRead").exists())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries.length()").value(3));
    }

    private AuditLog log() {
        return (AuditLog) org.springframework.test.util.ReflectionTestUtils.getField(audit, "log");
    }
}
