package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.contextmap.base.Provenance;
import org.contextmap.group.GroupAssociation;
import org.contextmap.person.Relationship;
import org.contextmap.support.GraphTestSupport;
import org.contextmap.support.IntegrationTest;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Import into the in-process Neo4j: counts, idempotence, all-or-nothing, round trip. */
@IntegrationTest
class BundleImportTest {

    @Autowired
    BundleImporter importer;

    @Autowired
    BundleExporter exporter;

    @Autowired
    GraphTestSupport graph;

    @TempDir
    Path folder;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    private ImportReport importBundle(TestBundles bundle) {
        return importer.importZip(new ByteArrayInputStream(bundle.zip()), false);
    }

    @Test
    void writesEveryKindOfRecord() {
        ImportReport report = importBundle(TestBundles.valid());

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(report.errors()).isEmpty();
        assertThat(report.rows()).isEqualTo(26);
        assertThat(graph.count("MATCH (n:YoungPerson) RETURN count(n)")).isEqualTo(3);
        assertThat(graph.count("MATCH (:YoungPerson)-[r:KNOWS]->(:YoungPerson) RETURN count(r)")).isEqualTo(2);
        assertThat(graph.count("MATCH (:YoungPerson)-[:IN_FAMILY]->(f:Family {id: 'F1'}) RETURN count(*)")).isEqualTo(2);
        assertThat(graph.count("MATCH (:FamilyHistory)-[:OF]->(:Family {id: 'F1'}) RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:YoungPerson)-[:ATTENDS]->(:Location {type: 'SCHOOL'}) RETURN count(*)")).isEqualTo(3);
        assertThat(graph.count("MATCH (:PeerGroup {id: 'G1'})-[:IN_CONFLICT_WITH]-(:PeerGroup {id: 'G2'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (:YoungPerson {id: 'YP1'})-[:INVOLVED_IN {role: 'VICTIM'}]->(i:Incident)-[:AT]->(:Location {id: 'P1'}) RETURN count(i)"))
                .isEqualTo(2);
        assertThat(graph.count("MATCH (:EducationEvent)-[:ABOUT]->(:YoungPerson) RETURN count(*)")).isEqualTo(2);
        assertThat(graph.count("MATCH (:Referral)-[:ABOUT]->(:YoungPerson {id: 'YP1'}) RETURN count(*)")).isEqualTo(3);
        assertThat(graph.count("MATCH (m:Meeting {id: 'M2'})-[:ABOUT]->() RETURN count(*)")).isEqualTo(2);
        assertThat(graph.count("""
                MATCH (:YoungPerson {id: 'YP3'})-[r:ASSOCIATED_WITH]->(:PeerGroup {id: 'G2'})
                WHERE r.source = 'PARENT_CARER' AND r.confidence = 'POSSIBLE' AND r.recordedAt IS NOT NULL
                RETURN count(r)""")).isEqualTo(1);
    }

    @Test
    void importingTheSameBundleAgainChangesNothing() {
        importBundle(TestBundles.valid());
        List<String> before = graph.dump(false);

        ImportReport again = importBundle(TestBundles.valid());

        assertThat(again.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(again.changes().changedStructure()).isFalse();
        assertThat(graph.dump(false)).isEqualTo(before);
    }

    @Test
    void aLaterBundleUpdatesRecordsByIdAndMovesSingleLinks() {
        importBundle(TestBundles.valid());

        importBundle(TestBundles.valid()
                .replace("young_people.csv", "HA-2,S1,F2", "HA-2,,F1")
                .replace("group_relations.csv", "CONFLICT", "ALLIANCE"));

        assertThat(graph.count("MATCH (:YoungPerson {id: 'YP3'})-[:ATTENDS]->() RETURN count(*)")).isZero();
        assertThat(graph.count("MATCH (:YoungPerson {id: 'YP3'})-[:IN_FAMILY]->(f:Family) WHERE f.id = 'F1' RETURN count(*)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (:PeerGroup)-[r:IN_CONFLICT_WITH]->(:PeerGroup) RETURN count(r)")).isZero();
        assertThat(graph.count("MATCH (:PeerGroup)-[r:ALLIED_WITH]->(:PeerGroup) RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void aLaterBundleReplacesPlacesSubjectsAndRolesAndAnEmptyCellClears() {
        importBundle(TestBundles.valid());

        ImportReport report = importBundle(TestBundles.valid()
                .replace("incidents.csv", "KNIFE,P1", "KNIFE,HA-1")
                .replace("meetings.csv", "M2,VIOLENCE_REDUCTION,2026-03-01,,G1,P1", "M2,VIOLENCE_REDUCTION,2026-03-01,YP2,,")
                .replace("incident_people.csv", "I1,YP3,SUSPECT", "I1,YP3,VICTIM")
                .replace("young_people.csv", "CCE,CHILD_IN_NEED,Sam Okafor", ",CHILD_IN_NEED,"));

        assertThat(report.errors()).isEmpty();
        assertThat(graph.count("MATCH (:Incident {id: 'I2'})-[:AT]->(l:Location) WHERE l.id = 'HA-1' RETURN count(l)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (:Incident {id: 'I2'})-[:AT]->(l:Location) RETURN count(l)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:Meeting {id: 'M2'})-[:ABOUT]->(x) RETURN count(x)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:Meeting {id: 'M2'})-[:ABOUT]->(:YoungPerson {id: 'YP2'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (:YoungPerson {id: 'YP3'})-[r:INVOLVED_IN]->(:Incident {id: 'I1'}) "
                + "WHERE r.role = 'VICTIM' RETURN count(r)")).as("a suspect found to be a victim is a victim only")
                .isEqualTo(1);
        assertThat(graph.count("MATCH (:YoungPerson {id: 'YP3'})-[r:INVOLVED_IN]->(:Incident {id: 'I1'}) RETURN count(r)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (p:YoungPerson {id: 'YP1'}) WHERE p.leadProfessional IS NULL AND p.flags = [] "
                + "AND p.socialCareStatus = 'CHILD_IN_NEED' RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void familyHistoryOutlivesItsChildrenMovingAndStillRoundTrips() {
        importBundle(TestBundles.valid());
        importBundle(TestBundles.valid().replace("young_people.csv", "HA-1,S1,F1", "HA-1,S1,F9")
                .replace("young_people.csv", "HA-1,S1,F1", "HA-1,S1,F9"));
        Bundle exported = exporter.read();
        var zip = new ByteArrayOutputStream();
        CsvBundleWriter.writeZip(exported, zip);

        graph.clear();
        ImportReport report = importer.importZip(new ByteArrayInputStream(zip.toByteArray()), false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).containsExactly("family_history.csv:2: family_id: no young person of family "
                + "\"F1\" is in this bundle or the database; the history is kept on the family");
        assertThat(withoutRecordingTimes(exporter.read())).isEqualTo(withoutRecordingTimes(exported));
    }

    @Test
    void aSchoolThatChildrenAttendCannotBeTurnedIntoAPark() {
        importBundle(TestBundles.valid());
        List<String> before = graph.dump(false);

        ImportReport report = importBundle(TestBundles.valid().with("locations.csv", """
                id,name,type,latitude,longitude
                S1,Ashbury Academy,PARK,52.0012,-1.0021
                """).with("young_people.csv", "id,name,date_of_birth,gender,ethnicity,home_area,school_id,family_id,"
                + "in_care,send,flags,social_care_status,lead_professional\n"));

        assertThat(report.errors()).containsExactly("locations.csv:2: type: location \"S1\" is a school that 3 young "
                + "people attend and where 2 education events took place; it must stay a SCHOOL",
                "education_events.csv:2: school_id: location \"S1\" is a park, not a school",
                "education_events.csv:3: school_id: location \"S1\" is a park, not a school");
        assertThat(graph.dump(false)).isEqualTo(before);
    }

    static Stream<Arguments> badBundles() {
        return Stream.of(
                bad("unknown reference", b -> b.append("incident_people.csv", "I2,YP9,WITNESS"),
                        "incident_people.csv:5: person_id: unknown young person \"YP9\" (not in young_people.csv nor in the database)"),
                bad("duplicate id", b -> b.append("young_people.csv", "YP4,New Person,,,,,,,,,,,")
                                .append("young_people.csv", "YP4,Other Person,,,,,,,,,,,"),
                        "young_people.csv:7: id: duplicate young person id \"YP4\" (first on line 6)"),
                bad("bad date", b -> b.replace("referrals.csv", "2026-01-11", "2026-13-11"),
                        "referrals.csv:2: received_on: \"2026-13-11\" is not a date; write YYYY-MM-DD, for example 2026-03-01"),
                bad("bad enumeration value", b -> b.replace("meetings.csv", "STRATEGY_DISCUSSION", "STRATEGY_MEETING"),
                        "meetings.csv:2: kind: \"STRATEGY_MEETING\" is not one of STRATEGY_DISCUSSION, "
                                + "CHILD_PROTECTION_CONFERENCE, SAFETY_PLANNING, VIOLENCE_REDUCTION, CONTEXT_CONFERENCE, "
                                + "MULTI_AGENCY_REVIEW"),
                bad("wrong column count", b -> b.append("peer_groups.csv", "G3,Station group"),
                        "peer_groups.csv:4: (row): the row has 2 fields but the header has 3"),
                bad("malformed quoting", b -> b.append("peer_groups.csv", "G3,\"Station group,Central"),
                        "peer_groups.csv:4: name: malformed quoting: the quote that opens this field is never closed"),
                bad("empty required field", b -> b.append("relationships.csv", "YP2,YP3,,,POLICE,POSSIBLE"),
                        "relationships.csv:4: kind: required field is empty"),
                bad("unreadable encoding", b -> b.withBytes("family_history.csv",
                                "family_id,kind,noted_on,source\nF2,Parental mental health – père,2024-01-01,HEALTH\n"
                                        .getBytes(StandardCharsets.ISO_8859_1)),
                        "family_history.csv:2: kind: unreadable encoding: byte 0xE8 is not valid UTF-8; save the file as UTF-8"));
    }

    private static Arguments bad(String kind, UnaryOperator<TestBundles> breakIt, String message) {
        return Arguments.of(kind, breakIt, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBundles")
    void aBadBundleIsRefusedWithItsExactProblemAndNothingIsWritten(String kind, UnaryOperator<TestBundles> breakIt,
            String message) {
        importBundle(TestBundles.valid());
        List<String> before = graph.dump(false);
        long version = graph.count("MATCH (v:DataVersion) RETURN v.version");
        // the bad bundle also changes a name and adds a person: neither may land
        TestBundles bundle = breakIt.apply(TestBundles.valid()
                .replace("young_people.csv", "Amira Hassan", "Amira Hassan-Ali")
                .append("young_people.csv", "YP5,Leo Grant,2010-06-01,Male,White British,HA-1,S1,F3,false,false,,NONE,"));

        ImportReport report = importBundle(bundle);

        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(report.errors()).containsExactly(message);
        assertThat(graph.dump(false)).isEqualTo(before);
        assertThat(graph.count("MATCH (v:DataVersion) RETURN v.version")).isEqualTo(version);
        assertThat(graph.count("MATCH (i:Import {status: 'REJECTED'}) RETURN count(i)")).as("the refusal is on record")
                .isEqualTo(1);
    }

    @Test
    void aDryRunChecksWithoutWriting() {
        List<String> before = graph.dump(true);

        ImportReport report = importer.importZip(new ByteArrayInputStream(TestBundles.valid().zip()), true);

        assertThat(report.status()).isEqualTo(ImportReport.Status.VALID);
        assertThat(graph.dump(true)).as("a dry run leaves no trace at all").isEqualTo(before);
    }

    @Test
    void exportThenImportRoundTripsExactly() {
        importer.importFolder(TestBundles.valid().writeTo(folder.resolve("original")), false);
        List<String> graphBefore = graph.dump(false);
        Bundle exported = exporter.read();
        var zip = new ByteArrayOutputStream();
        CsvBundleWriter.writeZip(exported, zip);

        graph.clear();
        ImportReport report = importer.importZip(new ByteArrayInputStream(zip.toByteArray()), false);

        assertThat(report.errors()).isEmpty();
        assertThat(withoutRecordingTimes(graph.dump(false))).isEqualTo(withoutRecordingTimes(graphBefore));
        assertThat(withoutRecordingTimes(exporter.read())).isEqualTo(withoutRecordingTimes(exported));
    }

    @Test
    void theExportHoldsWhatWasImported() {
        Path original = withRestrictedAndConfirmed(TestBundles.valid()).writeTo(folder.resolve("original"));
        importer.importFolder(original, false);

        Path exported = folder.resolve("exported");
        CsvBundleWriter.writeFolder(exporter.read(), exported);

        for (String file : List.of("young_people.csv", "relationships.csv", "incidents.csv", "meetings.csv",
                "referrals.csv", "education_events.csv", "family_history.csv", "group_relations.csv",
                "group_associations.csv")) {
            assertThat(sortedRows(exported.resolve(file))).as(file).isEqualTo(sortedRows(original.resolve(file)));
        }
    }

    @Test
    void aBundleWithoutTheLaterColumnsKeepsWhatIsStoredAndAnEmptyCellClears() {
        importBundle(withRestrictedAndConfirmed(TestBundles.valid()));
        importBundle(TestBundles.valid());

        assertThat(graph.count("MATCH (i:Incident {restricted: true}) RETURN count(i)")).isEqualTo(1);
        assertThat(graph.count("MATCH ()-[r:KNOWS {restricted: true}]->() RETURN count(r)")).isEqualTo(1);
        assertThat(graph.count("MATCH ()-[r:ASSOCIATED_WITH {restricted: true}]->() WHERE r.confirmedOn = date('2026-05-01') "
                + "RETURN count(r)")).isEqualTo(1);
        assertThat(graph.count("MATCH (h:FamilyHistory {restricted: true}) RETURN count(h)")).isEqualTo(1);

        importBundle(withRestrictedAndConfirmed(TestBundles.valid()).replace("incidents.csv", "true", "")
                .replace("group_associations.csv", "true,2026-05-01", "false,"));

        assertThat(graph.count("MATCH (i:Incident) WHERE i.restricted IS NOT NULL RETURN count(i)")).isZero();
        assertThat(graph.count("MATCH ()-[r:ASSOCIATED_WITH]->() WHERE r.restricted IS NOT NULL OR r.confirmedOn IS NOT NULL "
                + "RETURN count(r)")).isZero();
    }

    /**
     * The small bundle with the columns added by issues #15 and #17: some restricted, one association
     * re-confirmed, one referral to youth work that has begun and ended.
     */
    private static TestBundles withRestrictedAndConfirmed(TestBundles bundle) {
        return bundle.with("relationships.csv", """
                        person_a,person_b,kind,since,source,confidence,restricted
                        YP2,YP1,SIBLING,,SOCIAL_CARE,CONFIRMED,false
                        YP1,YP3,FRIEND,2024-09-01,YOUNG_PERSON,CONFIRMED,true
                        """)
                .with("group_associations.csv", """
                        person_id,group_id,since,source,confidence,restricted,confirmed_on
                        YP2,G1,2025-06-01,POLICE,PROBABLE,true,2026-05-01
                        YP3,G2,2025-01-10,PARENT_CARER,POSSIBLE,false,
                        """)
                .with("incidents.csv", """
                        id,occurred_at,type,severity,weapon,location_id,source,summary,restricted
                        I1,2026-01-10T21:40,ASSAULT,SERIOUS,NONE,P1,POLICE,"Assaulted in the park, by two others",true
                        I2,2026-09-03T16:05,STABBING,LIFE_THREATENING,KNIFE,P1,HEALTH,Knife injury seen in the emergency department,false
                        """)
                .with("family_history.csv", """
                        family_id,kind,noted_on,source,restricted
                        F1,Domestic abuse,2023-05-01,POLICE,true
                        """)
                .with("referrals.csv", """
                        id,person_id,received_on,from_agency,level,outcome,outcome_on,referrer_notified_on,service,first_contact_on,ended_on
                        R1,YP1,2026-01-11,POLICE,Level 3,ASSESSMENT,2026-01-13,2026-01-14,,,
                        R2,YP1,2026-02-20,EDUCATION,Level 2,NFA,2026-02-21,,,,
                        R3,YP1,2026-09-04,HEALTH,Level 4,,,,YOUTH_WORK,2026-09-10,2026-10-01
                        """);
    }

    private static List<String> sortedRows(Path file) {
        try {
            // the export writes CRLF and stores relationships with the smaller id first
            return Files.readAllLines(file).stream()
                    .map(line -> line.replace("YP2,YP1,SIBLING", "YP1,YP2,SIBLING").replace("G2,G1,CONFLICT", "G1,G2,CONFLICT"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * recordedAt is when ContextMap first heard of a fact, importId the import that brought it:
     * a fresh database hears of it anew, from another import.
     */
    private static List<String> withoutRecordingTimes(List<String> dump) {
        return dump.stream()
                .map(line -> line.replaceAll("recordedAt=[^,}]+", "recordedAt=…").replaceAll("importId=[^,}]+", "importId=…"))
                .sorted().toList();
    }

    private static Bundle withoutRecordingTimes(Bundle bundle) {
        return new Bundle(bundle.youngPeople(), bundle.peerGroups(),
                bundle.groupAssociations().stream().map(a -> new GroupAssociation(a.personId(), a.groupId(),
                        new Provenance(a.provenance().source(), a.provenance().confidence(), a.provenance().since(),
                                null))).toList(),
                bundle.relationships().stream().map(r -> new Relationship(r.personA(), r.personB(), r.kind(),
                        new Provenance(r.provenance().source(), r.provenance().confidence(), r.provenance().since(),
                                null))).toList(),
                bundle.groupRelations(), bundle.locations(), bundle.incidents(), bundle.incidentPeople(),
                bundle.educationEvents(), bundle.referrals(), bundle.meetings(), bundle.familyHistory());
    }
}
