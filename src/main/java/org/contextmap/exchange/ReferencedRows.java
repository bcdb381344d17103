package org.contextmap.exchange;

import java.time.LocalDate;
import org.contextmap.base.Agency;
import org.contextmap.group.PeerGroup;
import org.contextmap.incident.Incident;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.Location;
import org.contextmap.place.LocationType;

/**
 * Reads a row of each file whose records other files refer to: locations, peer groups, young
 * people and incidents. Besides building the record, each registers its id with the
 * {@link BundleReferences}, so that later rows (in this file or another) resolve against it; these
 * files are therefore read before the files that refer to them.
 *
 * @param today                the day no date of birth may come after
 * @param checkAgainstDatabase false for a snapshot, which is checked neither against the database nor against today
 */
record ReferencedRows(BundleReferences references, LocalDate today, boolean checkAgainstDatabase) {

    Location location(RowReader r, DuplicateKeys ids) {
        String id = r.required("id");
        String name = r.required("name");
        LocationType type = r.enumeration("type", LocationType.class, true);
        Double latitude = r.decimal("latitude", -90, 90);
        Double longitude = r.decimal("longitude", -180, 180);
        if (r.ok() && (latitude == null) != (longitude == null)) {
            r.error(latitude == null ? "latitude" : "longitude", "latitude and longitude go together; give both or neither");
        }
        if (id != null && ids.unique(r, "id", id)) {
            references.location(id, type);
        }
        return new Location(id, name, type, latitude, longitude);
    }

    PeerGroup peerGroup(RowReader r, DuplicateKeys ids) {
        String id = r.required("id");
        if (id != null && ids.unique(r, "id", id)) {
            references.group(id);
        }
        return new PeerGroup(id, r.required("name"), r.text("area"));
    }

    YoungPerson youngPerson(RowReader r, DuplicateKeys ids) {
        String id = r.required("id");
        if (id != null && ids.unique(r, "id", id)) {
            references.person(id);
        }
        LocalDate dateOfBirth = r.date("date_of_birth", false);
        if (checkAgainstDatabase && dateOfBirth != null && dateOfBirth.isAfter(today)) {
            r.error("date_of_birth", dateOfBirth + " is in the future");
        }
        String schoolId = r.text("school_id");
        references.toSchool(r, "school_id", schoolId);
        String familyId = r.text("family_id");
        if (familyId != null) {
            references.family(familyId);
        }
        return new YoungPerson(id, r.required("name"), dateOfBirth, r.text("gender"), r.text("ethnicity"),
                r.text("home_area"), schoolId, familyId, r.bool("in_care"), r.bool("send"), r.list("flags"),
                r.enumeration("social_care_status", SocialCareStatus.class, false), r.text("lead_professional"));
    }

    Incident incident(RowReader r, DuplicateKeys ids) {
        String id = r.required("id");
        if (id != null && ids.unique(r, "id", id)) {
            references.incident(id);
        }
        String locationId = r.text("location_id");
        references.toLocation(r, "location_id", locationId);
        return new Incident(id, r.dateTime("occurred_at", true), r.enumeration("type", IncidentType.class, true),
                r.enumeration("severity", Severity.class, false), r.enumeration("weapon", Weapon.class, false),
                locationId, r.enumeration("source", Agency.class, false), r.text("summary"), r.optionalFlag("restricted"));
    }
}
