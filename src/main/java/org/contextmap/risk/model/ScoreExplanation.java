package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.incident.Role;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.RelationshipKind;

/**
 * Why one young person has their score: every route by which an incident reaches them — their own
 * part in it, a path of ties from a party, a group shared with a suspect — with the path, the
 * provenance of each tie and the factors of its weight, largest first. The weights add up to the
 * person's score, term by term the sum {@link AllScores} computes at once: a score a practitioner
 * cannot check is not advice (the explainable exposure of Green, Horel &amp; Papachristos 2017).
 *
 * <p>Its own class because it walks the routes into one person, not out of every source: it looks
 * only at the incidents of the people within {@code maxHops} ties and of those sharing a group,
 * so its cost is that neighbourhood's, not the city's.
 */
final class ScoreExplanation {

    private final CompactGraph graph;
    private final GroupNetwork groups;
    private final int[][] members;
    private final int[][] groupsOf;
    private final IncidentWeights weights;
    private final HarmHistory history;
    private final RiskParameters parameters;

    ScoreExplanation(CompactGraph graph, GroupNetwork groups, int[][] members, int[][] groupsOf,
            IncidentWeights weights) {
        this.graph = graph;
        this.groups = groups;
        this.members = members;
        this.groupsOf = groupsOf;
        this.weights = weights;
        this.history = weights.history();
        this.parameters = weights.parameters();
    }

    /** Every contribution to {@code person}'s score, largest first. */
    List<Contribution> of(int person) {
        List<Contribution> contributions = new ArrayList<>();
        String self = graph.id(person);
        forEachParty(person, (i, k) -> contributions.add(contribution(i, k, List.of(step(self, -1, -1)), null,
                weights.ownReach(i, k), parameters.persistence())));
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        double oneStep = parameters.distanceFactor();
        if (parameters.maxHops() >= 1) {
            for (int slot = offsets[person]; slot < offsets[person + 1]; slot++) {
                int w = neighbours[slot];
                List<Contribution.Step> path = List.of(step(graph.id(w), -1, -1), step(self, w, person));
                forEachParty(w, (i, k) -> contributions.add(contribution(i, k, path, null,
                        weights.side(i, k) * oneStep, 0)));
                if (parameters.maxHops() >= 2) {
                    for (int s2 = offsets[w]; s2 < offsets[w + 1]; s2++) {
                        int u = neighbours[s2];
                        if (u == person) {
                            continue;
                        }
                        List<Contribution.Step> longer = List.of(step(graph.id(u), -1, -1),
                                step(graph.id(w), u, w), step(self, w, person));
                        forEachParty(u, (i, k) -> contributions.add(
                                contribution(i, k, longer, null, weights.side(i, k) * oneStep * oneStep, 0)));
                    }
                }
            }
        }
        double group = parameters.suspectWeight() * parameters.groupFactor();
        for (int g : groupsOf[person]) {
            for (int u : members[g]) {
                if (u != person) {
                    List<Contribution.Step> path = List.of(step(graph.id(u), -1, -1), step(self, -1, -1));
                    forEachParty(u, (i, k) -> {
                        if (!weights.victim(i, k)) {
                            contributions.add(contribution(i, k, path, groups.id(g), group, 0));
                        }
                    });
                }
            }
        }
        contributions.removeIf(c -> c.reach() == 0); // the own route of a child who died
        contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed()
                .thenComparing(Contribution::date, Comparator.reverseOrder()).thenComparing(Contribution::incidentId)
                .thenComparing(Contribution::party));
        return contributions;
    }

    /** Calls {@code action(i, k)} for every counted incident {@code i} in which {@code u} is the party at {@code k}. */
    private void forEachParty(int u, BiConsumer<Integer, Integer> action) {
        int[] incidents = history.personIncidents();
        int[] parties = history.parties();
        for (int s = history.personStart(u); s < history.personEnd(u); s++) {
            int i = incidents[s];
            if (weights.counted(i)) {
                for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                    if (parties[k] == u) {
                        action.accept(i, k);
                    }
                }
            }
        }
    }

    /** A step of a path: the person, and the kinds of the tie from {@code from} to {@code to} (none: -1). */
    private Contribution.Step step(String id, int from, int to) {
        if (from < 0) {
            return new Contribution.Step(id, List.of(), List.of(), null);
        }
        int edge = graph.edge(from, to);
        List<Agency> agencies = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            if ((graph.agencies(edge) & 1 << agency.ordinal()) != 0) {
                agencies.add(agency);
            }
        }
        int confidence = graph.confidence(edge);
        return new Contribution.Step(id, kinds(graph.kinds(edge)), List.copyOf(agencies),
                confidence < 0 ? null : Confidence.values()[confidence]);
    }

    private Contribution contribution(int i, int k, List<Contribution.Step> path, String viaGroup, double reach,
            double chronic) {
        boolean victim = weights.victim(i, k);
        double harm = history.harm(i);
        double decay = weights.decay(i);
        double conflict = weights.conflictFactor(i);
        boolean own = path.size() == 1;
        boolean repeat = own && weights.repeat(i, k);
        HarmfulIncident incident = history.incident(i);
        return new Contribution(incident.id(), incident.day(), incident.type(), incident.severity(), incident.weapon(),
                incident.source(), path.getFirst().personId(), victim ? Role.VICTIM : Role.SUSPECT, path, viaGroup,
                weights.rivals(i), repeat, harm, decay, reach, conflict, reach == 0 ? 0 : chronic,
                reach * (harm * decay * conflict + chronic));
    }

    private static List<RelationshipKind> kinds(int mask) {
        List<RelationshipKind> kinds = new ArrayList<>();
        for (RelationshipKind kind : RelationshipKind.values()) {
            if ((mask & 1 << kind.ordinal()) != 0) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }
}
