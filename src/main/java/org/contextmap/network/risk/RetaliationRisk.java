package org.contextmap.network.risk;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.network.centrality.Workers;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.RelationshipKind;

/**
 * Retaliation risk on one day: a self-exciting (Hawkes-type) exposure over the person network.
 * Every harmful incident before the day adds to the score of each young person it reaches
 *
 * <pre>
 *   reach(i, person) × (harm(i) × exp(−(day − day(i)) / decayDays) × conflict(i) + chronic)
 * </pre>
 *
 * where {@code harm} weighs type, severity and weapon; {@code reach} is the best route from the
 * incident's parties to the person — {@code sideWeight × distanceFactor^steps} through at most
 * {@code maxHops} ties from a victim (further victimisation, being drawn into retaliation) or a
 * suspect (being targeted), or {@code suspectWeight × groupFactor} for sharing a peer-group
 * association with a suspect, times {@code repeatFactor} for a victim harmed within the repeat
 * window before; and {@code conflict} is {@code conflictFactor} when the victim's and a suspect's
 * groups are recorded as in conflict on the day of the incident; {@code chronic} is the undecayed
 * {@code persistence} for the person's own involvement as a victim or suspect (a person-specific
 * background rate, as in Mohler 2014; victims and offenders overlap, Jennings, Piquero &amp; Reingle
 * 2012), 0 for every other route.
 *
 * <p>The score is the conditional intensity of a Hawkes process with an exponential kernel
 * (Hawkes 1971) whose excitation spreads over the network, as in Green, Horel &amp; Papachristos
 * (2017), "Modeling contagion through social networks to explain and predict gunshot violence in
 * Chicago, 2006 to 2014", JAMA Internal Medicine 177(3); the distance factor is the odds ratio per
 * step of Papachristos &amp; Wildeman (2014), "Network exposure and homicide victimization in an
 * African American community", AJPH 104(1); the conflict factor the retaliation between rivals of
 * Papachristos (2009), "Murder by structure", AJS 115(1), and Gravel et al. (2023).
 *
 * <p>Everything is explainable: {@link #explain} lists, for one person, every incident that
 * contributes, the path it reaches them by and the factors of its weight; the weights add up to
 * the score. Only incidents on or before the day count, and only ties and associations known by
 * then, so the score of any past day is what could have been computed on that day.
 *
 * <p>Cost: {@link #scores} spreads every incident within the horizon once, O(Σ people reached),
 * in parallel over incidents; {@link #explain} searches {@code maxHops} around one person and
 * looks only at the incidents of the people found.
 */
public final class RetaliationRisk {

    private final CompactGraph graph;
    private final GroupNetwork groups;
    private final HarmHistory history;
    private final RiskParameters parameters;
    private final LocalDate asOf;
    private final int day;
    private final int first;
    private final int end;
    private final int[][] members;
    private final int[][] groupsOf;
    private final long[] rivalry;

    /**
     * @param graph   the person graph as known on {@code asOf} (same vertices as the history's)
     * @param groups  the peer groups; associations and conflicts are taken as known on {@code asOf}
     * @param history the harmful incidents (all dates: only those on or before {@code asOf} count)
     */
    public RetaliationRisk(CompactGraph graph, GroupNetwork groups, HarmHistory history, RiskParameters parameters,
            LocalDate asOf) {
        if (graph.size() != history.graph().size()) {
            throw new IllegalArgumentException("the graph and the history must have the same people");
        }
        this.graph = graph;
        this.groups = groups;
        this.history = history;
        this.parameters = parameters;
        this.asOf = asOf;
        this.day = (int) asOf.toEpochDay();
        this.first = history.firstOnOrAfter(day - parameters.horizonDays());
        this.end = history.firstOnOrAfter(day + 1);
        this.members = groups.membersOn(asOf);
        this.groupsOf = GroupNetwork.byPerson(graph.size(), members);
        this.rivalry = rivalries();
    }

    public LocalDate asOf() {
        return asOf;
    }

    public CompactGraph graph() {
        return graph;
    }

    public HarmHistory history() {
        return history;
    }

    public RiskParameters parameters() {
        return parameters;
    }

    /** The groups each person vertex is associated with on the day. */
    int[][] groupsOf() {
        return groupsOf;
    }

    /** The incidents that count on the day: indices {@code first() .. end()-1} of the history. */
    public int first() {
        return first;
    }

    public int end() {
        return end;
    }

    /** Every young person's score, by vertex, on all cores. */
    public double[] scores() {
        int count = end - first;
        if (count == 0) {
            return new double[graph.size()];
        }
        return Workers.sum(count, Workers.available(), w -> new Workers.Worker() {
            private final Spread spread = spread();
            private final double[] scores = new double[graph.size()];

            @Override
            public void visit(int k) {
                addTo(scores, spread, first + k, 1);
            }

            @Override
            public double[] result() {
                return scores;
            }
        });
    }

    /** Scratch space for spreading incidents of this model; one per thread. */
    Spread spread() {
        return new Spread(graph, groupsOf, members, history, parameters);
    }

    /**
     * Adds {@code sign} × incident {@code i}'s contributions to {@code scores}: +1 for a new incident,
     * −1 to take one away. Incidents outside the day's horizon add nothing.
     */
    public void addTo(double[] scores, int i, double sign) {
        addTo(scores, spread(), i, sign);
    }

    private void addTo(double[] scores, Spread spread, int i, double sign) {
        if (i < first || i >= end) {
            return;
        }
        double dynamic = history.harm(i) * parameters.decay(day - history.day(i)) * conflictFactor(i);
        spread.run(i, ownBoost(dynamic));
        double factor = sign * dynamic;
        for (int t = 0; t < spread.count; t++) {
            int v = spread.touched[t];
            scores[v] += factor * spread.reach[v];
        }
    }

    /** How much a party's own route weighs more than the dynamic part alone: the persistence added. */
    private double ownBoost(double dynamic) {
        return 1 + parameters.persistence() / dynamic;
    }

    /** The conflict multiplier of counted incident {@code i} (1 outside the day's incidents). */
    double conflictFactor(int i) {
        return i >= first && i < end && rivalry[i - first] >= 0 ? parameters.conflictFactor() : 1;
    }

    /**
     * For each counted incident, the pair of groups in conflict between a victim's and a suspect's
     * associations (a {@link GroupNetwork#pair} key), or -1.
     */
    private long[] rivalries() {
        long[] pairs = new long[end - first];
        Arrays.fill(pairs, -1);
        Map<Long, Integer> conflicts = groups.conflictsSince();
        if (conflicts.isEmpty()) {
            return pairs;
        }
        int[] parties = history.parties();
        for (int i = first; i < end; i++) {
            search:
            for (int a = history.partyStart(i); a < history.victimEnd(i); a++) {
                for (int b = history.victimEnd(i); b < history.partyEnd(i); b++) {
                    for (int ga : groupsOf[parties[a]]) {
                        for (int gb : groupsOf[parties[b]]) {
                            Integer since = ga == gb ? null : conflicts.get(GroupNetwork.pair(ga, gb));
                            if (since != null && since <= history.day(i)) {
                                pairs[i - first] = (long) ga << 32 | gb;
                                break search;
                            }
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** The groups in conflict across incident {@code i} (victim's first), or an empty list. */
    public List<String> rivals(int i) {
        if (i < first || i >= end || rivalry[i - first] < 0) {
            return List.of();
        }
        long pair = rivalry[i - first];
        return List.of(groups.id((int) (pair >>> 32)), groups.id((int) pair));
    }

    /**
     * Why one young person has their score: every contributing incident, largest first, with the
     * path it reaches them by. The weights add up to {@code scores()[person]}.
     */
    public List<Contribution> explain(int person) {
        Map<Integer, Integer> dist = new HashMap<>();
        Map<Integer, Integer> previous = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        dist.put(person, 0);
        queue.add(person);
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        while (!queue.isEmpty()) {
            int v = queue.poll();
            int d = dist.get(v);
            if (d == parameters.maxHops()) {
                continue;
            }
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                int w = neighbours[slot];
                if (!dist.containsKey(w)) {
                    dist.put(w, d + 1);
                    previous.put(w, v);
                    queue.add(w);
                }
            }
        }
        // the suspects the person shares a group with, and the group
        Map<Integer, Integer> sharedGroup = new HashMap<>();
        for (int g : groupsOf[person]) {
            for (int m : members[g]) {
                sharedGroup.putIfAbsent(m, g);
            }
        }
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        int[] incidents = history.personIncidents();
        for (int u : dist.keySet()) {
            addCandidates(candidates, incidents, u);
        }
        for (int u : sharedGroup.keySet()) {
            addCandidates(candidates, incidents, u);
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int i : candidates) {
            Contribution c = contribution(i, person, dist, previous, sharedGroup);
            if (c != null) {
                contributions.add(c);
            }
        }
        contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed()
                .thenComparing(Contribution::date, Comparator.reverseOrder()).thenComparing(Contribution::incidentId));
        return contributions;
    }

    private void addCandidates(java.util.Set<Integer> candidates, int[] incidents, int u) {
        for (int k = history.personStart(u); k < history.personEnd(u); k++) {
            int i = incidents[k];
            if (i >= first && i < end) {
                candidates.add(i);
            }
        }
    }

    private Contribution contribution(int i, int person, Map<Integer, Integer> dist, Map<Integer, Integer> previous,
            Map<Integer, Integer> sharedGroup) {
        int[] parties = history.parties();
        double harm = history.harm(i);
        double decay = parameters.decay(day - history.day(i));
        double conflict = conflictFactor(i);
        double ownBoost = ownBoost(harm * decay * conflict);
        double best = 0;
        int bestParty = -1;
        int bestGroup = -1;
        boolean bestRepeat = false;
        boolean bestOwn = false;
        for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
            int u = parties[k];
            boolean victim = k < history.victimEnd(i);
            double sideWeight = victim ? parameters.victimWeight() : parameters.suspectWeight();
            Integer d = dist.get(u);
            if (d != null && !(victim && d == 0 && history.fatal(i))) {
                double weight = sideWeight * Math.pow(parameters.distanceFactor(), d);
                boolean repeat = false;
                if (victim && d == 0 && history.harmedBefore(u, i, parameters.repeatWindowDays())) {
                    weight *= parameters.repeatFactor();
                    repeat = true;
                }
                if (weight * (d == 0 ? ownBoost : 1) > best * (bestOwn ? ownBoost : 1)) {
                    best = weight;
                    bestOwn = d == 0;
                    bestParty = k;
                    bestGroup = -1;
                    bestRepeat = repeat;
                }
            }
            Integer g = victim ? null : sharedGroup.get(u);
            if (g != null && sideWeight * parameters.groupFactor() > best * (bestOwn ? ownBoost : 1)) {
                best = sideWeight * parameters.groupFactor();
                bestOwn = false;
                bestParty = k;
                bestGroup = g;
                bestRepeat = false;
            }
        }
        if (bestParty < 0 || best == 0) {
            return null;
        }
        int party = parties[bestParty];
        List<Contribution.Step> path = new ArrayList<>();
        if (bestGroup >= 0) {
            path.add(new Contribution.Step(graph.id(party), List.of()));
            if (party != person) {
                path.add(new Contribution.Step(graph.id(person), List.of()));
            }
        } else {
            int v = party;
            path.add(new Contribution.Step(graph.id(v), List.of()));
            while (v != person) {
                int p = previous.get(v);
                path.add(new Contribution.Step(graph.id(p), kinds(graph.kinds(graph.edge(v, p)))));
                v = p;
            }
        }
        double chronic = bestOwn ? parameters.persistence() : 0;
        HarmHistory.Incident incident = history.incident(i);
        return new Contribution(incident.id(), incident.day(), incident.type(), incident.severity(), incident.weapon(),
                graph.id(party), history.role(i, bestParty), List.copyOf(path),
                bestGroup >= 0 ? groups.id(bestGroup) : null, rivals(i), bestRepeat, harm, decay, best, conflict,
                chronic, best * (harm * decay * conflict + chronic));
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
