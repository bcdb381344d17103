package org.contextmap.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Provenance;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupRelation;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.group.PeerGroup;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Involvement;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.FamilyHistory;
import org.contextmap.person.Relationship;
import org.contextmap.person.RelationshipKind;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;

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
 */
final class BundleValidator {

    private enum Kind {
        PERSON("young person", BundleFile.YOUNG_PEOPLE),
        GROUP("peer group", BundleFile.PEER_GROUPS),
        LOCATION("location", BundleFile.LOCATIONS),
        SCHOOL("school", BundleFile.LOCATIONS),
        INCIDENT("incident", BundleFile.INCIDENTS);

        final String noun;
        final BundleFile definedIn;

        Kind(String noun, BundleFile definedIn) {
            this.noun = noun;
            this.definedIn = definedIn;
        }
    }

    private record Reference(String file, int line, String column, String id) {
    }

    private final ExistingRecords existing;
    private final Problems problems;
    private final LocalDate today;
    private final boolean checkAgainstDatabase;
    private Map<BundleFile, CsvReader.Table> tables;
    private final Set<BundleFile> unreadable = EnumSet.noneOf(BundleFile.class);

    private final Set<String> people = new HashSet<>();
    private final Set<String> families = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Map<String, LocationType> locations = new HashMap<>();
    private final Set<String> incidents = new HashSet<>();
    private final Map<Kind, List<Reference>> pending = new EnumMap<>(Kind.class);
    private final List<Reference> childlessFamilies = new ArrayList<>();

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
        this.tables = tables;
        Keys locationIds = new Keys("location id", true);
        List<Location> locationRows = rows(BundleFile.LOCATIONS, r -> location(r, locationIds));
        Keys groupIds = new Keys("peer group id", true);
        List<PeerGroup> groupRows = rows(BundleFile.PEER_GROUPS, r -> peerGroup(r, groupIds));
        Keys personIds = new Keys("young person id", true);
        List<YoungPerson> personRows = rows(BundleFile.YOUNG_PEOPLE, r -> youngPerson(r, personIds));
        Keys incidentIds = new Keys("incident id", true);
        List<Incident> incidentRows = rows(BundleFile.INCIDENTS, r -> incident(r, incidentIds));

        Keys associations = new Keys("association of this young person with this group", false);
        Keys relationships = new Keys("relationship of this kind between these two young people", false);
        Keys groupRelations = new Keys("relation between these two groups", false);
        Keys involvements = new Keys("role of this young person in this incident", false);
        Keys educationEvents = new Keys("education event", false);
        Keys referralIds = new Keys("referral id", true);
        Keys meetingIds = new Keys("meeting id", true);
        Keys histories = new Keys("family history entry", false);
        var bundle = new Bundle(
                personRows,
                groupRows,
                rows(BundleFile.GROUP_ASSOCIATIONS, r -> association(r, associations)),
                rows(BundleFile.RELATIONSHIPS, r -> relationship(r, relationships)),
                rows(BundleFile.GROUP_RELATIONS, r -> groupRelation(r, groupRelations)),
                locationRows,
                incidentRows,
                rows(BundleFile.INCIDENT_PEOPLE, r -> involvement(r, involvements)),
                rows(BundleFile.EDUCATION_EVENTS, r -> educationEvent(r, educationEvents)),
                rows(BundleFile.REFERRALS, r -> referral(r, referralIds)),
                rows(BundleFile.MEETINGS, r -> meeting(r, meetingIds)),
                rows(BundleFile.FAMILY_HISTORY, r -> familyHistory(r, histories)));
        if (checkAgainstDatabase) {
            resolvePendingReferences();
            checkSchoolsStaySchools(locationRows, personRows);
            warnAboutFamiliesWithoutChildren(bundle.familyHistory());
        }
        return problems.hasErrors() ? null : bundle;
    }

    // ---- files ----------------------------------------------------------------------------

    private Location location(RowReader r, Keys ids) {
        String id = r.required("id");
        String name = r.required("name");
        LocationType type = r.enumeration("type", LocationType.class, true);
        Double latitude = r.decimal("latitude", -90, 90);
        Double longitude = r.decimal("longitude", -180, 180);
        if (r.ok() && (latitude == null) != (longitude == null)) {
            r.error(latitude == null ? "latitude" : "longitude", "latitude and longitude go together; give both or neither");
        }
        if (id != null && ids.unique(r, "id", id)) {
            locations.put(id, type);
        }
        return new Location(id, name, type, latitude, longitude);
    }

    private PeerGroup peerGroup(RowReader r, Keys ids) {
        String id = r.required("id");
        if (id != null && ids.unique(r, "id", id)) {
            groups.add(id);
        }
        return new PeerGroup(id, r.required("name"), r.text("area"));
    }

    private YoungPerson youngPerson(RowReader r, Keys ids) {
        String id = r.required("id");
        if (id != null && ids.unique(r, "id", id)) {
            people.add(id);
        }
        LocalDate dateOfBirth = r.date("date_of_birth", false);
        if (checkAgainstDatabase && dateOfBirth != null && dateOfBirth.isAfter(today)) {
            r.error("date_of_birth", dateOfBirth + " is in the future");
        }
        String schoolId = r.text("school_id");
        school(r, "school_id", schoolId);
        String familyId = r.text("family_id");
        if (familyId != null) {
            families.add(familyId);
        }
        return new YoungPerson(id, r.required("name"), dateOfBirth, r.text("gender"), r.text("ethnicity"),
                r.text("home_area"), schoolId, familyId, r.bool("in_care"), r.bool("send"), r.list("flags"),
                r.enumeration("social_care_status", SocialCareStatus.class, false), r.text("lead_professional"));
    }

    private Incident incident(RowReader r, Keys ids) {
        String id = r.required("id");
        if (id != null && ids.unique(r, "id", id)) {
            incidents.add(id);
        }
        String locationId = r.text("location_id");
        reference(r, Kind.LOCATION, "location_id", locationId);
        return new Incident(id, r.dateTime("occurred_at", true), r.enumeration("type", IncidentType.class, true),
                r.enumeration("severity", Severity.class, false), r.enumeration("weapon", Weapon.class, false),
                locationId, r.enumeration("source", Agency.class, false), r.text("summary"));
    }

    private GroupAssociation association(RowReader r, Keys keys) {
        String personId = r.required("person_id");
        String groupId = r.required("group_id");
        reference(r, Kind.PERSON, "person_id", personId);
        reference(r, Kind.GROUP, "group_id", groupId);
        keys.unique(r, "group_id", List.of(String.valueOf(personId), String.valueOf(groupId)));
        return new GroupAssociation(personId, groupId, provenance(r));
    }

    private Relationship relationship(RowReader r, Keys keys) {
        String a = r.required("person_a");
        String b = r.required("person_b");
        RelationshipKind kind = r.enumeration("kind", RelationshipKind.class, true);
        reference(r, Kind.PERSON, "person_a", a);
        reference(r, Kind.PERSON, "person_b", b);
        if (a != null && a.equals(b)) {
            r.error("person_b", "a young person cannot be in a relationship with themself");
        } else if (a != null && b != null && kind != null) {
            keys.unique(r, "person_b", List.of(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a, kind));
        }
        return new Relationship(a, b, kind, provenance(r)).normalised();
    }

    private GroupRelation groupRelation(RowReader r, Keys keys) {
        String a = r.required("group_a");
        String b = r.required("group_b");
        GroupRelationKind kind = r.enumeration("kind", GroupRelationKind.class, true);
        reference(r, Kind.GROUP, "group_a", a);
        reference(r, Kind.GROUP, "group_b", b);
        if (a != null && a.equals(b)) {
            r.error("group_b", "a group cannot be related to itself");
        } else if (a != null && b != null) {
            keys.unique(r, "group_b", List.of(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a));
        }
        return new GroupRelation(a, b, kind, r.date("since", false), r.enumeration("source", Agency.class, false))
                .normalised();
    }

    private Involvement involvement(RowReader r, Keys keys) {
        String incidentId = r.required("incident_id");
        String personId = r.required("person_id");
        Role role = r.enumeration("role", Role.class, true);
        reference(r, Kind.INCIDENT, "incident_id", incidentId);
        reference(r, Kind.PERSON, "person_id", personId);
        keys.unique(r, "role", java.util.Arrays.asList(incidentId, personId, role));
        return new Involvement(incidentId, personId, role);
    }

    private EducationEvent educationEvent(RowReader r, Keys keys) {
        String personId = r.required("person_id");
        String schoolId = r.text("school_id");
        reference(r, Kind.PERSON, "person_id", personId);
        school(r, "school_id", schoolId);
        var event = new EducationEvent(personId, schoolId, r.date("date", true),
                r.enumeration("kind", EducationEventKind.class, true), r.wholeNumber("days", 0));
        if (r.ok()) {
            keys.unique(r, "kind", event.key());
        }
        return event;
    }

    private Referral referral(RowReader r, Keys ids) {
        String id = r.required("id");
        if (id != null) {
            ids.unique(r, "id", id);
        }
        String personId = r.required("person_id");
        reference(r, Kind.PERSON, "person_id", personId);
        LocalDate received = r.date("received_on", true);
        LocalDate outcomeOn = r.date("outcome_on", false);
        LocalDate notifiedOn = r.date("referrer_notified_on", false);
        if (received != null && outcomeOn != null && outcomeOn.isBefore(received)) {
            r.error("outcome_on", outcomeOn + " is before the referral was received (" + received + ")");
        }
        if (received != null && notifiedOn != null && notifiedOn.isBefore(received)) {
            r.error("referrer_notified_on", notifiedOn + " is before the referral was received (" + received + ")");
        }
        return new Referral(id, personId, received, r.enumeration("from_agency", Agency.class, true), r.text("level"),
                r.enumeration("outcome", ReferralOutcome.class, false), outcomeOn, notifiedOn);
    }

    private Meeting meeting(RowReader r, Keys ids) {
        String id = r.required("id");
        if (id != null) {
            ids.unique(r, "id", id);
        }
        String personId = r.text("person_id");
        String groupId = r.text("group_id");
        String locationId = r.text("location_id");
        reference(r, Kind.PERSON, "person_id", personId);
        reference(r, Kind.GROUP, "group_id", groupId);
        reference(r, Kind.LOCATION, "location_id", locationId);
        return new Meeting(id, r.enumeration("kind", MeetingKind.class, true), r.date("held_on", true), personId,
                groupId, locationId, r.enumerations("agencies", Agency.class));
    }

    /** A family history row names its family itself, so history survives when children move to another family. */
    private FamilyHistory familyHistory(RowReader r, Keys keys) {
        String familyId = r.required("family_id");
        if (familyId != null && !families.contains(familyId)) {
            childlessFamilies.add(new Reference(r.fileName(), r.line(), "family_id", familyId));
        }
        var history = new FamilyHistory(familyId, r.required("kind"), r.date("noted_on", false),
                r.enumeration("source", Agency.class, false));
        if (r.ok()) {
            keys.unique(r, "kind", history.key());
        }
        return history;
    }

    private static Provenance provenance(RowReader r) {
        return new Provenance(r.enumeration("source", Agency.class, false),
                r.enumeration("confidence", Confidence.class, false), r.date("since", false), null);
    }

    // ---- rows and headers -----------------------------------------------------------------

    private <T> List<T> rows(BundleFile file, Function<RowReader, T> reader) {
        CsvReader.Table table = tables.get(file);
        if (table == null || table.header().isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = checkHeader(file, table.header());
        if (columns == null) {
            // the file cannot be read; its ids still count, so that other files' rows do not all fail too
            unreadable.add(file);
            int idColumn = table.header().indexOf("id");
            table.rows().forEach(csvRow -> rememberId(file, idColumn, csvRow));
            return List.of();
        }
        List<T> values = new ArrayList<>(table.rows().size());
        RowReader row = new RowReader(file.fileName(), columns, problems);
        for (CsvReader.Row csvRow : table.rows()) {
            if (csvRow.malformed()) {
                rememberId(file, columns.getOrDefault("id", -1), csvRow);
                continue;
            }
            if (csvRow.fields().length != table.header().size()) {
                problems.error(file.fileName(), csvRow.line(), Problem.ROW, "the row has " + csvRow.fields().length
                        + " fields but the header has " + table.header().size());
                rememberId(file, columns.getOrDefault("id", -1), csvRow);
                continue;
            }
            row.at(csvRow);
            T value = reader.apply(row);
            if (row.ok()) {
                values.add(value);
            }
        }
        return values;
    }

    /** Keeps the id of a row that could not be read, so that rows referring to it do not all fail too. */
    private void rememberId(BundleFile file, int index, CsvReader.Row row) {
        if (index < 0 || index >= row.fields().length) {
            return;
        }
        String id = row.fields()[index].trim();
        switch (file) {
            case YOUNG_PEOPLE -> people.add(id);
            case PEER_GROUPS -> groups.add(id);
            case INCIDENTS -> incidents.add(id);
            case LOCATIONS -> locations.putIfAbsent(id, null);
            default -> {
            }
        }
    }

    /** Column name to index, or {@code null} when the header is not usable (a column missing or repeated). */
    private Map<String, Integer> checkHeader(BundleFile file, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (columns.putIfAbsent(name, i) != null) {
                problems.error(file.fileName(), 1, name, "the column appears twice in the header");
                usable = false;
            } else if (!file.columns().contains(name)) {
                problems.warning(file.fileName(), 1, name.isEmpty() ? "(empty)" : name,
                        "unknown column; ignored (expected " + String.join(",", file.columns()) + ")");
            }
        }
        for (String name : file.columns()) {
            if (columns.containsKey(name)) {
                continue;
            }
            problems.error(file.fileName(), 1, name, "column is missing from the header; every column of the file "
                    + "must be there (leave the cell empty where it is not known)");
            usable = false;
        }
        return usable ? columns : null;
    }

    // ---- references -----------------------------------------------------------------------

    private void reference(RowReader r, Kind kind, String column, String id) {
        if (id == null || !checkAgainstDatabase) {
            return;
        }
        boolean inBundle = switch (kind) {
            case PERSON -> people.contains(id);
            case GROUP -> groups.contains(id);
            case LOCATION, SCHOOL -> locations.containsKey(id);
            case INCIDENT -> incidents.contains(id);
        };
        if (!inBundle) {
            pending.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Reference(r.fileName(), r.line(), column, id));
        }
    }

    private void school(RowReader r, String column, String id) {
        if (id == null || !checkAgainstDatabase) {
            return;
        }
        if (locations.containsKey(id)) {
            LocationType type = locations.get(id);
            if (type != null && type != LocationType.SCHOOL) {
                r.error(column, "location " + RowReader.quote(id) + " is a " + type.label().toLowerCase()
                        + ", not a school");
            }
            return;
        }
        reference(r, Kind.SCHOOL, column, id);
    }

    private void resolvePendingReferences() {
        pending.forEach((kind, references) -> {
            Set<String> ids = new HashSet<>();
            references.forEach(reference -> ids.add(reference.id()));
            Map<String, LocationType> types = Map.of();
            Set<String> found = switch (kind) {
                case PERSON -> existing.people(ids);
                case GROUP -> existing.groups(ids);
                case INCIDENT -> existing.incidents(ids);
                case LOCATION, SCHOOL -> {
                    types = existing.locations(ids);
                    yield types.keySet();
                }
            };
            for (Reference reference : references) {
                if (!found.contains(reference.id()) && !unreadable.contains(kind.definedIn)) {
                    problems.error(reference.file(), reference.line(), reference.column(), "unknown " + kind.noun + " "
                            + RowReader.quote(reference.id()) + " (not in " + kind.definedIn.fileName()
                            + " nor in the database)");
                } else if (kind == Kind.SCHOOL && types.get(reference.id()) != LocationType.SCHOOL) {
                    problems.error(reference.file(), reference.line(), reference.column(), "location "
                            + RowReader.quote(reference.id()) + " is not a school");
                }
            }
        });
    }

    /** Family history for a family no young person in the bundle or the database belongs to: kept, with a warning. */
    private void warnAboutFamiliesWithoutChildren(List<FamilyHistory> history) {
        Set<String> ids = new HashSet<>();
        childlessFamilies.forEach(reference -> ids.add(reference.id()));
        Set<String> known = existing.families(ids);
        for (Reference reference : childlessFamilies) {
            if (!known.contains(reference.id())) {
                problems.warning(reference.file(), reference.line(), reference.column(), "no young person of family "
                        + RowReader.quote(reference.id()) + " is in this bundle or the database; the history is kept "
                        + "on the family");
            }
        }
    }

    /**
     * A location the database holds as a school cannot become something else while young people
     * attend it (unless this bundle moves them) or while education events took place there.
     */
    private void checkSchoolsStaySchools(List<Location> bundleLocations, List<YoungPerson> bundlePeople) {
        Map<String, Integer> lines = new HashMap<>();
        CsvReader.Table table = tables.get(BundleFile.LOCATIONS);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < bundleLocations.size(); i++) {
            Location location = bundleLocations.get(i);
            if (location.type() != LocationType.SCHOOL) {
                changed.add(location.id());
            }
        }
        if (changed.isEmpty() || table == null) {
            return;
        }
        int idColumn = table.header().indexOf("id");
        table.rows().forEach(row -> {
            if (idColumn >= 0 && idColumn < row.fields().length) {
                lines.putIfAbsent(row.fields()[idColumn].trim(), row.line());
            }
        });
        Map<String, String> movedTo = new HashMap<>();
        bundlePeople.forEach(p -> movedTo.put(p.id(), p.schoolId()));
        existing.schoolUse(changed).forEach((locationId, use) -> {
            long stay = use.pupils().stream()
                    .filter(pupil -> !movedTo.containsKey(pupil) || locationId.equals(movedTo.get(pupil))).count();
            if (stay > 0 || use.educationEvents() > 0) {
                problems.error(BundleFile.LOCATIONS.fileName(), lines.getOrDefault(locationId, 0), "type",
                        "location " + RowReader.quote(locationId) + " is a school that " + stay
                                + (stay == 1 ? " young person attends" : " young people attend") + " and where "
                                + use.educationEvents() + (use.educationEvents() == 1 ? " education event" : " education events")
                                + " took place; it must stay a SCHOOL");
            }
        });
    }

    /** Remembers the first line of each id or key in one file, to report duplicates. */
    private final class Keys {
        private final String noun;
        private final boolean showKey;
        private final Map<Object, Integer> firstLines = new HashMap<>();

        Keys(String noun, boolean showKey) {
            this.noun = noun;
            this.showKey = showKey;
        }

        boolean unique(RowReader r, String column, Object key) {
            Integer first = firstLines.putIfAbsent(key, r.line());
            if (first != null) {
                r.error(column, "duplicate " + noun + (showKey ? " " + RowReader.quote(key.toString()) : "")
                        + " (first on line " + first + ")");
                return false;
            }
            return true;
        }
    }
}
