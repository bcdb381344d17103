package org.contextmap.rights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything ContextMap holds about one young person, as one export for a subject-access request
 * (UK GDPR art. 15): {@code GET /api/people/{id}/subject-access} and its printable page. Every other
 * young person appears only as "another young person (ref 3F2A)" (see {@link Redaction}); codes are
 * given in plain words.
 *
 * @param about        what the export is and what was left out, in sentences
 * @param details      the child's own details, corrected values shown with their correction
 * @param safetyPlans  none are kept yet; the section is there, empty, with a sentence saying so
 * @param readers      who has read or changed the record, newest first
 */
public record SubjectAccess(String personId, String name, OffsetDateTime producedAt, String producedBy,
        String purpose, List<String> about, List<Detail> details, List<Tie> relationships,
        List<GroupTie> associations, List<String> brothersAndSisters, List<FamilyNote> familyHistory,
        List<IncidentPart> incidents, List<EducationItem> educationEvents, List<ReferralItem> referrals,
        List<MeetingItem> meetings, Risk risk, List<AlertItem> alerts, Section safetyPlans,
        List<RectificationItem> rectifications, List<Reader> readers) {

    /** One of the child's details: what is recorded, where from, and any dispute or correction. */
    public record Detail(String field, String value, String source, List<String> notes) {
    }

    /** A tie to another young person, with who recorded it and how sure they are. */
    public record Tie(String otherPerson, String kind, String source, String confidence, LocalDate since,
            List<String> notes) {
    }

    /** An association with a peer group (never membership as fact), with its provenance. */
    public record GroupTie(String group, String area, String source, String confidence, LocalDate since,
            List<String> notes) {
    }

    public record FamilyNote(String kind, LocalDate notedOn, String source) {
    }

    /**
     * An incident the child is recorded in, with their part in it (a victim is shown as a victim)
     * and the others involved, each only by reference and part.
     */
    public record IncidentPart(String incidentId, String occurredAt, String what, String place, String role,
            String source, String summary, List<String> othersInvolved, List<String> notes) {
    }

    public record EducationItem(LocalDate date, String kind, Integer days, String school) {
    }

    public record ReferralItem(String id, LocalDate receivedOn, String from, String level, String outcome,
            LocalDate outcomeOn, LocalDate referrerNotifiedOn) {
    }

    public record MeetingItem(String id, String kind, LocalDate heldOn, List<String> agencies) {
    }

    /**
     * The retaliation-risk score on the day of the export, with its reasons; {@code null} fields
     * when the child is not on the network.
     */
    public record Risk(LocalDate asOf, String band, String outlook, Double probability, List<RiskLine> lines,
            List<RiskReason> reasons, String advice, String model, String note) {
    }

    public record RiskLine(String text, double share) {
    }

    /** One incident's part in the score, with the path from it to the child. */
    public record RiskReason(String incidentId, LocalDate date, String incident, String role, String source,
            String reason, List<String> path, double weight) {
    }

    /** A practice alert raised on the child's record, with the facts behind it and any decision. */
    public record AlertItem(String label, String priority, LocalDate raisedOn, String reason, List<String> facts,
            String learning, String suggestedAction, String decision) {
    }

    /** A section with nothing in it yet, and why. */
    public record Section(List<String> items, String note) {
    }

    public record RectificationItem(String fact, String which, String status, String raisedBy, String raisedOn,
            String reason, String previousValue, String correctedValue, String note) {
    }

    /** One read or change of the record: who, when, what, how. */
    public record Reader(OffsetDateTime at, String user, String action, String channel) {
    }
}
