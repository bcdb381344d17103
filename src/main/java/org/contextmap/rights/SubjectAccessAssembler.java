package org.contextmap.rights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.contextmap.base.Labelled;
import org.contextmap.base.Provenance;
import org.contextmap.base.Viewer;
import org.contextmap.casework.Meeting;
import org.contextmap.incident.Incident;
import org.contextmap.incident.PersonIncident;
import org.contextmap.person.PersonProfile;
import org.contextmap.person.ProfileField;
import org.contextmap.person.ProfileRectification;
import org.contextmap.person.ProfileService;
import org.contextmap.person.YoungPerson;
import org.contextmap.rights.SubjectAccess.Detail;
import org.springframework.stereotype.Component;

/**
 * Gathers a subject-access export from the other features' public services, before redaction:
 * the record as the profile shows it (corrections applied), and from {@link RiskAndAlerts} the
 * risk, the alerts and who read the record. Other young people are put in by id only, so that
 * {@link Redaction} finds every one of them; the ids mentioned are handed on with the export.
 */
@Component
class SubjectAccessAssembler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final String PARTNER_RECORD = "The partnership's shared record of the young person";
    private static final Map<String, String> FLAGS = Map.of(
            "CCE", "Child criminal exploitation",
            "CSE", "Child sexual exploitation",
            "MISSING", "Missing episodes",
            "KNIFE", "Knife carrying concern",
            "SELF_HARM", "Self-harm");

    /** The export before redaction, and the other young people it mentions by id. */
    record Assembled(SubjectAccess export, Set<String> mentioned) {
    }

    private final ProfileService profiles;
    private final RiskAndAlerts riskAndAlerts;

    SubjectAccessAssembler(ProfileService profiles, RiskAndAlerts riskAndAlerts) {
        this.profiles = profiles;
        this.riskAndAlerts = riskAndAlerts;
    }

    Optional<Assembled> assemble(String personId, Viewer viewer) {
        return profiles.record(personId).map(profile -> assemble(profile, viewer));
    }

    private Assembled assemble(PersonProfile profile, Viewer viewer) {
        YoungPerson person = profile.person();
        Set<String> mentioned = new HashSet<>();
        List<ProfileRectification> rectified = profile.rectifications();
        var relationships = profile.relationships().stream().map(tie -> {
            mentioned.add(tie.personId());
            Provenance p = tie.provenance();
            return new SubjectAccess.Tie(tie.personId(), tie.kind().label(), Labelled.of(p.source(), "Not recorded"),
                    Labelled.of(p.confidence(), "Not graded"), p.since(), notes(rectified, "RELATIONSHIP",
                            tie.personId() + "|" + tie.kind().name()));
        }).toList();
        var associations = profile.associations().stream().map(a -> new SubjectAccess.GroupTie(a.groupName(), a.area(),
                Labelled.of(a.provenance().source(), "Not recorded"), Labelled.of(a.provenance().confidence(),
                "Not graded"), a.provenance().since(), notes(rectified, "ASSOCIATION", a.groupId()))).toList();
        List<String> siblings = new ArrayList<>();
        List<SubjectAccess.FamilyNote> history = new ArrayList<>();
        if (profile.family() != null) {
            profile.family().members().stream().filter(m -> !m.personId().equals(person.id())).forEach(m -> {
                mentioned.add(m.personId());
                siblings.add(m.personId());
            });
            profile.family().history().forEach(h -> history.add(new SubjectAccess.FamilyNote(h.kind(), h.notedOn(),
                    Labelled.of(h.source(), "Not recorded"))));
        }
        var incidents = profile.incidents().stream().map(i -> incident(i, rectified, mentioned)).toList();
        var education = profile.educationEvents().stream().map(e -> new SubjectAccess.EducationItem(e.event().date(),
                Labelled.of(e.event().kind(), "Education event"), e.event().days(), e.schoolName())).toList();
        var referrals = profile.referrals().stream().map(r -> new SubjectAccess.ReferralItem(r.id(), r.receivedOn(),
                Labelled.of(r.fromAgency(), "Not recorded"), r.level(), Labelled.of(r.outcome(), "Pending"),
                r.outcomeOn(), r.referrerNotifiedOn())).toList();
        var meetings = profile.meetings().stream().map(m -> new SubjectAccess.MeetingItem(m.id(),
                Labelled.of(m.kind(), "Meeting"), m.heldOn(), agencies(m))).toList();
        var rectifications = rectified.stream().map(r -> new SubjectAccess.RectificationItem(
                FactKind.valueOf(r.fact()).label(), which(r), RectificationStatus.valueOf(r.status()).label(),
                r.raisedBy(), r.raisedAt() == null ? null : WHEN.format(r.raisedAt()), r.reason(), r.previousValue(),
                r.correctedValue(), r.note())).toList();
        SubjectAccess export = new SubjectAccess(person.id(), person.name(), OffsetDateTime.now(), viewer.user(),
                viewer.purpose(), about(person), details(profile, rectified), relationships, associations, siblings,
                history, incidents, education, referrals, meetings, riskAndAlerts.risk(person, mentioned),
                riskAndAlerts.alerts(person.id(), mentioned),
                new SubjectAccess.Section(List.of(), "No safety plans are kept in ContextMap yet. When they are, "
                        + "every plan for this young person will be listed here."),
                rectifications, riskAndAlerts.readers(person.id()));
        return new Assembled(export, mentioned);
    }

    private static List<String> about(YoungPerson person) {
        return List.of(
                "This is everything ContextMap holds about " + (person.name() == null ? person.id() : person.name())
                        + " on " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                        + ", for a subject-access request (UK GDPR article 15).",
                "Other young people are not named. Each appears as \"another young person\" with a short reference, "
                        + "the same reference for the same person throughout this export.",
                "Every fact says who recorded it and how sure they were. An association with a peer group is not "
                        + "membership, and risk scores and alerts are advice to practitioners, not findings.",
                "Anything the young person, a parent or carer, or an agency has disputed or had corrected is shown "
                        + "beside the fact; the value first recorded is kept and shown too.");
    }

    private List<Detail> details(PersonProfile profile, List<ProfileRectification> rectified) {
        YoungPerson p = profile.person();
        List<Detail> details = new ArrayList<>();
        for (ProfileField field : ProfileField.values()) {
            String value = switch (field) {
                case DATE_OF_BIRTH -> p.dateOfBirth() == null ? null : p.dateOfBirth().format(
                        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + (profile.age() == null ? ""
                        : " (aged " + profile.age() + ")");
                case HOME_AREA -> profile.homeArea() != null ? profile.homeArea().name() : p.homeArea();
                case SCHOOL -> profile.school() != null ? profile.school().name() : p.schoolId();
                case IN_CARE, SEND -> field.valueOf(p) == null ? null : Boolean.parseBoolean(field.valueOf(p))
                        ? "Yes" : "No";
                case FLAGS -> p.flags().isEmpty() ? "None" : String.join("; ", p.flags().stream()
                        .map(f -> FLAGS.getOrDefault(f, f)).toList());
                case SOCIAL_CARE_STATUS -> Labelled.of(p.socialCareStatus(), null);
                default -> field.valueOf(p);
            };
            details.add(new Detail(field.label(), value == null ? "Not recorded" : value, PARTNER_RECORD,
                    notes(rectified, "PROFILE", field.name())));
        }
        return details;
    }

    private static SubjectAccess.IncidentPart incident(PersonIncident i, List<ProfileRectification> rectified,
            Set<String> mentioned) {
        Incident incident = i.incident();
        List<String> others = i.others().stream().map(o -> {
            mentioned.add(o.personId());
            return Labelled.of(o.role(), "Involved") + ": " + o.personId();
        }).toList();
        String what = Labelled.of(incident.type(), "Incident");
        List<String> details = new ArrayList<>();
        if (incident.severity() != null) {
            details.add(incident.severity().label().toLowerCase(Locale.UK));
        }
        if (incident.weapon() != null && !"NONE".equals(incident.weapon().name())) {
            details.add(incident.weapon().label().toLowerCase(Locale.UK));
        }
        return new SubjectAccess.IncidentPart(incident.id(), incident.occurredAt() == null ? "Not recorded"
                : WHEN.format(incident.occurredAt()), details.isEmpty() ? what : what + " (" + String.join(", ",
                details) + ")", i.locationName(), Labelled.of(i.role(), "Involved"),
                Labelled.of(incident.source(), "Not recorded"), incident.summary(), others,
                notes(rectified, "INVOLVEMENT", incident.id()));
    }

    private static List<String> agencies(Meeting m) {
        return m.agencies().stream().map(a -> a.label()).toList();
    }

    /** The notes of the rectifications of one fact, oldest first. */
    private static List<String> notes(List<ProfileRectification> rectified, String fact, String reference) {
        return rectified.stream().filter(r -> r.fact().equals(fact) && r.reference().equals(reference))
                .map(ProfileRectification::note).toList();
    }

    private static String which(ProfileRectification r) {
        return switch (r.fact()) {
            case "PROFILE" -> r.field() == null ? r.reference() : r.field().label();
            case "RELATIONSHIP" -> "Relationship with " + r.reference().substring(0, r.reference().lastIndexOf('|'));
            case "ASSOCIATION" -> "Association with group " + r.reference();
            default -> "Part in incident " + r.reference();
        };
    }
}
