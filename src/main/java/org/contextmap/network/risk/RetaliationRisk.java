package org.contextmap.network.risk;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.contextmap.incident.Role;
import org.contextmap.network.centrality.Workers;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.RelationshipKind;

/**
 * Retaliation risk on one day: a self-exciting (Hawkes-type) exposure over the person network.
 * Every harmful incident before the day is a source of risk at each of its parties — the victims
 * (further victimisation, being drawn into retaliation) and the suspects (being targeted) — and
 * adds to the score of each young person a party reaches
 *
 * <pre>
 *   f(i) × route(party, person)      with  f(i) = harm(i) × exp(−(day − day(i)) / decayDays) × conflict(i)
 * </pre>
 *
 * where {@code harm} weighs type, severity and weapon and {@code conflict} is
 * {@code conflictFactor} when the victim's and a suspect's groups are recorded as in conflict on
 * the day of the incident. The route is {@code sideWeight × distanceFactor^steps} through at most
 * {@code maxHops} ties, and for a suspect also {@code suspectWeight × groupFactor} to the others
 * associated with the suspect's groups (the larger of the two when both apply). A party's own route
 * is {@code sideWeight × (f(i) + persistence)}, times {@code repeatFactor} for a victim harmed within
 * the repeat window before: the persistence is a person-specific background that does not decay
 * within the horizon (Mohler 2014), and a child who died in the incident has none.
 *
 * <p>The score is the conditional intensity of a Hawkes process with an exponential kernel
 * (Hawkes 1971) whose excitation spreads over the network, as in Green, Horel &amp; Papachristos
 * (2017), "Modeling contagion through social networks to explain and predict gunshot violence in
 * Chicago, 2006 to 2014", JAMA Internal Medicine 177(3); the distance factor is the odds ratio per
 * step of Papachristos &amp; Wildeman (2014), "Network exposure and homicide victimization in an
 * African American community", AJPH 104(1); the conflict factor the retaliation between rivals of
 * Papachristos (2009), "Murder by structure", AJS 115(1), and Gravel et al. (2023).
 *
 * <p>Everything is explainable: {@link #explain} lists, for one person, every incident and party
 * that contributes, the path from that party to them and the factors of its weight; the weights
 * add up to the score. Only incidents on or before the day count, and only ties and associations
 * known by then, so the score of any past day is what could have been computed on that day.
 *
 * <p>Cost: exposure is additive over sources, so {@link #scores} first sums each young person's
 * incidents into masses (as victim, as suspect, own) and then searches once from each person who
 * was a party — O(parties + Σ people reached per source), in parallel over sources — rather than
 * once per incident. {@link #explain} searches {@code maxHops} around one person and looks only at
 * the incidents of the people found.
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
    /** distanceFactor^d for d = 0..maxHops, then 0 for people reached only through a group. */
    private final double[] stepWeights;

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
        this.stepWeights = new double[parameters.maxHops() + 2];
        for (int d = 0; d <= parameters.maxHops(); d++) {
            stepWeights[d] = Math.pow(parameters.distanceFactor(), d);
        }
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
        Masses masses = new Masses(graph.size());
        for (int i = first; i < end; i++) {
            masses.add(i, 1);
        }
        int[] sources = masses.sources();
        return Workers.sum(sources.length, Workers.available(), w -> new Workers.Worker() {
            private final Spread spread = spread();
            private final double[] scores = new double[graph.size()];

            @Override
            public void visit(int k) {
                int u = sources[k];
                spreadFrom(u, masses.victim[u], masses.suspect[u], masses.own[u], scores, spread);
            }

            @Override
            public double[] result() {
                return scores;
            }
        });
    }

    /** Scratch space for searches of this model; one per thread. */
    Spread spread() {
        return new Spread(graph, groupsOf, members, parameters.maxHops());
    }

    /**
     * Adds {@code sign} × incident {@code i}'s contributions to {@code scores}: +1 for a new incident,
     * −1 to take one away. Incidents outside the day's horizon add nothing.
     */
    public void addTo(double[] scores, int i, double sign) {
        if (i < first || i >= end) {
            return;
        }
        Spread spread = spread();
        Masses masses = new Masses(graph.size());
        masses.add(i, sign);
        for (int u : masses.sources()) {
            spreadFrom(u, masses.victim[u], masses.suspect[u], masses.own[u], scores, spread);
        }
    }

    /** What incident {@code i} is worth at its parties before the route: harm × decay × conflict. */
    private double dynamic(int i) {
        return history.harm(i) * parameters.decay(day - history.day(i)) * conflictFactor(i);
    }

    /** The weight of the own route of the party at position {@code k} of incident {@code i}. */
    private double ownReach(int i, int k) {
        int u = history.parties()[k];
        if (k < history.victimEnd(i)) {
            if (history.fatal(i)) {
                return 0; // the child died: their network is at risk, they are not
            }
            return parameters.victimWeight()
                    * (history.harmedBefore(u, i, parameters.repeatWindowDays()) ? parameters.repeatFactor() : 1);
        }
        return parameters.suspectWeight();
    }

    /**
     * Every person's incidents summed into three masses: as a victim and as a suspect (what spreads
     * over ties and groups) and their own route (what stays with them).
     */
    private final class Masses {
        final double[] victim;
        final double[] suspect;
        final double[] own;

        Masses(int n) {
            victim = new double[n];
            suspect = new double[n];
            own = new double[n];
        }

        void add(int i, double sign) {
            double f = sign * dynamic(i);
            double chronic = sign * parameters.persistence();
            int[] parties = history.parties();
            for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                int u = parties[k];
                (k < history.victimEnd(i) ? victim : suspect)[u] += f;
                own[u] += ownReach(i, k) * (f + chronic);
            }
        }

        int[] sources() {
            return java.util.stream.IntStream.range(0, own.length)
                    .filter(u -> victim[u] != 0 || suspect[u] != 0 || own[u] != 0).toArray();
        }
    }

    /** Adds what source {@code u}'s masses give everyone it reaches, and its own route to itself. */
    private void spreadFrom(int u, double victimMass, double suspectMass, double own, double[] scores,
            Spread spread) {
        scores[u] += own;
        spread.from(u, suspectMass != 0);
        double fromVictim = victimMass * parameters.victimWeight();
        double fromSuspect = suspectMass * parameters.suspectWeight();
        double group = parameters.groupFactor();
        for (int t = 1; t < spread.count; t++) {
            int v = spread.touched[t];
            double network = stepWeights[Math.min(spread.level[v], stepWeights.length - 1)];
            scores[v] += fromVictim * network + fromSuspect * (spread.shared(v) ? Math.max(network, group) : network);
        }
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
     * Why one young person has their score: every incident and party that contributes, largest first,
     * with the path from the party to them. The weights add up to {@code scores()[person]}.
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
        Map<Integer, Integer> sharedGroup = new HashMap<>();
        for (int g : groupsOf[person]) {
            for (int m : members[g]) {
                if (m != person) {
                    sharedGroup.putIfAbsent(m, g);
                }
            }
        }
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
        for (int u : dist.keySet()) {
            addCandidates(candidates, u);
        }
        for (int u : sharedGroup.keySet()) {
            addCandidates(candidates, u);
        }
        List<Contribution> contributions = new ArrayList<>();
        int[] parties = history.parties();
        for (int i : candidates) {
            for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                Contribution c = route(i, k, person, dist.get(parties[k]), sharedGroup.get(parties[k]), previous);
                if (c != null) {
                    contributions.add(c);
                }
            }
        }
        contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed()
                .thenComparing(Contribution::date, Comparator.reverseOrder()).thenComparing(Contribution::incidentId)
                .thenComparing(Contribution::party));
        return contributions;
    }

    private void addCandidates(java.util.Set<Integer> candidates, int u) {
        int[] incidents = history.personIncidents();
        for (int k = history.personStart(u); k < history.personEnd(u); k++) {
            int i = incidents[k];
            if (i >= first && i < end) {
                candidates.add(i);
            }
        }
    }

    /**
     * The route from the party at position {@code k} of incident {@code i} to {@code person}, who is
     * {@code distance} ties from it (null: further) and shares {@code group} with it (null: none).
     */
    private Contribution route(int i, int k, int person, Integer distance, Integer group,
            Map<Integer, Integer> previous) {
        int party = history.parties()[k];
        boolean victim = k < history.victimEnd(i);
        double harm = history.harm(i);
        double decay = parameters.decay(day - history.day(i));
        double conflict = conflictFactor(i);
        double f = harm * decay * conflict;
        double reach;
        double chronic = 0;
        boolean repeat = false;
        boolean viaGroup = false;
        if (party == person) {
            reach = ownReach(i, k);
            chronic = parameters.persistence();
            repeat = victim && !history.fatal(i) && history.harmedBefore(party, i, parameters.repeatWindowDays());
        } else {
            double network = distance == null ? 0 : stepWeights[distance];
            reach = (victim ? parameters.victimWeight() : parameters.suspectWeight()) * network;
            if (!victim && group != null && parameters.groupFactor() > network) {
                reach = parameters.suspectWeight() * parameters.groupFactor();
                viaGroup = true;
            }
        }
        if (reach == 0) {
            return null;
        }
        List<Contribution.Step> path = new ArrayList<>();
        path.add(new Contribution.Step(graph.id(party), List.of()));
        if (viaGroup) {
            path.add(new Contribution.Step(graph.id(person), List.of()));
        } else {
            for (int v = party; v != person; ) {
                int p = previous.get(v);
                path.add(new Contribution.Step(graph.id(p), kinds(graph.kinds(graph.edge(v, p)))));
                v = p;
            }
        }
        HarmHistory.Incident incident = history.incident(i);
        return new Contribution(incident.id(), incident.day(), incident.type(), incident.severity(), incident.weapon(),
                graph.id(party), victim ? Role.VICTIM : Role.SUSPECT, List.copyOf(path),
                viaGroup ? groups.id(group) : null, rivals(i), repeat, harm, decay, reach, conflict, chronic,
                reach * (f + chronic));
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
