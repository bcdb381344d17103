package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import org.contextmap.casework.CaseworkService;
import org.contextmap.database.WriteScope;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An import commits in batches, yet lands whole or not at all: a failure part-way, or a process
 * that dies part-way, leaves the graph exactly as it was before the import.
 */
@IntegrationTest
class ImportAtomicityTest {

    @Autowired
    BundleImporter importer;

    @Autowired
    ImportJournal journal;

    @Autowired
    BundleWriter writer;

    @Autowired
    BeforeImage beforeImage;

    @Autowired
    ExistingRecords existing;

    @Autowired
    GraphTestSupport graph;

    @Autowired
    BundleExporter exporter;

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    CaseworkService casework;

    @BeforeEach
    void start() {
        graph.clear();
        importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);
    }

    /** Changes to every kind of record: new people and links, changed values, replaced links. */
    private static TestBundles changes() {
        return TestBundles.valid()
                .replace("young_people.csv", "Amira Hassan", "Amira Hassan-Ali")
                .replace("young_people.csv", "HA-2,S1,F2", "HA-2,,F3")
                .append("young_people.csv", "YP5,Leo Grant,2010-06-01,Male,White British,HA-1,S1,F3,false,false,,NONE,")
                .append("relationships.csv", "YP2,YP3,ASSOCIATE,2026-01-01,POLICE,POSSIBLE")
                .append("relationships.csv", "YP5,YP3,FRIEND,2026-01-01,POLICE,POSSIBLE")
                .replace("group_relations.csv", "CONFLICT", "ALLIANCE")
                .replace("incidents.csv", "KNIFE,P1", "KNIFE,S1")
                .replace("incident_people.csv", "I1,YP3,SUSPECT", "I1,YP3,VICTIM")
                .append("incident_people.csv", "I2,YP5,WITNESS")
                .replace("referrals.csv", "R2,YP1", "R2,YP2")
                .append("family_history.csv", "F3,Parental mental health,2025-01-01,HEALTH");
    }

    @Test
    void aFailurePartWayIsUndoneCompletely() {
        List<String> before = graph.dump(false);
        // a passing failure: the first attempt to write meetings fails, writing them back later works
        doThrow(new IllegalStateException("disk full")).doCallRealMethod().when(casework).upsertMeetings(anyList());

        ImportReport report = importer.importZip(new ByteArrayInputStream(changes().zip()), false);

        assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
        assertThat(report.errors()).singleElement().asString()
                .matches("\\(import\\):0: \\(file\\): the database failed while writing \\(reference [0-9a-f]{8}\\); "
                        + "everything this import had written has been undone");
        assertThat(graph.dump(false)).isEqualTo(before);
        assertThat(graph.count("MATCH (i:Import {status: 'UNDONE'}) RETURN count(i)")).isEqualTo(1);
    }

    @Test
    void withoutAFailureTheSameChangesLand() {
        ImportReport report = importer.importZip(new ByteArrayInputStream(changes().zip()), false);

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(graph.count("MATCH (p:YoungPerson {id: 'YP5'}) RETURN count(p)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:PeerGroup)-[r:ALLIED_WITH]->(:PeerGroup) RETURN count(r)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:Referral {id: 'R2'})-[:ABOUT]->(p:YoungPerson {id: 'YP2'}) RETURN count(p)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (i:Import {id: $id}) WHERE i.status = 'IMPORTED' AND i.beforeImage IS NULL "
                .replace("$id", "'" + report.importId() + "'") + "RETURN count(i)")).isEqualTo(1);
    }

    @Test
    void anImportLeftHalfWrittenByAProcessThatDiedIsUndoneOnTheNextStart() {
        List<String> before = graph.dump(false);
        halfWrite(changes());
        assertThat(graph.dump(false)).isNotEqualTo(before);

        int undone = importer.recoverAbandonedImports(true);

        assertThat(undone).isEqualTo(1);
        assertThat(graph.dump(false)).isEqualTo(before);
        assertThat(graph.count("MATCH (l:ImportLock) RETURN count(l)")).isZero();
    }

    @Test
    void aLaterImportUndoesAnImportThatHoldsTheLockWithoutSignOfLife() {
        List<String> before = graph.dump(false);
        String abandoned = halfWrite(changes());
        graph.count("MATCH (i:Import {id: '" + abandoned + "'}) SET i.heartbeatAt = datetime() - duration('PT1H') "
                + "RETURN count(i)");

        ImportReport report = importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), false);

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(graph.count("MATCH (i:Import {id: '" + abandoned + "', status: 'UNDONE'}) RETURN count(i)"))
                .isEqualTo(1);
        assertThat(graph.dump(false)).isEqualTo(before);
    }

    @Test
    void anExportIsRefusedWhileAnImportIsHalfWritten() throws Exception {
        String id = halfWrite(changes());
        try {
            assertThatThrownBy(() -> exporter.read()).isInstanceOf(ImportInProgressException.class);
            mvc.perform(get("/api/export/csv").header("X-Purpose", "test"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("An import is being written; export when it has finished."));
        } finally {
            importer.recoverAbandonedImports(true);
        }
    }

    /** Starts an import and writes part of it, as a process that then dies would. */
    private String halfWrite(TestBundles changes) {
        Bundle bundle = validated(changes);
        ImportJournal.Holder[] holder = new ImportJournal.Holder[1];
        String id = journal.open("test", holder);
        journal.start(id, beforeImage.of(bundle));
        // the process "dies" after writing part of the bundle: people, groups, places and roles only
        WriteScope.inImport(id, () -> { }, () -> writer.write(new Bundle(bundle.youngPeople(), bundle.peerGroups(),
                List.of(), bundle.relationships(), bundle.groupRelations(), bundle.locations(), List.of(),
                bundle.incidentPeople(), List.of(), List.of(), List.of(), List.of()), () -> { },
                new EnumMap<>(BundleFile.class)));
        return id;
    }

    @Test
    void aSecondImportIsRefusedWhileOneIsBeingWritten() throws Exception {
        String id = journal.open("test", new ImportJournal.Holder[1]);
        try {
            assertThatThrownBy(() -> importer.importZip(new ByteArrayInputStream(changes().zip()), false))
                    .isInstanceOf(ImportInProgressException.class);
            mvc.perform(post("/api/imports").contentType("application/zip").content(changes().zip()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("Import in progress"));
        } finally {
            journal.close(id, "ABANDONED");
        }
    }

    private Bundle validated(TestBundles bundle) {
        Problems problems = new Problems();
        var tables = BundleSource.readZip(new ByteArrayInputStream(bundle.zip()), problems);
        return new BundleValidator(existing, problems, LocalDate.now())
                .validate(tables);
    }
}
