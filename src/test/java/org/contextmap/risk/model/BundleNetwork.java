package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.exchange.Bundle;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.incident.Involvement;
import org.contextmap.incident.Role;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;

/**
 * A generated city's person graph, groups and harm history built in memory, straight from the
 * bundle, as the projection would read them from Neo4j: for tests and benchmarks of the model
 * that do not need a database.
 */
public record BundleNetwork(CompactGraph people, GroupNetwork groups, HarmHistory history) {

    public static BundleNetwork of(Bundle bundle, RiskParameters parameters) {
        CompactGraphBuilder ties = CompactGraph.builder(bundle.youngPeople().stream().map(p -> p.id())
                .toArray(String[]::new));
        bundle.relationships().forEach(r -> ties.add(r.personA(), r.personB(), r.kind().ordinal(),
                r.provenance().source() == null ? -1 : r.provenance().source().ordinal(),
                r.provenance().confidence() == null ? -1 : r.provenance().confidence().ordinal(),
                r.provenance().since() == null ? CompactGraph.SINCE_UNKNOWN : (int) r.provenance().since().toEpochDay(),
                1));
        CompactGraph people = ties.build();
        GroupNetwork.Builder groups = GroupNetwork.builder(
                bundle.peerGroups().stream().map(g -> g.id()).toArray(String[]::new),
                bundle.peerGroups().stream().map(g -> g.name()).toArray(String[]::new), people);
        bundle.groupRelations().forEach(r -> groups.relation(r.groupA(), r.groupB(),
                r.kind() == GroupRelationKind.CONFLICT ? GroupLink.CONFLICT : GroupLink.ALLIANCE, r.since()));
        bundle.groupAssociations().forEach(a -> groups.association(a.personId(), a.groupId(), a.provenance().since()));
        Map<String, List<Involvement>> parties = new HashMap<>();
        bundle.incidentPeople().forEach(i -> parties.computeIfAbsent(i.incidentId(), k -> new ArrayList<>())
                .add(i));
        List<HarmfulIncident> incidents = bundle.incidents().stream().map(i -> {
            List<Involvement> of = parties.getOrDefault(i.id(), List.of());
            return new HarmfulIncident(i.id(), i.occurredAt().toLocalDate(), i.type(), i.severity(), i.weapon(),
                    i.source(), of.stream().filter(p -> p.role() == Role.VICTIM).map(Involvement::personId).toArray(String[]::new),
                    of.stream().filter(p -> p.role() == Role.SUSPECT).map(Involvement::personId)
                            .toArray(String[]::new));
        }).toList();
        return new BundleNetwork(people, groups.build(), HarmHistory.of(people, incidents, parameters));
    }
}
