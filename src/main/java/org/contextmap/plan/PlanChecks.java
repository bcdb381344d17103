package org.contextmap.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.contextmap.base.Agency;
import org.contextmap.base.BadRequestException;
import org.contextmap.person.PersonService;
import org.contextmap.place.PlaceService;
import org.contextmap.plan.SafetyPlan.Avoid;
import org.contextmap.plan.SafetyPlan.PlanAction;
import org.contextmap.plan.SafetyPlan.TrustedAdult;
import org.springframework.stereotype.Component;

/**
 * Checks a plan before it is kept, saying what is wrong and where ({@code actions[2].due}), and
 * tidies it: blank lines dropped, agency codes for owners that name one, an id for each new
 * action, status OPEN when none is given. Nothing is kept when a check fails.
 */
@Component
public class PlanChecks {

    private static final int LONGEST_TEXT = 4_000;

    private final PersonService people;
    private final PlaceService places;

    PlanChecks(PersonService people, PlaceService places) {
        this.people = people;
        this.places = places;
    }

    SafetyPlan checked(SafetyPlan plan, boolean first) {
        if (plan == null) {
            throw new BadRequestException("Send the plan as JSON: {summary, reviewOn, leadProfessional, risks, avoid, "
                    + "trustedAdults, youngPersonsView, parentsView, actions}.");
        }
        String summary = text("summary", plan.summary());
        if (summary == null) {
            throw new BadRequestException("summary is required: say in a sentence what the plan is for.");
        }
        if (plan.reviewOn() == null) {
            throw new BadRequestException("reviewOn is required: the day the plan will be reviewed (YYYY-MM-DD).");
        }
        String reason = text("reason", plan.reason());
        if (reason == null && !first) {
            throw new BadRequestException("reason is required for a new version: say why the plan changed.");
        }
        List<Avoid> avoid = new ArrayList<>();
        for (int i = 0; i < plan.avoid().size(); i++) {
            avoid.add(avoid(i, plan.avoid().get(i)));
        }
        List<TrustedAdult> adults = new ArrayList<>();
        for (int i = 0; i < plan.trustedAdults().size(); i++) {
            TrustedAdult adult = plan.trustedAdults().get(i);
            String name = adult == null ? null : text("trustedAdults[" + i + "].name", adult.name());
            if (name == null) {
                throw new BadRequestException("trustedAdults[" + i + "].name is required.");
            }
            adults.add(new TrustedAdult(name, text("role", adult.role()), owner(adult.agency())));
        }
        List<PlanAction> actions = new ArrayList<>();
        for (int i = 0; i < plan.actions().size(); i++) {
            actions.add(action(i, plan.actions().get(i)));
        }
        return new SafetyPlan(summary, plan.reviewOn(), text("leadProfessional", plan.leadProfessional()),
                lines("risks", plan.risks()), avoid, lines("protectiveFactors", plan.protectiveFactors()), adults,
                text("youngPersonsView", plan.youngPersonsView()), text("parentsView", plan.parentsView()), actions,
                plan.agenciesActing().stream().filter(a -> a != null && text("agency", a.agency()) != null)
                        .map(a -> new SafetyPlan.AgencyActing(a.agency().strip(), text("what", a.what()))).toList(),
                reason == null ? "First version" : reason);
    }

    private Avoid avoid(int i, Avoid entry) {
        String where = "avoid[" + i + "]";
        if (entry == null || entry.kind() == null || entry.id() == null || entry.id().isBlank()) {
            throw new BadRequestException(where + " needs kind (PERSON or PLACE) and id.");
        }
        String kind = entry.kind().strip().toUpperCase(Locale.ROOT);
        String id = entry.id().strip();
        switch (kind) {
            case "PERSON" -> {
                if (people.find(id).isEmpty()) {
                    throw new BadRequestException(where + ".id: there is no young person with id " + id + " (a "
                            + "pseudonym cannot be added: an agency that sees the child's name can add them).");
                }
            }
            case "PLACE" -> {
                if (places.find(id).isEmpty()) {
                    throw new BadRequestException(where + ".id: there is no place with id " + id + ".");
                }
            }
            default -> throw new BadRequestException(where + ".kind must be PERSON or PLACE, not " + entry.kind() + ".");
        }
        return new Avoid(kind, id, text(where + ".reason", entry.reason()));
    }

    private static PlanAction action(int i, PlanAction action) {
        String where = "actions[" + i + "]";
        String description = action == null ? null : text(where + ".description", action.description());
        if (description == null) {
            throw new BadRequestException(where + ".description is required: what will be done.");
        }
        String owner = owner(action.owner());
        if (owner == null) {
            throw new BadRequestException(where + ".owner is required: the agency that will do it (for example "
                    + "EDUCATION).");
        }
        if (action.due() == null) {
            throw new BadRequestException(where + ".due is required: by when (YYYY-MM-DD).");
        }
        String id = action.id() == null || action.id().isBlank() ? UUID.randomUUID().toString().substring(0, 8)
                : action.id().strip();
        return new PlanAction(id, description, owner, text(where + ".ownerName", action.ownerName()), action.due(),
                action.status() == null ? ActionStatus.OPEN : action.status());
    }

    /** An agency's code when the text names one (by code or in words), else the text as given. */
    static String owner(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String given = text.strip();
        for (Agency agency : Agency.values()) {
            if (agency.name().equalsIgnoreCase(given.replace(' ', '_')) || agency.label().equalsIgnoreCase(given)) {
                return agency.name();
            }
        }
        return given;
    }

    /** An owner in words: the agency's name for a code, else as written. */
    public static String ownerLabel(String owner) {
        try {
            return owner == null ? null : Agency.valueOf(owner).label();
        } catch (IllegalArgumentException notAnAgency) {
            return owner;
        }
    }

    private static List<String> lines(String field, List<String> lines) {
        return lines.stream().map(line -> text(field, line)).filter(line -> line != null).toList();
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > LONGEST_TEXT) {
            throw new BadRequestException(field + " is longer than " + LONGEST_TEXT + " characters.");
        }
        return value.strip();
    }
}
