package org.contextmap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.contextmap.base.Viewer;
import org.contextmap.person.AuditAction;
import org.contextmap.person.PersonRecordsViewed;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The chain shows an entry edited, deleted or inserted directly in the database — through the
 * service, the HTTP API and the {@code --audit-verify} command — and takes over entries written
 * before it existed.
 */
@IntegrationTest
class AuditTamperingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditStore store;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void twentyReads() {
        // outside a request, as a command or a scheduled job: the application itself (Viewer.SYSTEM)
        RequestContextHolder.resetRequestAttributes();
        graph.clear();
        for (int read = 0; read < 20; read++) {
            events.publishEvent(new PersonRecordsViewed(List.of("YP" + read), Viewer.SYSTEM,
                    AuditAction.READ, "profile"));
        }
    }

    @Test
    void anUntouchedTrailVerifies() throws Exception {
        assertThat(audit.verify()).satisfies(check -> {
            assertThat(check.verified()).isTrue();
            assertThat(check.entries()).isEqualTo(20);
            assertThat(check.firstBrokenSequence()).isNull();
            assertThat(check.lastHash()).hasSize(64);
        });
        assertThat(command()).startsWith("0 Audit trail verified: 20 entries");
        mvc.perform(get("/api/audit/verify").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").value(20))
                .andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        graph.changeWithoutSayingWhat("MATCH (e:AuditEntry {sequence: 5}) SET e.user = 'x'");

        Verification check = audit.verify();

        assertThat(check.verified()).isFalse();
        assertThat(check.firstBrokenSequence()).isEqualTo(5);
        assertThat(check.reason()).isEqualTo("Entry 5 was changed after it was written: its content no longer "
                + "matches its hash.");
        assertThat(command()).startsWith("1 Audit trail BROKEN: 20 entries; first broken entry: 5.");
        mvc.perform(get("/api/audit/verify").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(5));
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        graph.changeWithoutSayingWhat("MATCH (e:AuditEntry {sequence: 7}) DELETE e");

        Verification check = audit.verify();

        assertThat(check.firstBrokenSequence()).isEqualTo(7);
        assertThat(check.reason()).startsWith("Entry 7 is missing");
        assertThat(check.entries()).isEqualTo(19);
        assertThat(command()).startsWith("1 Audit trail BROKEN: 19 entries; first broken entry: 7.");
    }

    @Test
    void theNewestEntriesDeletedAreFound() throws Exception {
        graph.changeWithoutSayingWhat("MATCH (e:AuditEntry) WHERE e.sequence >= 19 DELETE e");

        assertThat(audit.verify().firstBrokenSequence()).isEqualTo(19);
    }

    @Test
    void anInsertedEntryIsFound() throws Exception {
        // make room at 10 and copy the links of the entry that was there: a careful forger
        graph.changeWithoutSayingWhat("""
                MATCH (e:AuditEntry) WHERE e.sequence >= 10 SET e.sequence = e.sequence + 1
                WITH max(e.sequence) AS last
                MATCH (old:AuditEntry {sequence: 11}), (h:AuditChain {id: 'audit'})
                SET h.sequence = last
                CREATE (:AuditEntry {sequence: 10, at: old.at, personId: 'YP3', user: 'someone', roles: 'POLICE',
                        action: 'READ', what: 'profile', purpose: 'Alibi', channel: 'api',
                        previousHash: old.previousHash, hash: old.hash})
                """);

        Verification check = audit.verify();

        assertThat(check.firstBrokenSequence()).isEqualTo(10);
        assertThat(check.entries()).isEqualTo(21);
        assertThat(command()).startsWith("1 Audit trail BROKEN: 21 entries; first broken entry: 10.");
    }

    @Test
    void anEntryWrittenWithoutAPlaceInTheChainIsFound() {
        graph.changeWithoutSayingWhat("CREATE (:AuditEntry {at: datetime(), personId: 'YP1', user: 'x', "
                + "action: 'READ', channel: 'api'})");

        Verification check = audit.verify();

        assertThat(check.verified()).isFalse();
        assertThat(check.reason()).isEqualTo("1 entries have no place in the chain: they were written outside "
                + "the application.");
    }

    @Test
    void entriesWrittenBeforeTheChainAreChainedOldestFirstAndNewOnesFollow() {
        graph.clear();
        graph.changeWithoutSayingWhat("""
                UNWIND range(1, 3) AS n
                CREATE (:AuditEntry {at: datetime('2026-01-0' + n + 'T10:00:00Z'), personId: 'YP' + n,
                        user: 'old', action: 'READ', channel: 'api'})
                """);

        assertThat(store.adoptLegacyEntries()).isEqualTo(3);
        events.publishEvent(new PersonRecordsViewed(List.of("YP1"), Viewer.SYSTEM, AuditAction.READ,
                "profile"));

        Verification check = audit.verify();
        assertThat(check.verified()).as(check.reason()).isTrue();
        assertThat(check.entries()).isEqualTo(4);
        assertThat(check.legacyEntries()).isEqualTo(3);
        assertThat(graph.count("MATCH (e:AuditEntry {sequence: 1, personId: 'YP1'}) RETURN count(e)")).isEqualTo(1);
        assertThat(graph.count("MATCH (e:AuditEntry {sequence: 4}) WHERE e.user = 'system' RETURN count(e)"))
                .isEqualTo(1);
        assertThat(store.adoptLegacyEntries()).as("only once: later unchained entries are forgeries").isZero();
    }

    /** What {@code --audit-verify} prints, after its exit code. */
    private String command() {
        var printed = new ByteArrayOutputStream();
        int exitCode = new AuditVerifyCommand(audit, new PrintStream(printed, true, StandardCharsets.UTF_8)).check();
        return exitCode + " " + printed.toString(StandardCharsets.UTF_8);
    }
}
