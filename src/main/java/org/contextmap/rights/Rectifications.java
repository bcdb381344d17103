package org.contextmap.rights;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.contextmap.base.Agency;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.contextmap.group.Association;
import org.contextmap.group.GroupService;
import org.contextmap.incident.IncidentService;
import org.contextmap.incident.PersonIncident;
import org.contextmap.person.Acquaintance;
import org.contextmap.person.PersonService;
import org.contextmap.person.RecordAccess;
import org.contextmap.person.ProfileField;
import org.contextmap.person.ProfileService;
import org.contextmap.person.YoungPerson;
import org.contextmap.place.PlaceService;
import org.springframework.stereotype.Service;

/**
 * Disputes, corrections and withdrawals of the facts on a young person's record (UK GDPR art. 16).
 * A fact is never silently overwritten or deleted: each rectification is kept on its own, with who
 * raised it, when, why, the value the record held and the corrected one. What a parent or the
 * young person says is recorded with the same standing as what an agency says ({@code raisedBy}
 * PARENT_CARER, YOUNG_PERSON). Any agency's practitioner may enter one; analysts and auditors may
 * not. Only whoever recorded a tie, an association or a part in an incident may withdraw it
 * (anyone else disputes it), and a practitioner withdraws only for their own agency, so that no
 * agency can take back another's intelligence in its name.
 */
@Service
public class Rectifications {

    private static final Role[] MAY_RECTIFY = {Role.POLICE, Role.SOCIAL_CARE, Role.EDUCATION, Role.HEALTH,
            Role.YOUTH_JUSTICE, Role.VOLUNTARY, Role.HOUSING, Role.ADMIN};

    private final RectificationStore store;
    private final PersonService people;
    private final GroupService groups;
    private final IncidentService incidents;
    private final PlaceService places;
    private final RightsAudit audit;
    private final RecordAccess access;

    Rectifications(RectificationStore store, PersonService people, GroupService groups, IncidentService incidents,
            PlaceService places, RightsAudit audit, RecordAccess access) {
        this.store = store;
        this.people = people;
        this.groups = groups;
        this.incidents = incidents;
        this.places = places;
        this.audit = audit;
        this.access = access;
    }

    /** Whether the signed-in person may raise one (analysts and auditors may not). */
    public boolean mayRaise() {
        return Viewer.current().hasAny(MAY_RECTIFY);
    }

    /**
     * The young person's rectifications, oldest first, for anyone who may open the record (they are
     * on it already, through {@code GET /api/people/{id}}); the record page lists them.
     */
    public List<Rectification> onRecord(String personId) {
        person(personId);
        access.requireOpen(personId);
        return store.of(personId);
    }

    /** The young person's rectifications, oldest first. */
    public List<Rectification> of(String personId) {
        allowed(Viewer.current());
        person(personId);
        access.requireOpen(personId);
        return store.of(personId);
    }

    /** Records a dispute or a correction of one fact of the young person's record; the entry is audited. */
    public Rectification raise(String personId, RectificationRequest request) {
        Viewer viewer = allowed(Viewer.current());
        YoungPerson recorded = person(personId);
        access.requireOpen(personId);
        if (request == null || request.fact() == null) {
            throw new BadRequestException("fact is required: {kind, …} naming the fact disputed or corrected.");
        }
        RectificationStatus status = parse(RectificationStatus.class, "status", request.status());
        FactKind kind = parse(FactKind.class, "fact.kind", request.fact().kind());
        Agency raisedBy = parse(Agency.class, "raisedBy", request.raisedBy());
        if (request.reason() == null || request.reason().isBlank()) {
            throw new BadRequestException("reason is required: say in a sentence what is wrong.");
        }
        List<Rectification> earlier = store.of(personId);
        Target target = switch (kind) {
            case PROFILE -> profileField(recorded, earlier, request, status);
            case RELATIONSHIP -> relationship(personId, request.fact());
            case ASSOCIATION -> association(personId, request.fact());
            case INVOLVEMENT -> involvement(personId, request.fact());
        };
        if (status == RectificationStatus.WITHDRAWN) {
            mayWithdraw(viewer, kind, target, raisedBy);
        }
        String corrected = target.field() != null ? target.corrected()
                : status == RectificationStatus.CORRECTED && request.correctedValue() != null
                        && !request.correctedValue().isBlank() ? request.correctedValue().strip() : null;
        Rectification rectification = new Rectification(UUID.randomUUID().toString(), personId, kind,
                target.reference(), target.field(), status, request.reason().strip(), target.previous(), corrected,
                raisedBy, OffsetDateTime.now(), viewer.user());
        store.save(rectification);
        audit.rectified(personId, viewer);
        return rectification;
    }

    /** Which fact, what it held, (for a corrected profile field) the checked new value, and who recorded it. */
    private record Target(String reference, ProfileField field, String previous, String corrected, Agency source) {

        Target(String reference, ProfileField field, String previous, String corrected) {
            this(reference, field, previous, corrected, null);
        }
    }

    private static void mayWithdraw(Viewer viewer, FactKind kind, Target target, Agency raisedBy) {
        if (kind == FactKind.PROFILE) {
            throw new BadRequestException("The young person's own details are corrected, not withdrawn: use "
                    + "status CORRECTED with the right value.");
        }
        if (target.source() != null && target.source() != raisedBy) {
            throw new BadRequestException("Only " + target.source().label() + ", who recorded it, can withdraw this "
                    + "fact; anyone else can dispute it.");
        }
        boolean person = raisedBy == Agency.PARENT_CARER || raisedBy == Agency.YOUNG_PERSON;
        if (!person && viewer.roles().stream().noneMatch(role -> role.agency() == raisedBy)) {
            throw new ForbiddenException("You can withdraw a fact for your own agency only; " + raisedBy.label()
                    + " withdraws its own.");
        }
    }

    private Target profileField(YoungPerson recorded, List<Rectification> earlier, RectificationRequest request,
            RectificationStatus status) {
        ProfileField field = ProfileField.parse(request.fact().field());
        YoungPerson shown = ProfileService.corrected(recorded, earlier.stream().map(Rectification::onRecord).toList());
        String corrected = null;
        if (status == RectificationStatus.CORRECTED) {
            if (request.correctedValue() == null) {
                throw new BadRequestException("correctedValue is required to correct " + field.label()
                        .toLowerCase(Locale.UK) + " (an empty value means not recorded).");
            }
            corrected = field.normalise(request.correctedValue());
            if ((field == ProfileField.HOME_AREA || field == ProfileField.SCHOOL) && !corrected.isEmpty()
                    && places.find(corrected).isEmpty()) {
                throw new BadRequestException("There is no place with id " + corrected + ".");
            }
        }
        return new Target(field.name(), field, field.valueOf(shown), corrected);
    }

    private Target relationship(String personId, RectificationRequest.Fact fact) {
        if (fact.otherPersonId() == null || fact.otherPersonId().isBlank()) {
            throw new BadRequestException("fact.otherPersonId is required for a RELATIONSHIP fact.");
        }
        List<Acquaintance> ties = people.relationshipsOf(personId).stream()
                .filter(a -> a.personId().equals(fact.otherPersonId().strip()))
                .filter(a -> fact.relationshipKind() == null || fact.relationshipKind().isBlank()
                        || a.kind().name().equalsIgnoreCase(fact.relationshipKind().strip()))
                .toList();
        if (ties.isEmpty()) {
            throw new NotFoundException("No such relationship is recorded on this young person's record.");
        }
        if (ties.size() > 1) {
            throw new BadRequestException("More than one relationship with that young person is recorded: say which "
                    + "with fact.relationshipKind (" + String.join(", ", ties.stream().map(a -> a.kind().name())
                    .toList()) + ").");
        }
        Acquaintance tie = ties.getFirst();
        return new Target(tie.personId() + "|" + tie.kind().name(), null, tie.kind().label() + " ("
                + tie.provenance().describe() + ")", null, tie.provenance().source());
    }

    private Target association(String personId, RectificationRequest.Fact fact) {
        Association found = groups.associationsOf(personId).stream()
                .filter(a -> a.groupId().equals(fact.groupId() == null ? null : fact.groupId().strip()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No association with that peer group is recorded on this "
                        + "young person's record (give fact.groupId)."));
        return new Target(found.groupId(), null, "Associated with " + found.groupName() + " ("
                + found.provenance().describe() + ")", null, found.provenance().source());
    }

    private Target involvement(String personId, RectificationRequest.Fact fact) {
        PersonIncident found = incidents.incidentsOf(personId).stream()
                .filter(i -> i.incident().id().equals(fact.incidentId() == null ? null : fact.incidentId().strip()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This young person is not recorded in that incident (give "
                        + "fact.incidentId)."));
        return new Target(found.incident().id(), null, found.role().label(), null, found.incident().source());
    }

    private YoungPerson person(String personId) {
        return people.find(personId)
                .orElseThrow(() -> new NotFoundException("There is no young person with id " + personId + "."));
    }

    private static Viewer allowed(Viewer viewer) {
        if (!viewer.hasAny(MAY_RECTIFY)) {
            throw new ForbiddenException("Disputes and corrections are entered by a practitioner of an agency or an "
                    + "administrator; your role does not allow it.");
        }
        return viewer;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        String choices = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field + " is required: one of " + choices + ".");
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown " + field + " '" + value + "'. Choose one of: " + choices + ".");
        }
    }
}
