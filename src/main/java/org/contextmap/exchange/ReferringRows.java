package org.contextmap.exchange;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Provenance;
import org.contextmap.casework.EducationEvent;
import org.contextmap.casework.EducationEventKind;
import org.contextmap.casework.Meeting;
import org.contextmap.casework.MeetingKind;
import org.contextmap.casework.Referral;
import org.contextmap.casework.ReferralOutcome;
import org.contextmap.casework.ReferredTo;
import org.contextmap.group.GroupAssociation;
import org.contextmap.group.GroupRelation;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.incident.Involvement;
import org.contextmap.incident.Role;
import org.contextmap.person.FamilyHistory;
import org.contextmap.person.Relationship;
import org.contextmap.person.RelationshipKind;

/**
 * Reads a row of each file whose records hang off others: the links between young people, groups
 * and incidents, and the casework recorded about young people and families. Every record they
 * name goes to the {@link BundleReferences}, which resolves it in the bundle or, later, in the
 * database; a link is a duplicate when it joins the same records the same way twice.
 */
record ReferringRows(BundleReferences references) {

    GroupAssociation association(RowReader r, DuplicateKeys keys) {
        String personId = r.required("person_id");
        String groupId = r.required("group_id");
        references.toPerson(r, "person_id", personId);
        references.toGroup(r, "group_id", groupId);
        keys.unique(r, "group_id", List.of(String.valueOf(personId), String.valueOf(groupId)));
        return new GroupAssociation(personId, groupId, provenance(r), r.optionalFlag("restricted"),
                r.date("confirmed_on", false), r.has("confirmed_on"));
    }

    Relationship relationship(RowReader r, DuplicateKeys keys) {
        var ends = Ends.read(r, "person_a", "person_b", references::toPerson);
        RelationshipKind kind = r.enumeration("kind", RelationshipKind.class, true);
        List<String> pair = ends.pair(r, "a young person cannot be in a relationship with themself");
        if (pair != null && kind != null) {
            keys.unique(r, "person_b", List.of(pair, kind));
        }
        return new Relationship(ends.a(), ends.b(), kind, provenance(r), r.optionalFlag("restricted")).normalised();
    }

    GroupRelation groupRelation(RowReader r, DuplicateKeys keys) {
        var ends = Ends.read(r, "group_a", "group_b", references::toGroup);
        GroupRelationKind kind = r.enumeration("kind", GroupRelationKind.class, true);
        List<String> pair = ends.pair(r, "a group cannot be related to itself");
        if (pair != null) {
            keys.unique(r, "group_b", pair);
        }
        return new GroupRelation(ends.a(), ends.b(), kind, r.date("since", false),
                r.enumeration("source", Agency.class, false)).normalised();
    }

    Involvement involvement(RowReader r, DuplicateKeys keys) {
        String incidentId = r.required("incident_id");
        String personId = r.required("person_id");
        Role role = r.enumeration("role", Role.class, true);
        references.toIncident(r, "incident_id", incidentId);
        references.toPerson(r, "person_id", personId);
        keys.unique(r, "role", Arrays.asList(incidentId, personId, role));
        return new Involvement(incidentId, personId, role);
    }

    EducationEvent educationEvent(RowReader r, DuplicateKeys keys) {
        String personId = r.required("person_id");
        String schoolId = r.text("school_id");
        references.toPerson(r, "person_id", personId);
        references.toSchool(r, "school_id", schoolId);
        var event = new EducationEvent(personId, schoolId, r.date("date", true),
                r.enumeration("kind", EducationEventKind.class, true), r.wholeNumber("days", 0));
        if (r.ok()) {
            keys.unique(r, "kind", event.key());
        }
        return event;
    }

    Referral referral(RowReader r, DuplicateKeys ids) {
        String id = r.required("id");
        if (id != null) {
            ids.unique(r, "id", id);
        }
        String personId = r.required("person_id");
        references.toPerson(r, "person_id", personId);
        LocalDate received = r.date("received_on", true);
        LocalDate outcomeOn = r.date("outcome_on", false);
        LocalDate notifiedOn = r.date("referrer_notified_on", false);
        if (received != null && outcomeOn != null && outcomeOn.isBefore(received)) {
            r.error("outcome_on", outcomeOn + " is before the referral was received (" + received + ")");
        }
        if (received != null && notifiedOn != null && notifiedOn.isBefore(received)) {
            r.error("referrer_notified_on", notifiedOn + " is before the referral was received (" + received + ")");
        }
        ReferredTo service = r.enumeration("service", ReferredTo.class, false);
        LocalDate contact = r.date("first_contact_on", false);
        LocalDate ended = r.date("ended_on", false);
        if (received != null && contact != null && contact.isBefore(received)) {
            r.error("first_contact_on", contact + " is before the referral was received (" + received + ")");
        }
        if (ended != null && (contact != null ? ended.isBefore(contact) : received != null && ended.isBefore(received))) {
            r.error("ended_on", ended + " is before the work began (" + (contact != null ? contact : received) + ")");
        }
        // a referral to a specialist service may leave from_agency blank: an alert asks who made it
        Agency from = r.enumeration("from_agency", Agency.class, service == null || !service.specialist());
        return new Referral(id, personId, received, from, r.text("level"),
                r.enumeration("outcome", ReferralOutcome.class, false), outcomeOn, notifiedOn, service, contact, ended,
                r.has("service") || r.has("first_contact_on") || r.has("ended_on"));
    }

    Meeting meeting(RowReader r, DuplicateKeys ids) {
        String id = r.required("id");
        if (id != null) {
            ids.unique(r, "id", id);
        }
        String personId = r.text("person_id");
        String groupId = r.text("group_id");
        String locationId = r.text("location_id");
        references.toPerson(r, "person_id", personId);
        references.toGroup(r, "group_id", groupId);
        references.toLocation(r, "location_id", locationId);
        return new Meeting(id, r.enumeration("kind", MeetingKind.class, true), r.date("held_on", true), personId,
                groupId, locationId, r.enumerations("agencies", Agency.class));
    }

    /** A family history row names its family itself, so history survives when children move to another family. */
    FamilyHistory familyHistory(RowReader r, DuplicateKeys keys) {
        String familyId = r.required("family_id");
        references.historyOf(r, familyId);
        var history = new FamilyHistory(familyId, r.required("kind"), r.date("noted_on", false),
                r.enumeration("source", Agency.class, false), r.optionalFlag("restricted"));
        if (r.ok()) {
            keys.unique(r, "kind", history.key());
        }
        return history;
    }

    /** How a row refers to the record at one end of a link. */
    @FunctionalInterface
    private interface EndReference {
        void to(RowReader r, String column, String id);
    }

    /**
     * The two ends of a link that has no direction (a relationship between young people, a
     * relation between groups), as a row states them. Both relationships and group relations
     * are stored smaller id first, so a row stating one the other way round is the same link.
     */
    private record Ends(String a, String b, String columnB) {

        /** Reads both ends, each required, and refers to the records they name. */
        static Ends read(RowReader r, String columnA, String columnB, EndReference reference) {
            var ends = new Ends(r.required(columnA), r.required(columnB), columnB);
            reference.to(r, columnA, ends.a);
            reference.to(r, columnB, ends.b);
            return ends;
        }

        /**
         * The ends, smaller id first; {@code null} when an end is missing or both are the same
         * record, which is an error.
         */
        List<String> pair(RowReader r, String linkToItself) {
            if (a != null && a.equals(b)) {
                r.error(columnB, linkToItself);
                return null;
            }
            if (a == null || b == null) {
                return null;
            }
            return a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
        }
    }

    private static Provenance provenance(RowReader r) {
        return new Provenance(r.enumeration("source", Agency.class, false),
                r.enumeration("confidence", Confidence.class, false), r.date("since", false), null);
    }
}
