package org.contextmap.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of a CSV bundle and their columns, exactly as docs/bundle-format.md lists them. This is a
 * contract with partner systems: extend it, never rename what is here.
 */
public enum BundleFile {
    YOUNG_PEOPLE("young_people.csv", "id", "name", "date_of_birth", "gender", "ethnicity", "home_area", "school_id",
            "family_id", "in_care", "send", "flags", "social_care_status", "lead_professional"),
    PEER_GROUPS("peer_groups.csv", "id", "name", "area"),
    GROUP_ASSOCIATIONS("group_associations.csv", "person_id", "group_id", "since", "source", "confidence",
            "restricted?", "confirmed_on?"),
    RELATIONSHIPS("relationships.csv", "person_a", "person_b", "kind", "since", "source", "confidence", "restricted?"),
    GROUP_RELATIONS("group_relations.csv", "group_a", "group_b", "kind", "since", "source"),
    LOCATIONS("locations.csv", "id", "name", "type", "latitude", "longitude"),
    INCIDENTS("incidents.csv", "id", "occurred_at", "type", "severity", "weapon", "location_id", "source", "summary",
            "restricted?"),
    INCIDENT_PEOPLE("incident_people.csv", "incident_id", "person_id", "role"),
    EDUCATION_EVENTS("education_events.csv", "person_id", "school_id", "date", "kind", "days"),
    REFERRALS("referrals.csv", "id", "person_id", "received_on", "from_agency", "level", "outcome", "outcome_on",
            "referrer_notified_on", "service?", "first_contact_on?", "ended_on?"),
    MEETINGS("meetings.csv", "id", "kind", "held_on", "person_id", "group_id", "location_id", "agencies"),
    FAMILY_HISTORY("family_history.csv", "family_id", "kind", "noted_on", "source", "restricted?");

    private final String fileName;
    private final List<String> columns;
    private final List<String> optionalColumns;

    /** Columns marked {@code ?} were added later and may be left out of a header (older bundles lack them). */
    BundleFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = Arrays.stream(columns).map(c -> c.replace("?", "")).toList();
        this.optionalColumns = Arrays.stream(columns).filter(c -> c.endsWith("?")).map(c -> c.replace("?", "")).toList();
    }

    public String fileName() {
        return fileName;
    }

    /** Every column, as an export writes them. */
    public List<String> columns() {
        return columns;
    }

    /**
     * The columns a header may leave out: {@code restricted}, {@code confirmed_on} and the
     * referral's {@code service}, {@code first_contact_on} and {@code ended_on}, added after
     * partners had built their exports. A file without one keeps what is stored for it.
     */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Only {@code young_people.csv} must be present; every other file is optional. */
    public boolean required() {
        return this == YOUNG_PEOPLE;
    }

    public static Optional<BundleFile> byFileName(String name) {
        for (BundleFile file : values()) {
            if (file.fileName.equals(name)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
