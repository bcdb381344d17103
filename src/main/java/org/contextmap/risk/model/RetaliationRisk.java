package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.contextmap.incident.Role;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.network.graph.Workers;
import org.contextmap.person.RelationshipKind;

/**
 * Retaliation risk on one day: a self-exciting (Hawkes-type) exposure over the person network.
 * Every harmful incident before the day is a source of risk at each of its parties — the victims
 * (further victimisation, being drawn into retaliation) and the suspects (being targeted) — and
 * adds to the score of each young person along each route from a party to them
 *
 * <pre>
 *   f(i) × route      with  f(i) = harm(i) × exp(−(day − day(i)) / decayDays) × conflict(i)
 * </pre>
 *
 * where {@code harm} weighs type, severity and weapon and {@code conflict} is
 * {@code conflictFactor} when the victim's and a suspect's groups are recorded as in conflict on
 * the day of the incident. A route is a path of at most {@code maxHops} ties through distinct
 * people, weighing {@code sideWeight × distanceFactor^ties}, or, from a suspect, a peer group the
 * person shares with them, weighing {@code suspectWeight × groupFactor}: the more ways harm comes
 * close, the more exposure, as in Katz's (1953) attenuated path counts. A party's own route weighs
 * {@code sideWeight × (f(i) + persistence)}, times {@code repeatFactor} for a victim harmed within
 * the repeat window before: the persistence is a person-specific background that does not decay
 * within the horizon (Mohler 2014); a child who died in the incident has none.
 *
 * <p>The score is the conditional intensity of a Hawkes process with an exponential kernel
 * (Hawkes 1971) whose excitation spreads over the network, as in Green, Horel &amp; Papachristos
 * (2017), "Modeling contagion through social networks to explain and predict gunshot violence in
 * Chicago, 2006 to 2014", JAMA Internal Medicine 177(3); the distance factor is the odds ratio per
 * step of Papachristos &amp; Wildeman (2014), "Network exposure and homicide victimization in an
 * African American community", AJPH 104(1); the conflict factor the retaliation between rivals of
 * Papachristos (2009), "Murder by structure", AJS 115(1), and Gravel et al. (2023).
 *
 * <p>Everything is explainable: {@link #explain} lists, for one person, every route by which an
 * incident reaches them, with the path and the factors of its weight; the weights add up to the
 * score. Only incidents on or before the day count, and only ties and associations known by then,
 * so the score of any past day is what could have been computed on that day.
 *
 * <p>Cost: exposure is linear in the sources, so {@link #scores} sums each person's incidents into
 * masses and spreads them with two sparse matrix–vector products, {@code A·x} and
 * {@code A·(A·x) − deg ∘ x} (paths of two ties, never back to the source): O(parties + edges), in
 * parallel over vertex ranges. {@link #explain} walks the routes into one person and looks only at
 * the incidents of the people on them.
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
        this(graph, groups, history, parameters, asOf, groups.membersOn(asOf));
    }

    private RetaliationRisk(CompactGraph graph, GroupNetwork groups, HarmHistory history, RiskParameters parameters,
            LocalDate asOf, int[][] members) {
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
        this.members = members;
        this.groupsOf = GroupNetwork.byPerson(graph.size(), members);
        this.rivalry = rivalries();
    }

    /** The same day and network over a changed history: for updating scores after new incidents. */
    public RetaliationRisk withHistory(HarmHistory changed) {
        return new RetaliationRisk(graph, groups, changed, parameters, asOf, members);
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

    /** The incidents that count on the day: indices {@code first() .. end()-1} of the history. */
    public int first() {
        return first;
    }

    public int end() {
        return end;
    }

    /** Every young person's score, by vertex. */
    public double[] scores() {
        Masses masses = new Masses(graph.size());
        for (int i = first; i < end; i++) {
            masses.add(i, 1);
        }
        int n = graph.size();
        double[] spreading = new double[n];
        for (int u = 0; u < n; u++) {
            spreading[u] = masses.victim[u] * parameters.victimWeight() + masses.suspect[u] * parameters.suspectWeight();
        }
        double[] scores = masses.own.clone();
        if (parameters.maxHops() >= 1) {
            double[] oneStep = neighbourSums(spreading);
            add(scores, oneStep, parameters.distanceFactor());
            if (parameters.maxHops() >= 2) {
                double[] twoSteps = neighbourSums(oneStep);
                for (int v = 0; v < n; v++) {
                    twoSteps[v] -= graph.degree(v) * spreading[v]; // walks back to the source are not paths
                }
                add(scores, twoSteps, parameters.distanceFactor() * parameters.distanceFactor());
            }
        }
        double[] groupMass = new double[members.length];
        for (int g = 0; g < members.length; g++) {
            for (int m : members[g]) {
                groupMass[g] += masses.suspect[m];
            }
        }
        double groupWeight = parameters.suspectWeight() * parameters.groupFactor();
        for (int v = 0; v < n; v++) {
            for (int g : groupsOf[v]) {
                scores[v] += groupWeight * (groupMass[g] - masses.suspect[v]);
            }
        }
        return scores;
    }

    /** {@code A·x}: for each vertex, the sum of {@code x} over its neighbours, on all cores. */
    private double[] neighbourSums(double[] x) {
        int n = graph.size();
        double[] y = new double[n];
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        int parts = n < 10_000 ? 1 : Workers.available();
        Runnable[] tasks = new Runnable[parts];
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            tasks[p] = () -> {
                for (int v = from; v < to; v++) {
                    double sum = 0;
                    for (int slot = offsets[v]; slot < offsets[v + 1]; slot++) {
                        sum += x[neighbours[slot]];
                    }
                    y[v] = sum;
                }
            };
        }
        Workers.run(tasks);
        return y;
    }

    private static void add(double[] scores, double[] values, double factor) {
        for (int v = 0; v < scores.length; v++) {
            scores[v] += factor * values[v];
        }
    }

    /** Scratch space for routes from one source of this model. */
    Spread spread() {
        return new Spread(graph, groupsOf, members, parameters.maxHops());
    }

    /**
     * Adds {@code sign} × incident {@code i}'s contributions to {@code scores}: +1 for a new incident,
     * −1 to take one away. Incidents outside the day's horizon add nothing. Costs the routes from
     * the incident's parties, not the city.
     */
    public void addTo(double[] scores, int i, double sign) {
        if (i < first || i >= end) {
            return;
        }
        Spread spread = spread();
        double f = sign * dynamic(i);
        double chronic = sign * parameters.persistence();
        double oneStep = parameters.distanceFactor();
        double twoSteps = oneStep * oneStep;
        double group = parameters.suspectWeight() * parameters.groupFactor() * f;
        int[] parties = history.parties();
        for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
            int u = parties[k];
            boolean victim = k < history.victimEnd(i);
            scores[u] += ownReach(i, k) * (f + chronic);
            double mass = f * (victim ? parameters.victimWeight() : parameters.suspectWeight());
            spread.from(u, !victim);
            for (int t = 0; t < spread.count; t++) {
                int v = spread.touched[t];
                scores[v] += mass * (oneStep * spread.oneStep[v] + twoSteps * spread.twoSteps[v])
                        + group * spread.groups[v];
            }
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
     * Why one young person has their score: every route by which an incident reaches them — their
     * own part in it, a path of ties from a party, a group shared with a suspect — largest first.
     * The weights add up to {@code scores()[person]}.
     */
    public List<Contribution> explain(int person) {
        List<Contribution> contributions = new ArrayList<>();
        String self = graph.id(person);
        forEachParty(person, (i, k) -> contributions.add(contribution(i, k, List.of(step(self, -1, -1)), null,
                ownReach(i, k), parameters.persistence())));
        int[] offsets = graph.offsets();
        int[] neighbours = graph.neighbours();
        double oneStep = parameters.distanceFactor();
        if (parameters.maxHops() >= 1) {
            for (int slot = offsets[person]; slot < offsets[person + 1]; slot++) {
                int w = neighbours[slot];
                List<Contribution.Step> path = List.of(step(graph.id(w), -1, -1), step(self, w, person));
                forEachParty(w, (i, k) -> contributions.add(contribution(i, k, path, null, side(i, k) * oneStep, 0)));
                if (parameters.maxHops() >= 2) {
                    for (int s2 = offsets[w]; s2 < offsets[w + 1]; s2++) {
                        int u = neighbours[s2];
                        if (u == person) {
                            continue;
                        }
                        List<Contribution.Step> longer = List.of(step(graph.id(u), -1, -1),
                                step(graph.id(w), u, w), step(self, w, person));
                        forEachParty(u, (i, k) -> contributions.add(
                                contribution(i, k, longer, null, side(i, k) * oneStep * oneStep, 0)));
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
                        if (k >= history.victimEnd(i)) {
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
    private void forEachParty(int u, java.util.function.BiConsumer<Integer, Integer> action) {
        int[] incidents = history.personIncidents();
        int[] parties = history.parties();
        for (int s = history.personStart(u); s < history.personEnd(u); s++) {
            int i = incidents[s];
            if (i >= first && i < end) {
                for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                    if (parties[k] == u) {
                        action.accept(i, k);
                    }
                }
            }
        }
    }

    /** The weight of the side of the party at {@code k} of incident {@code i}. */
    private double side(int i, int k) {
        return k < history.victimEnd(i) ? parameters.victimWeight() : parameters.suspectWeight();
    }

    /** A step of a path: the person, and the kinds of the tie from {@code from} to {@code to} (none: -1). */
    private Contribution.Step step(String id, int from, int to) {
        if (from < 0) {
            return new Contribution.Step(id, List.of(), List.of(), null);
        }
        int edge = graph.edge(from, to);
        List<org.contextmap.base.Agency> agencies = new ArrayList<>();
        for (org.contextmap.base.Agency agency : org.contextmap.base.Agency.values()) {
            if ((graph.agencies(edge) & 1 << agency.ordinal()) != 0) {
                agencies.add(agency);
            }
        }
        int confidence = graph.confidence(edge);
        return new Contribution.Step(id, kinds(graph.kinds(edge)), List.copyOf(agencies),
                confidence < 0 ? null : org.contextmap.base.Confidence.values()[confidence]);
    }

    private Contribution contribution(int i, int k, List<Contribution.Step> path, String viaGroup, double reach,
            double chronic) {
        boolean victim = k < history.victimEnd(i);
        double harm = history.harm(i);
        double decay = parameters.decay(day - history.day(i));
        double conflict = conflictFactor(i);
        boolean own = path.size() == 1;
        boolean repeat = own && victim && !history.fatal(i)
                && history.harmedBefore(history.parties()[k], i, parameters.repeatWindowDays());
        HarmHistory.Incident incident = history.incident(i);
        return new Contribution(incident.id(), incident.day(), incident.type(), incident.severity(), incident.weapon(),
                incident.source(), path.getFirst().personId(), victim ? Role.VICTIM : Role.SUSPECT, path, viaGroup, rivals(i), repeat,
                harm, decay, reach, conflict, reach == 0 ? 0 : chronic, reach * (harm * decay * conflict + chronic));
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
