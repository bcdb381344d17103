package org.contextmap.risk;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.contextmap.base.Labelled;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Role;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.PersonService;
import org.contextmap.risk.model.Contribution;
import org.contextmap.risk.model.GroupTensions;
import org.contextmap.risk.model.RiskBand;
import org.contextmap.risk.model.RiskParameters;
import org.springframework.stereotype.Component;

/**
 * The words of retaliation risk: each contribution to a score as a sentence a practitioner can
 * check ("Amira Hassan, one step away from Yusuf Hassan (sibling), was harmed: a stabbing …"),
 * with the people on its path named and the provenance of each tie; the incident in plain words;
 * and what each band asks of a practitioner, which is always advice.
 */
@Component
class RiskReasons {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PersonService people;
    private final RiskParameters parameters;

    RiskReasons(PersonService people, RiskParameters parameters) {
        this.people = people;
        this.parameters = parameters;
    }

    /**
     * The names of everyone on the contributions' paths and of {@code more}, by id; a person
     * recorded without a name is shown by their id.
     */
    Map<String, String> names(List<Contribution> contributions, List<String> more) {
        Set<String> ids = new HashSet<>(more);
        contributions.forEach(c -> c.path().forEach(step -> ids.add(step.personId())));
        Map<String, String> names = new HashMap<>(people.names(ids));
        names.replaceAll((id, name) -> name == null ? id : name);
        return names;
    }

    /** One contribution as a reason: the path in words and a sentence saying why it counts. */
    RiskReports.Reason reason(Contribution c, Map<String, String> names, GroupNetwork groups) {
        Function<String, String> name = id -> names.getOrDefault(id, id);
        List<RiskReports.PathStep> path = c.path().stream().map(step -> new RiskReports.PathStep(step.personId(),
                name.apply(step.personId()), step.tie().stream().map(Labelled::label).collect(Collectors.joining("; ")),
                step.recordedBy().stream().map(Labelled::label).collect(Collectors.joining("; ")),
                step.confidence() == null ? null : step.confidence().label()))
                .toList();
        String what = incident(c.type(), c.severity(), c.weapon()).toLowerCase(Locale.UK);
        String when = c.date().format(DAY);
        String person = name.apply(c.path().getLast().personId());
        String party = name.apply(c.party());
        boolean victim = c.partyRole() == Role.VICTIM;
        StringBuilder text = new StringBuilder();
        if (c.distance() == 0 && c.viaGroup() == null) {
            text.append(person).append(victim ? " was harmed: " + article(what) + " on " + when
                    : " is a suspect in " + article(what) + " on " + when + ", and may be targeted in retaliation");
            if (c.repeat()) {
                text.append(", within ").append(parameters.repeatWindowDays())
                        .append(" days of an earlier harm (repeat victimisation)");
            }
        } else if (c.viaGroup() != null) {
            text.append(party).append(", associated with the same group as ").append(person).append(" (")
                    .append(groups.name(groups.group(c.viaGroup()))).append("), is a suspect in ").append(article(what))
                    .append(" on ").append(when).append(": ").append(person)
                    .append(" may be targeted in retaliation");
        } else {
            text.append(party).append(", ").append(steps(c.distance())).append(" from ").append(person);
            if (c.distance() > 1) {
                text.append(" through ").append(path.subList(1, path.size() - 1).stream()
                        .map(RiskReports.PathStep::name).collect(Collectors.joining(" and ")));
            } else {
                text.append(" (").append(path.getLast().tie().toLowerCase(Locale.UK)).append(")");
            }
            text.append(victim ? ", was harmed: " + article(what) + " on " + when
                    : ", is a suspect in " + article(what) + " on " + when);
        }
        if (!c.rivals().isEmpty()) {
            text.append(", between young people associated with ")
                    .append(groups.name(groups.group(c.rivals().get(0)))).append(" and ")
                    .append(groups.name(groups.group(c.rivals().get(1)))).append(", recorded as in conflict");
        }
        text.append('.');
        return new RiskReports.Reason(c.incidentId(), c.date(), incident(c.type(), c.severity(), c.weapon()),
                Labelled.of(c.source(), "Source not recorded"), c.partyRole().label(), path, c.viaGroup(), text.toString(), c.weight(),
                new RiskReports.Factors(c.harm(), c.decay(), c.reach(), c.conflict(), c.chronic(), c.repeat()));
    }

    private static String steps(int distance) {
        return switch (distance) {
            case 1 -> "one step away";
            case 2 -> "two steps away";
            case 3 -> "three steps away";
            default -> distance + " steps away";
        };
    }

    private static String article(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** "Stabbing (serious, knife)". */
    static String incident(IncidentType type, Severity severity, Weapon weapon) {
        List<String> details = new ArrayList<>();
        if (severity != null) {
            details.add(severity.label().toLowerCase(Locale.UK));
        }
        if (weapon != null && weapon != Weapon.NONE) {
            details.add(weapon.label().toLowerCase(Locale.UK));
        }
        String label = Labelled.of(type, "Incident");
        return details.isEmpty() ? label : label + " (" + String.join(", ", details) + ")";
    }

    /** How a pair of groups is recorded, in words. */
    static String relation(GroupLink link) {
        if (link == GroupLink.CONFLICT) {
            return "In conflict";
        }
        return link == GroupLink.ALLIANCE ? "Allied" : "No recorded relation";
    }

    /** What a band asks of a practitioner; always advice. */
    static String advice(RiskBand band) {
        return switch (band) {
            case HIGH -> "Advice only: consider a safety plan for this young person and those around them now, and "
                    + "whether a strategy discussion is needed. A practitioner decides.";
            case MEDIUM -> "Advice only: review the young person's safety plan and the tensions around them. "
                    + "A practitioner decides.";
            case LOW -> "Advice only: harm has come near this young person; keep it in view. A practitioner decides.";
            case NONE -> "No recent harm recorded near this young person.";
        };
    }

    /** A pair of groups in tension as the API shows it: names, the relation in words, the incidents behind it. */
    static RiskReports.Tension tension(GroupTensions.Tension t, GroupNetwork groups) {
        List<RiskReports.TensionIncident> incidents = t.incidents().stream()
                .map(i -> new RiskReports.TensionIncident(i.incidentId(), i.date(),
                        RiskReasons.incident(i.type(), i.severity(), i.weapon()), i.suspectsGroup(), i.victimsGroup(),
                        i.weight()))
                .toList();
        return new RiskReports.Tension(t.groupA(), groups.name(groups.group(t.groupA())), t.groupB(),
                groups.name(groups.group(t.groupB())), t.relation(), RiskReasons.relation(t.relation()),
                t.intensity(), t.aToB(), t.bToA(), t.reciprocity(), t.current(), t.previous(), t.trend(),
                t.incidentCount(), incidents);
    }
}
