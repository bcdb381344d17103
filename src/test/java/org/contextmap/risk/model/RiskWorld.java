package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.RelationshipKind;

/** A hand-built little world for the risk model's tests: people, ties, groups, conflicts, incidents. */
final class RiskWorld {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private final List<String> people = new ArrayList<>();
    private final List<String[]> ties = new ArrayList<>();
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final List<String[]> associations = new ArrayList<>();
    private final List<String[]> conflicts = new ArrayList<>();
    final List<HarmfulIncident> incidents = new ArrayList<>();
    RiskParameters parameters = RiskParameters.DEFAULTS;

    RiskWorld people(String... ids) {
        people.addAll(List.of(ids));
        return this;
    }

    RiskWorld tie(String a, String b, RelationshipKind kind) {
        ties.add(new String[] {a, b, kind.name()});
        return this;
    }

    /** A path of friends a - b - c - … */
    RiskWorld path(String... ids) {
        for (int i = 1; i < ids.length; i++) {
            tie(ids[i - 1], ids[i], RelationshipKind.FRIEND);
        }
        return this;
    }

    RiskWorld group(String id, String... members) {
        groups.put(id, "Group " + id);
        for (String member : members) {
            associations.add(new String[] {member, id});
        }
        return this;
    }

    RiskWorld conflict(String a, String b) {
        conflicts.add(new String[] {a, b});
        return this;
    }

    RiskWorld incident(String id, LocalDate day, IncidentType type, Severity severity, Weapon weapon,
            List<String> victims, List<String> suspects) {
        incidents.add(new HarmfulIncident(id, day, type, severity, weapon, Agency.POLICE,
                victims.toArray(String[]::new), suspects.toArray(String[]::new)));
        return this;
    }

    /** An assault (moderate, no weapon) on {@code victim} by {@code suspects}. */
    RiskWorld assault(String id, LocalDate day, String victim, String... suspects) {
        return incident(id, day, IncidentType.ASSAULT, Severity.MODERATE, Weapon.NONE, List.of(victim),
                List.of(suspects));
    }

    RiskWorld with(RiskParameters parameters) {
        this.parameters = parameters;
        return this;
    }

    CompactGraph graph() {
        CompactGraphBuilder builder = CompactGraph.builder(people.toArray(String[]::new));
        for (String[] tie : ties) {
            builder.add(tie[0], tie[1], RelationshipKind.valueOf(tie[2]).ordinal(), 0, 0, CompactGraph.SINCE_UNKNOWN,
                    1);
        }
        return builder.build();
    }

    GroupNetwork groups(CompactGraph graph) {
        GroupNetwork.Builder builder = GroupNetwork.builder(groups.keySet().toArray(String[]::new),
                groups.values().toArray(String[]::new), graph);
        conflicts.forEach(c -> builder.relation(c[0], c[1], GroupLink.CONFLICT, DAY.minusYears(1)));
        associations.forEach(a -> builder.association(a[0], a[1], DAY.minusYears(1)));
        return builder.build();
    }

    RetaliationRisk model(LocalDate asOf) {
        CompactGraph graph = graph();
        return new RetaliationRisk(graph, groups(graph), HarmHistory.of(graph, incidents, parameters), parameters,
                asOf);
    }

    /** One person's score on a day. */
    double score(String person, LocalDate asOf) {
        RetaliationRisk model = model(asOf);
        return model.scores()[model.graph().vertex(person)];
    }

    /** Parameters with some values changed: the defaults otherwise. */
    static RiskParameters parameters(Double persistence, Double repeatFactor) {
        RiskParameters d = RiskParameters.DEFAULTS;
        return new RiskParameters(d.decayDays(), d.distanceFactor(), d.maxHops(), d.groupFactor(), d.conflictFactor(),
                d.victimWeight(), d.suspectWeight(), d.repeatWindowDays(), repeatFactor, persistence, d.horizonDays(),
                d.highRelativeRisk(), d.mediumRelativeRisk(), d.outlookDays(), d.typeWeights(), d.severityWeights(), d.weaponWeights(),
                d.tensionPeriodDays());
    }
}
