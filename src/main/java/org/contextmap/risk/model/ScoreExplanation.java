package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * One route by which incident {@code i} reaches the person through the party at {@code k}.
     *
     * @param party  the victim or suspect the route starts from (the person themself on their own route)
     * @param via    the person next to them on a path of ties (the party itself one tie away), or -1
     * @param group  the group shared with a suspect, or -1
     */
    interface Route {
        void visit(int i, int k, int party, int via, int group, double reach, double chronic);
    }

    /** Every contribution to {@code person}'s score, largest first. */
    List<Contribution> of(int person) {
        List<Contribution> contributions = new ArrayList<>();
        String self = graph.id(person);
        Contribution.Step alone = step(self, -1, -1);
        walk(person, (i, k, party, via, group, reach, chronic) -> contributions.add(
                contribution(i, k, path(person, self, alone, party, via, group), group < 0 ? null : groups.id(group),
                        reach, chronic)));
        contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed()
                .thenComparing(Contribution::date, Comparator.reverseOrder()).thenComparing(Contribution::incidentId)
                .thenComparing(Contribution::party));
        return contributions;
    }

    /** The one contribution of incident {@code i} through party {@code k} along a route of {@link #walk}. */
    Contribution contribution(int person, int i, int k, int party, int via, int group, double reach, double chronic) {
        String self = graph.id(person);
        return contribution(i, k, path(person, self, step(self, -1, -1), party, via, group),
                group < 0 ? null : groups.id(group), reach, chronic);
    }

    private List<Contribution.Step> path(int person, String self, Contribution.Step alone, int party, int via,
            int group) {
        if (party == person) {
            return List.of(alone);
        }
        if (group >= 0) {
            return List.of(step(graph.id(party), -1, -1), alone);
        }
        if (via == party) {
            return List.of(step(graph.id(party), -1, -1), step(self, party, person));
        }
        return List.of(step(graph.id(party), -1, -1), step(graph.id(via), party, via), step(self, via, person));
    }

    /**
     * Visits every route into {@code person} with a weight: their own part in an incident, a path of
     * one or two ties from a party, a group shared with a suspect. Routes of no weight (the own
     * route of a child who died) are left out.
     */
    void walk(int person, Route route) {
        forEachParty(person, (i, k) -> visit(route, i, k, person, -1, -1, weights.ownReach(i, k),
                parameters.persistence()));
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        double oneStep = parameters.distanceFactor();
        if (parameters.maxHops() >= 1) {
            for (int slot = offsets[person]; slot < offsets[person + 1]; slot++) {
                int w = neighbours[slot];
                forEachParty(w, (i, k) -> visit(route, i, k, w, w, -1, weights.side(i, k) * oneStep, 0));
                if (parameters.maxHops() >= 2) {
                    for (int s2 = offsets[w]; s2 < offsets[w + 1]; s2++) {
                        int u = neighbours[s2];
                        if (u != person) {
                            forEachParty(u, (i, k) -> visit(route, i, k, u, w, -1,
                                    weights.side(i, k) * oneStep * oneStep, 0));
                        }
                    }
                }
            }
        }
        double group = parameters.suspectWeight() * parameters.groupFactor();
        for (int g : groupsOf[person]) {
            for (int u : members[g]) {
                if (u != person) {
                    forEachParty(u, (i, k) -> {
                        if (!weights.victim(i, k)) {
                            visit(route, i, k, u, -1, g, group, 0);
                        }
                    });
                }
            }
        }
    }

    private static void visit(Route route, int i, int k, int party, int via, int group, double reach,
            double chronic) {
        if (reach != 0) {
            route.visit(i, k, party, via, group, reach, chronic);
        }
    }

    /** What to do with one party of one incident. */
    private interface PartyAction {
        void accept(int i, int k);
    }

    /** Calls {@code action(i, k)} for every counted incident {@code i} in which {@code u} is the party at {@code k}. */
    private void forEachParty(int u, PartyAction action) {
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
