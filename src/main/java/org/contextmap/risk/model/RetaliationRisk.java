package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;

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
 * the incidents of the people on them; {@link #addTo} costs the routes from one incident's parties.
 *
 * <p>This class is the day's model as its callers see it: the graph, the groups and the incidents
 * counted on the day. The work is done by {@link IncidentWeights} (what each incident is worth,
 * with its {@link Rivalries}), {@link AllScores} (every score at once), {@link IncidentUpdate} (one
 * incident's contributions) and {@link ScoreExplanation} (one person's routes), which share the
 * weights so that the three always agree.
 */
public final class RetaliationRisk {

    private final CompactGraph graph;
    private final GroupNetwork groups;
    private final LocalDate asOf;
    private final int[][] members;
    private final int[][] groupsOf;
    private final IncidentWeights weights;

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
        this.asOf = asOf;
        this.members = members;
        this.groupsOf = GroupNetwork.byPerson(graph.size(), members);
        this.weights = new IncidentWeights(history, parameters, asOf, groups, groupsOf);
    }

    /** The same day and network over a changed history: for updating scores after new incidents. */
    public RetaliationRisk withHistory(HarmHistory changed) {
        return new RetaliationRisk(graph, groups, changed, weights.parameters(), asOf, members);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public CompactGraph graph() {
        return graph;
    }

    /** The peer groups, with their associations and conflicts. */
    public GroupNetwork groups() {
        return groups;
    }

    public HarmHistory history() {
        return weights.history();
    }

    public RiskParameters parameters() {
        return weights.parameters();
    }

    /** The incidents that count on the day: indices {@code first() .. end()-1} of the history. */
    public int first() {
        return weights.first();
    }

    public int end() {
        return weights.end();
    }

    /** Every young person's score, by vertex. */
    public double[] scores() {
        return AllScores.of(graph, members, groupsOf, weights);
    }

    /** Scratch space for routes from one source of this model. */
    Spread spread() {
        return new Spread(graph, groupsOf, members, weights.parameters().maxHops());
    }

    /**
     * Adds {@code sign} × incident {@code i}'s contributions to {@code scores}: +1 for a new incident,
     * −1 to take one away. Incidents outside the day's horizon add nothing. Costs the routes from
     * the incident's parties, not the city.
     */
    public void addTo(double[] scores, int i, double sign) {
        if (weights.counted(i)) {
            IncidentUpdate.addTo(scores, i, sign, weights, spread());
        }
    }

    /** The conflict multiplier of counted incident {@code i} (1 outside the day's incidents). */
    double conflictFactor(int i) {
        return weights.conflictFactor(i);
    }

    /** The groups in conflict across incident {@code i} (victim's first), or an empty list. */
    public List<String> rivals(int i) {
        return weights.rivals(i);
    }

    /**
     * Why one young person has their score: every route by which an incident reaches them — their
     * own part in it, a path of ties from a party, a group shared with a suspect — largest first.
     * The weights add up to {@code scores()[person]}.
     */
    public List<Contribution> explain(int person) {
        return new ScoreExplanation(graph, groups, members, groupsOf, weights).of(person);
    }

    /**
     * The same routes gathered into the lines a practitioner recognises ({@link ReasonLine}), largest
     * first, without building a contribution for each route: fast enough to explain a ranked list.
     * The lines' weights add up to {@code scores()[person]}.
     */
    public List<ReasonLine> lines(int person) {
        return new LineTotals(graph, groups, new ScoreExplanation(graph, groups, members, groupsOf, weights), weights)
                .of(person);
    }
}
