package org.contextmap.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contextmap.place.LocationType;

/**
 * The ids a bundle defines and the references its rows make to them. A row may refer to a record
 * that comes later in the bundle or that only the database holds, so a reference the bundle does
 * not resolve is kept until every file has been read and then looked up in the database, one
 * query per kind of record, instead of one per row.
 *
 * <p>A snapshot (the before image of an import) is not checked against the database: its
 * references are not collected at all.
 */
final class BundleReferences {

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
    private final boolean checkAgainstDatabase;

    private final Set<String> people = new HashSet<>();
    private final Set<String> families = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    private final Map<String, LocationType> locations = new HashMap<>();
    private final Set<String> incidents = new HashSet<>();
    private final Set<BundleFile> unreadable = EnumSet.noneOf(BundleFile.class);
    private final Map<Kind, List<Reference>> pending = new EnumMap<>(Kind.class);
    private final List<Reference> childlessFamilies = new ArrayList<>();

    BundleReferences(ExistingRecords existing, Problems problems, boolean checkAgainstDatabase) {
        this.existing = existing;
        this.problems = problems;
        this.checkAgainstDatabase = checkAgainstDatabase;
    }

    // ---- what the bundle defines ----------------------------------------------------------

    void person(String id) {
        people.add(id);
    }

    void family(String id) {
        families.add(id);
    }

    void group(String id) {
        groups.add(id);
    }

    /** {@code type} is {@code null} when the row could not be read: the location counts, whatever it is. */
    void location(String id, LocationType type) {
        locations.put(id, type);
    }

    void incident(String id) {
        incidents.add(id);
    }

    /**
     * Keeps the id of a row that could not be read, so that rows referring to it do not all fail
     * too; the row itself was reported already.
     */
    void unreadableRow(BundleFile file, String id) {
        switch (file) {
            case YOUNG_PEOPLE -> people.add(id);
            case PEER_GROUPS -> groups.add(id);
            case INCIDENTS -> incidents.add(id);
            case LOCATIONS -> locations.putIfAbsent(id, null);
            default -> {
            }
        }
    }

    /** A file whose header cannot be read: a reference to its records is not reported as unknown. */
    void unreadableFile(BundleFile file) {
        unreadable.add(file);
    }

    // ---- what the rows refer to -----------------------------------------------------------

    void toPerson(RowReader r, String column, String id) {
        refer(r, Kind.PERSON, column, id);
    }

    void toGroup(RowReader r, String column, String id) {
        refer(r, Kind.GROUP, column, id);
    }

    void toLocation(RowReader r, String column, String id) {
        refer(r, Kind.LOCATION, column, id);
    }

    void toIncident(RowReader r, String column, String id) {
        refer(r, Kind.INCIDENT, column, id);
    }

    /** A location that must be a school: an error at once when the bundle says it is something else. */
    void toSchool(RowReader r, String column, String id) {
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
        refer(r, Kind.SCHOOL, column, id);
    }

    /** Family history of a family no young person read so far belongs to: looked up once all are read. */
    void historyOf(RowReader r, String familyId) {
        if (familyId != null && !families.contains(familyId)) {
            childlessFamilies.add(new Reference(r.fileName(), r.line(), "family_id", familyId));
        }
    }

    private void refer(RowReader r, Kind kind, String column, String id) {
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

    // ---- once every file is read ----------------------------------------------------------

    /** Reports each reference that neither the bundle nor the database resolves. */
    void resolvePending() {
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
    void warnAboutFamiliesWithoutChildren() {
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
}
