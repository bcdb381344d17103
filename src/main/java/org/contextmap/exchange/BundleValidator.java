package org.contextmap.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.contextmap.group.PeerGroup;
import org.contextmap.incident.Incident;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;

/**
 * Checks a whole bundle before anything is written: headers, field counts, required fields,
 * dates, enumeration values, duplicate ids and keys, that every reference resolves to a record
 * in the bundle or already in the database, and that no school stops being one while children
 * attend it. Every problem is reported, not just the first; a bundle with any error yields no
 * {@link Bundle} at all.
 *
 * <p>A header must name every column of its file: a row states the whole record, and an empty
 * cell clears what was recorded, so a column left out must not silently erase what another
 * agency recorded.
 *
 * <p>This class decides the order: the files others refer to first, then the rest, then what
 * needs the whole bundle and the database. The checks themselves are in {@link BundleFileRows}
 * (a file's shape), {@link ReferencedRows} and {@link ReferringRows} (a row's values),
 * {@link DuplicateKeys}, {@link BundleReferences} and {@link SchoolUseCheck}.
 */
final class BundleValidator {

    private final ExistingRecords existing;
    private final Problems problems;
    private final LocalDate today;
    private final boolean checkAgainstDatabase;

    BundleValidator(ExistingRecords existing, Problems problems, LocalDate today) {
        this(existing, problems, today, true);
    }

    private BundleValidator(ExistingRecords existing, Problems problems, LocalDate today, boolean checkAgainstDatabase) {
        this.existing = existing;
        this.problems = problems;
        this.today = today;
        this.checkAgainstDatabase = checkAgainstDatabase;
    }

    /**
     * Reads back a snapshot of stored data (the before image of an import) without checking it
     * against the database: it described the database, whatever the database holds now.
     */
    static BundleValidator snapshot(Problems problems, LocalDate today) {
        return new BundleValidator(ExistingRecords.NONE, problems, today, false);
    }

    /** The bundle's content, or {@code null} when it has any error (all of them are in the problems). */
    Bundle validate(Map<BundleFile, CsvReader.Table> tables) {
        var references = new BundleReferences(existing, problems, checkAgainstDatabase);
        var files = new BundleFileRows(tables, problems, references, checkAgainstDatabase);
        var referenced = new ReferencedRows(references, today, checkAgainstDatabase);
        var referring = new ReferringRows(references);

        var locationIds = new DuplicateKeys("location id", true);
        List<Location> locationRows = files.read(BundleFile.LOCATIONS, r -> referenced.location(r, locationIds));
        var groupIds = new DuplicateKeys("peer group id", true);
        List<PeerGroup> groupRows = files.read(BundleFile.PEER_GROUPS, r -> referenced.peerGroup(r, groupIds));
        var personIds = new DuplicateKeys("young person id", true);
        List<YoungPerson> personRows = files.read(BundleFile.YOUNG_PEOPLE, r -> referenced.youngPerson(r, personIds));
        var incidentIds = new DuplicateKeys("incident id", true);
        List<Incident> incidentRows = files.read(BundleFile.INCIDENTS, r -> referenced.incident(r, incidentIds));

        var associations = new DuplicateKeys("association of this young person with this group", false);
        var relationships = new DuplicateKeys("relationship of this kind between these two young people", false);
        var groupRelations = new DuplicateKeys("relation between these two groups", false);
        var involvements = new DuplicateKeys("role of this young person in this incident", false);
        var educationEvents = new DuplicateKeys("education event", false);
        var referralIds = new DuplicateKeys("referral id", true);
        var meetingIds = new DuplicateKeys("meeting id", true);
        var histories = new DuplicateKeys("family history entry", false);
        var bundle = new Bundle(
                personRows,
                groupRows,
                files.read(BundleFile.GROUP_ASSOCIATIONS, r -> referring.association(r, associations)),
                files.read(BundleFile.RELATIONSHIPS, r -> referring.relationship(r, relationships)),
                files.read(BundleFile.GROUP_RELATIONS, r -> referring.groupRelation(r, groupRelations)),
                locationRows,
                incidentRows,
                files.read(BundleFile.INCIDENT_PEOPLE, r -> referring.involvement(r, involvements)),
                files.read(BundleFile.EDUCATION_EVENTS, r -> referring.educationEvent(r, educationEvents)),
                files.read(BundleFile.REFERRALS, r -> referring.referral(r, referralIds)),
                files.read(BundleFile.MEETINGS, r -> referring.meeting(r, meetingIds)),
                files.read(BundleFile.FAMILY_HISTORY, r -> referring.familyHistory(r, histories)));
        if (checkAgainstDatabase) {
            references.resolvePending();
            new SchoolUseCheck(existing, problems).check(tables.get(BundleFile.LOCATIONS), locationRows, personRows);
            references.warnAboutFamiliesWithoutChildren();
        }
        return problems.hasErrors() ? null : bundle;
    }
}
