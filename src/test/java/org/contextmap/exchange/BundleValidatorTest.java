package org.contextmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.contextmap.place.LocationType;
import org.contextmap.place.SchoolUse;
import org.contextmap.support.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input, each asserting the exact message a partner would read. */
class BundleValidatorTest {

    @TempDir
    Path folder;

    private final Problems problems = new Problems();

    private Bundle validate(TestBundles bundle) {
        return validate(bundle, ExistingRecords.NONE);
    }

    private Bundle validate(TestBundles bundle, ExistingRecords existing) {
        var tables = BundleSource.readFolder(bundle.writeTo(folder), problems);
        return new BundleValidator(existing, problems, LocalDate.of(2026, 11, 22)).validate(tables);
    }

    private List<String> errors() {
        return problems.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void aValidBundleIsReadCompletely() {
        Bundle bundle = validate(TestBundles.valid());

        assertThat(errors()).isEmpty();
        assertThat(bundle.youngPeople()).extracting(p -> p.name())
                .containsExactly("Amira Hassan", "Yusuf Hassan", "Kai \"KJ\" Johnson");
        assertThat(bundle.youngPeople().get(2).flags()).containsExactly("MISSING", "CCE");
        assertThat(bundle.relationships().getFirst().personA()).as("stored with the smaller id first").isEqualTo("YP1");
        assertThat(bundle.incidents().getFirst().summary()).isEqualTo("Assaulted in the park, by two others");
        assertThat(bundle.meetings().getFirst().agencies()).hasSize(3);
        assertThat(bundle.rowCount()).isEqualTo(26);
    }

    @Test
    void unknownReference() {
        assertThat(validate(TestBundles.valid().append("incident_people.csv", "I2,YP9,WITNESS"))).isNull();

        assertThat(errors()).containsExactly("incident_people.csv:5: person_id: unknown young person \"YP9\" "
                + "(not in young_people.csv nor in the database)");
    }

    @Test
    void aReferenceToARecordAlreadyInTheDatabaseIsAccepted() {
        ExistingRecords database = new ExistingRecordsStub(Set.of("YP9"), Map.of("S9", LocationType.SCHOOL));

        Bundle bundle = validate(TestBundles.valid()
                .append("incident_people.csv", "I2,YP9,WITNESS")
                .append("education_events.csv", "YP9,S9,2026-03-03,SUSPENSION,2"), database);

        assertThat(errors()).isEmpty();
        assertThat(bundle.incidentPeople()).hasSize(4);
    }

    @Test
    void duplicateId() {
        validate(TestBundles.valid().append("young_people.csv", "YP1,Someone Else,,,,,,,,,,,"));

        assertThat(errors()).containsExactly(
                "young_people.csv:5: id: duplicate young person id \"YP1\" (first on line 2)");
    }

    @Test
    void duplicateRelationshipRecordedTheOtherWayRound() {
        validate(TestBundles.valid().append("relationships.csv", "YP1,YP2,SIBLING,,POLICE,PROBABLE"));

        assertThat(errors()).containsExactly("relationships.csv:4: person_b: duplicate relationship of this kind "
                + "between these two young people (first on line 2)");
    }

    @Test
    void badDate() {
        validate(TestBundles.valid().replace("young_people.csv", "2011-04-02", "02/04/2011"));

        assertThat(errors()).containsExactly("young_people.csv:2: date_of_birth: \"02/04/2011\" is not a date; "
                + "write YYYY-MM-DD, for example 2026-03-01");
    }

    @Test
    void badDateTime() {
        validate(TestBundles.valid().replace("incidents.csv", "2026-01-10T21:40", "2026-01-10 9pm"));

        assertThat(errors()).containsExactly("incidents.csv:2: occurred_at: \"2026-01-10 9pm\" is not a date and time; "
                + "write YYYY-MM-DDTHH:MM, for example 2026-03-01T21:40");
    }

    @Test
    void badEnumerationValue() {
        validate(TestBundles.valid().replace("incidents.csv", "KNIFE,P1", "KNIVES,P1"));

        assertThat(errors()).containsExactly(
                "incidents.csv:3: weapon: \"KNIVES\" is not one of NONE, KNIFE, BLADED_ARTICLE, FIREARM, OTHER");
    }

    @Test
    void enumerationValuesAreReadWhateverTheirCase() {
        Bundle bundle = validate(TestBundles.valid().replace("incidents.csv", "KNIFE,P1", "knife,P1"));

        assertThat(errors()).isEmpty();
        assertThat(bundle.incidents().get(1).weapon()).hasToString("KNIFE");
    }

    @Test
    void wrongColumnCount() {
        validate(TestBundles.valid().replace("locations.csv", "P1,Mill Park,PARK,52.01,-0.99", "P1,Mill Park,PARK,52.01"));

        assertThat(errors()).containsExactly("locations.csv:3: (row): the row has 4 fields but the header has 5");
    }

    @Test
    void malformedQuoting() {
        validate(TestBundles.valid().replace("incidents.csv", "\"Assaulted in the park, by two others\"",
                "\"Assaulted in \"the\" park\""));

        assertThat(errors()).containsExactly("incidents.csv:2: summary: malformed quoting: text after the closing "
                + "quote; put the whole field in quotes and double any quote inside it");
    }

    @Test
    void aLinkWithAMissingEndIsReportedNotThrown() {
        validate(TestBundles.valid().append("relationships.csv", ",YP2,FRIEND,,POLICE,PROBABLE")
                .append("group_relations.csv", "G1,,ALLIANCE,,POLICE"));

        assertThat(errors()).containsExactly("relationships.csv:4: person_a: required field is empty",
                "group_relations.csv:3: group_b: required field is empty");
    }

    @Test
    void emptyRequiredField() {
        validate(TestBundles.valid().replace("young_people.csv", "YP2,Yusuf Hassan", "YP2,"));

        assertThat(errors()).containsExactly("young_people.csv:3: name: required field is empty");
    }

    @Test
    void unreadableEncoding() {
        byte[] latin1 = ("id,name,area\nG1,Northgate Estate group,Northgate\nG2,Millfield Café group,Millfield\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        validate(TestBundles.valid().withBytes("peer_groups.csv", latin1));

        assertThat(errors()).containsExactly(
                "peer_groups.csv:3: name: unreadable encoding: byte 0xE9 is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void missingRequiredFile() {
        validate(TestBundles.valid().without("young_people.csv"));

        assertThat(errors()).contains("young_people.csv:0: (file): required file is missing from the bundle");
    }

    @Test
    void missingRequiredColumn() {
        validate(TestBundles.valid().with("peer_groups.csv", "id,area\nG1,Northgate\nG2,Millfield\n"));

        assertThat(errors()).contains("peer_groups.csv:1: name: column is missing from the header; every column of "
                + "the file must be there (leave the cell empty where it is not known)");
    }

    @Test
    void aMissingOptionalColumnIsAnErrorTooSoThatNothingIsErasedByOmission() {
        validate(TestBundles.valid().with("young_people.csv", "id,name\nYP1,Amira Hassan\n"));

        assertThat(errors()).hasSize(11).contains("young_people.csv:1: flags: column is missing from the header; every "
                + "column of the file must be there (leave the cell empty where it is not known)");
    }

    @Test
    void anEmptyYesNoCellIsNotRecordedRatherThanNo() {
        Bundle bundle = validate(TestBundles.valid().replace("young_people.csv", "true,false,MISSING", ",,MISSING"));

        assertThat(bundle.youngPeople().get(2).inCare()).isNull();
        assertThat(bundle.youngPeople().get(2).send()).isNull();
        assertThat(bundle.youngPeople().get(0).inCare()).isFalse();
    }

    @Test
    void idsMayNotHoldTheSeparatorOfCompositeKeys() {
        Bundle refused = validate(TestBundles.valid().append("young_people.csv", "A|B,Person A|B,,,,,,,,,,,"));

        assertThat(refused).isNull();
        assertThat(errors()).containsExactly("young_people.csv:5: id: \"A|B\" is not a valid id; an id has letters, "
                + "digits, '-', '_', '.' or ':' and starts with a letter or a digit");
    }

    @Test
    void freeTextWithTheSeparatorOfCompositeKeysDoesNotCollide() {
        Bundle bundle = validate(TestBundles.valid()
                .append("family_history.csv", "F1,Bullying|threats,2024-01-01,POLICE")
                .append("family_history.csv", "F1,Bullying,2024-01-01,POLICE"));

        assertThat(errors()).isEmpty();
        assertThat(bundle.familyHistory()).hasSize(3);
    }

    @Test
    void familyHistoryOfAFamilyWithoutChildrenIsKeptWithAWarning() {
        Bundle bundle = validate(TestBundles.valid().append("family_history.csv", "F9,Bereavement,2024-01-01,VOLUNTARY"));

        assertThat(errors()).isEmpty();
        assertThat(bundle.familyHistory()).hasSize(2);
        assertThat(problems.warnings()).extracting(Problem::toString).containsExactly("family_history.csv:3: family_id: "
                + "no young person of family \"F9\" is in this bundle or the database; the history is kept on the family");
    }

    @Test
    void aSchoolThatChildrenAttendCannotBecomeSomethingElse() {
        ExistingRecords database = new ExistingRecordsStub(Set.of("YP7", "YP8"), Map.of("S1", LocationType.SCHOOL),
                Map.of("S1", new SchoolUse(Set.of("YP7", "YP8", "YP1"), 1)));

        validate(TestBundles.valid()
                .replace("locations.csv", "S1,Ashbury Academy,SCHOOL", "S1,Ashbury Academy,PARK")
                .replace("young_people.csv", "HA-1,S1,F1", "HA-1,,F1")
                .replace("young_people.csv", "HA-1,S1,F1", "HA-1,,F1")
                .replace("young_people.csv", "HA-2,S1,F2", "HA-2,,F2")
                .replace("education_events.csv", "S1", "")
                .replace("education_events.csv", "S1", ""), database);

        assertThat(errors()).containsExactly("locations.csv:2: type: location \"S1\" is a school that 2 young people "
                + "attend and where 1 education event took place; it must stay a SCHOOL");
    }

    @Test
    void aBeforeImageIsReadBackWithoutCheckingItAgainstTheDatabase() {
        var tables = BundleSource.readFolder(TestBundles.valid().append("incident_people.csv", "I9,YP9,WITNESS")
                .writeTo(folder), problems);

        Bundle snapshot = BundleValidator.snapshot(problems, LocalDate.of(2026, 11, 22)).validate(tables);

        assertThat(errors()).isEmpty();
        assertThat(snapshot.incidentPeople()).hasSize(4);
    }

    @Test
    void unknownColumnsAndFilesAreIgnoredWithAWarning() {
        Bundle bundle = validate(TestBundles.valid()
                .with("peer_groups.csv", "id,name,area,colour\nG1,Northgate Estate group,Northgate,red\nG2,Millfield,,\n")
                .with("notes.txt", "hello"));

        assertThat(errors()).isEmpty();
        assertThat(bundle).isNotNull();
        assertThat(problems.warnings()).extracting(Problem::toString).containsExactly(
                "peer_groups.csv:1: colour: unknown column; ignored (expected id,name,area)",
                "notes.txt:0: (file): not a bundle file; ignored");
    }

    @Test
    void aYoungPersonCannotBeRelatedToThemself() {
        validate(TestBundles.valid().append("relationships.csv", "YP3,YP3,FRIEND,,POLICE,POSSIBLE"));

        assertThat(errors()).containsExactly(
                "relationships.csv:4: person_b: a young person cannot be in a relationship with themself");
    }

    @Test
    void aSchoolIdMustBeASchool() {
        validate(TestBundles.valid().replace("young_people.csv", "HA-2,S1", "HA-2,P1"));

        assertThat(errors()).containsExactly("young_people.csv:4: school_id: location \"P1\" is a park, not a school");
    }

    @Test
    void badNumbersAndBooleans() {
        validate(TestBundles.valid()
                .replace("locations.csv", "52.01,-0.99", "52,01,-0.99")
                .replace("young_people.csv", "true,false,MISSING", "maybe,false,MISSING")
                .replace("education_events.csv", "SUSPENSION,3", "SUSPENSION,-3"));

        assertThat(errors()).containsExactly(
                "young_people.csv:4: in_care: \"maybe\" is not true or false",
                "locations.csv:3: (row): the row has 6 fields but the header has 5",
                "education_events.csv:3: days: \"-3\" must be 0 or more");
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneGo() {
        validate(TestBundles.valid()
                .replace("young_people.csv", "2011-04-02", "2011-02-30")
                .replace("incidents.csv", "LIFE_THREATENING", "VERY_BAD")
                .append("incident_people.csv", "I3,YP1,VICTIM")
                .append("referrals.csv", "R1,YP2,2026-03-01,SCHOOL,,,,")
                .replace("meetings.csv", "2026-01-15", "15 Jan"));

        assertThat(errors()).containsExactly(
                "young_people.csv:2: date_of_birth: \"2011-02-30\" is not a date; write YYYY-MM-DD, for example 2026-03-01",
                "incidents.csv:3: severity: \"VERY_BAD\" is not one of LOW, MODERATE, SERIOUS, LIFE_THREATENING, FATAL",
                "incident_people.csv:5: incident_id: unknown incident \"I3\" (not in incidents.csv nor in the database)",
                "referrals.csv:5: id: duplicate referral id \"R1\" (first on line 2)",
                "referrals.csv:5: from_agency: \"SCHOOL\" is not one of POLICE, SOCIAL_CARE, EDUCATION, HEALTH, "
                        + "YOUTH_JUSTICE, VOLUNTARY, HOUSING, PROBATION, PARENT_CARER, YOUNG_PERSON",
                "meetings.csv:2: held_on: \"15 Jan\" is not a date; write YYYY-MM-DD, for example 2026-03-01");
    }

    /** A database that holds the given young people and locations and nothing else. */
    private record ExistingRecordsStub(Set<String> people, Map<String, LocationType> places,
            Map<String, SchoolUse> schools) implements ExistingRecords {

        ExistingRecordsStub(Set<String> people, Map<String, LocationType> places) {
            this(people, places, Map.of());
        }

        @Override
        public Map<String, SchoolUse> schoolUse(Collection<String> locationIds) {
            return schools.entrySet().stream().filter(e -> locationIds.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Set<String> people(Collection<String> ids) {
            return ids.stream().filter(people::contains).collect(Collectors.toSet());
        }

        @Override
        public Set<String> families(Collection<String> ids) {
            return Set.of();
        }

        @Override
        public Set<String> groups(Collection<String> ids) {
            return Set.of();
        }

        @Override
        public Map<String, LocationType> locations(Collection<String> ids) {
            return places.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Set<String> incidents(Collection<String> ids) {
            return Set.of();
        }
    }
}
