package org.contextmap.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.account.AccountService;
import org.contextmap.audit.AuditTrail;
import org.contextmap.base.Role;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.support.FullDump;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * A backup of a small but complete database — a bundle and its import journal, an alert
 * decision, a user, audit entries of reads and a change, the pseudonym key, and a node holding a
 * property of every Neo4j type — restored into the emptied store gives back the same database,
 * type for type ({@link FullDump}), and an audit chain that verifies. A damaged or cut backup,
 * and a store that is not empty, are refused with a sentence and leave the store as it was.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    BackupService backups;

    @Autowired
    BundleImporter importer;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    FullDump full;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountService accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Driver driver;

    @Autowired
    GraphRestore restore;

    @TempDir
    Path folder;

    @BeforeEach
    void aSmallButCompleteDatabase() throws Exception {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
        decideAnAlert();
        if (accounts.own("backup-test").isEmpty()) {
            accounts.create(new AccountService.UserRequest("backup-test", "Backup Tester", "a long passphrase 1",
                    Set.of(Role.POLICE), Set.of(), true));
        }
        mvc.perform(get("/api/people/YP1").header("X-Purpose", "backup test")).andExpect(status().isOk());
        mvc.perform(get("/api/people/YP2").header("X-Purpose", "backup test")).andExpect(status().isOk());
        everyType();
    }

    @Test
    void aRestoreGivesBackTheSameDatabaseTypeForTypeAndAnAuditChainThatVerifies() {
        Path file = folder.resolve("all.cmbackup");
        BackupReport report = backups.backUp(file);
        List<String> before = full.dump();

        emptyTheStore();
        assertThat(full.dump()).isEmpty();
        RestoreReport restored = backups.restore(file);

        assertThat(full.dump()).isEqualTo(before);
        assertThat(restored.nodes()).isEqualTo(report.nodes());
        assertThat(restored.relationships()).isEqualTo(report.relationships());
        assertThat(restored.skipped()).isZero();
        assertThat(report.labels()).containsKeys("YoungPerson", "AlertDecision", "User", "AuditEntry", "AuditChain",
                "PseudonymKey", "Import", "DataVersion", "BackupTypes", "Second").doesNotContainKey("ImportLock");
        assertThat(before).as("a finished import in the journal, and no trace of the backup's own lock")
                .anySatisfy(line -> assertThat(line).startsWith("[Import]").contains("status=STRING IMPORTED"))
                .noneSatisfy(line -> assertThat(line).contains("channel=STRING backup"));
        assertThat(before).as("bytes stay bytes").anySatisfy(line -> assertThat(line).contains("bytes=BYTES AAH/f4A="));
        assertThat(before).as("the backup holds its own audit entry")
                .anySatisfy(line -> assertThat(line).startsWith("[AuditEntry]").contains("backup of everything"));
        assertThat(audit.verify().verified()).as(audit.verify().reason()).isTrue();
        assertThat(audit.verify().entries()).isEqualTo(report.auditSequence());
    }

    @Test
    void aCutOrChangedBackupIsRefusedWithASentenceAndTheStoreIsLeftAlone() throws Exception {
        Path file = folder.resolve("all.cmbackup");
        backups.backUp(file);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(folder.resolve("cut.cmbackup"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        bytes[bytes.length / 2] ^= 0x20;
        Path changed = Files.write(folder.resolve("changed.cmbackup"), bytes);
        Path other = Files.writeString(folder.resolve("notes.txt"), "not a backup");
        emptyTheStore();

        for (Path bad : List.of(cut, changed)) {
            assertThatThrownBy(() -> backups.restore(bad)).isInstanceOf(BackupUnreadableException.class)
                    .hasMessage(bad + " is damaged or incomplete: its checksum does not match its content, so it was "
                            + "cut short or changed after it was written. Nothing was restored; restore an older "
                            + "backup.");
        }
        assertThatThrownBy(() -> backups.restore(other)).hasMessage(other + " is not a ContextMap backup file.");
        assertThatThrownBy(() -> backups.restore(folder.resolve("nowhere")))
                .hasMessage("There is no backup file at " + folder.resolve("nowhere") + ".");
        assertThat(full.dump()).as("nothing was written").isEmpty();
        backups.restore(file); // the whole one still restores
        assertThat(audit.verify().verified()).isTrue();
    }

    @Test
    void aStoreThatHoldsDataIsRefused() {
        Path file = folder.resolve("all.cmbackup");
        backups.backUp(file);
        List<String> before = full.dump();

        assertThatThrownBy(() -> backups.restore(file)).isInstanceOf(StoreNotEmptyException.class)
                .hasMessageStartingWith("The store already holds data (")
                .hasMessageContaining("5 AuditEntry")
                .hasMessageEndingWith("so nothing was restored: a backup is restored into an empty store only. Start "
                        + "with a new, empty store directory (or an empty external database) and restore into that.");
        assertThat(full.dump()).isEqualTo(before);
    }

    @Test
    void anAdministratorTakesABackupThroughTheApi() throws Exception {
        mvc.perform(post("/api/backups").header("X-Purpose", "before the upgrade"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(org.hamcrest.Matchers.matchesPattern(
                        "contextmap-\\d{8}-\\d{6}-\\d{3}\\.cmbackup")))
                .andExpect(jsonPath("$.labels.YoungPerson").value(3))
                .andExpect(jsonPath("$.bytes").isNumber());
        assertThat(audit.verify().verified()).isTrue();
    }

    /** Deletes everything but the schema's bookkeeping: the store as a fresh start leaves it. */
    private void emptyTheStore() {
        restore.clear();
    }

    private void decideAnAlert() throws Exception {
        String body = mvc.perform(get("/api/alerts").param("asOf", "2026-09-20").param("personId", "YP3")
                .param("code", "BOTH_CHILDREN_NEED_RESPONSE")).andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        String id = (String) ((List<Map<String, Object>>) json.readValue(body, List.class)).getFirst().get("id");
        mvc.perform(post("/api/alerts/" + id + "/decision").param("asOf", "2026-09-20")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"action_taken\", \"reason\": \"Assessment booked\"}"))
                .andExpect(status().isOk());
    }

    /** A node and a relationship with a property of every type Neo4j stores, each of them exactly. */
    private void everyType() {
        Map<String, Object> values = new HashMap<>();
        values.put("text", "Ünïcødé – \"quoted\"\n" + "x".repeat(70_000));
        values.put("integer", Long.MIN_VALUE);
        values.put("float", 0.1 + 0.2);
        values.put("flag", true);
        values.put("date", LocalDate.of(2011, 4, 2));
        values.put("localDateTime", LocalDateTime.of(2026, 1, 10, 21, 40, 5, 123_456_789));
        values.put("zoned", ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneId.of("Europe/London")));
        values.put("offset", OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 1, ZoneOffset.ofHours(2)));
        values.put("localTime", LocalTime.of(23, 59, 59, 999));
        values.put("time", OffsetTime.of(8, 15, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        values.put("duration", Values.isoDuration(14, 3, 3_600, 4));
        values.put("point", Values.point(4326, -1.0021, 52.0012));
        values.put("point3d", Values.point(9157, 1.5, 2.5, 3.5));
        values.put("bytes", new byte[] {0, 1, -1, 127, -128});
        values.put("texts", List.of("a", "b"));
        values.put("integers", List.of(1L, 2L, 3L));
        values.put("floats", List.of(1.5, 2.5));
        values.put("dates", List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 2, 3)));
        values.put("flags", List.of(true, false));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (p:YoungPerson {id: 'YP1'})
                    CREATE (t:BackupTypes:Second)
                    SET t = $values
                    CREATE (p)-[:TYPED_FOR_BACKUP $values]->(t)
                    CREATE ({note: 'a node without a label'})
                    MERGE (k:PseudonymKey {id: 'pseudonyms'}) ON CREATE SET k.key = $key
                    """, Map.of("values", values, "key", "00112233445566778899aabbccddeeff".repeat(2))).consume());
        }
    }
}
