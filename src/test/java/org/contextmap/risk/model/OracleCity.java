package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.incident.IncidentType;
import org.contextmap.incident.Severity;
import org.contextmap.incident.Weapon;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.CompactGraphBuilder;
import org.contextmap.network.graph.GroupLink;
import org.contextmap.network.graph.GroupNetwork;
import org.contextmap.person.RelationshipKind;

/**
 * A simulated city whose retaliation dynamics are known, to measure the model against the truth.
 * Young people live in areas, a third of them are associated with peer groups, pairs of groups are
 * in conflict, and ties join people of a group and neighbours. Victimisation is a multivariate
 * Hawkes process over that network (Hawkes 1971; on networks, Green, Horel &amp; Papachristos 2017):
 * each child has a background rate (heavy-tailed across children, as repeat victimisation is), and
 * each victimisation excites, with an exponential kernel of mean {@code tau} days, the victim
 * (repeat victimisation), each of the victim's ties, the suspect (targeted in retaliation) and,
 * when the victim's and the suspect's groups are in conflict, every associate of both groups
 * (group-level retaliation). The simulation runs day by day and records every child's excitation,
 * so that the true expected number of victimisations over any window after any day — the oracle —
 * is known exactly.
 *
 * @param self    expected further victimisations of the victim caused by one victimisation
 * @param tie     expected victimisations caused at each tie of the victim
 * @param suspect expected victimisations of the suspect caused
 * @param group   expected victimisations caused across both groups' associates, in conflict
 */
public record OracleCity(int people, double tau, double self, double tie, double suspect, double group,
        double backgroundPerYear, long seed) {

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int DAYS = 3 * 365;
    private static final int AREA = 100;
    private static final int GROUP_SIZE = 40;

    /** The simulated city: its network, its incidents, and each child's excitation and background by day. */
    public record World(CompactGraph graph, GroupNetwork groups, List<HarmfulIncident> incidents, double[] background,
            float[][] excitation, double tau) {

        /**
         * The true expected number of victimisations of each child within {@code days} after
         * {@code day}, by vertex of the graph.
         */
        public double[] expected(int day, int days) {
            double[] truth = new double[background.length];
            double carry = tau * (1 - Math.exp(-days / tau));
            for (int v = 0; v < truth.length; v++) {
                truth[graph.vertex("O" + v)] = background[v] * days + excitation[day][v] * carry;
            }
            return truth;
        }
    }

    /** Runs the simulation. */
    public World simulate() {
        SplittableRandom random = new SplittableRandom(seed);
        int n = people;
        String[] ids = new String[n];
        for (int v = 0; v < n; v++) {
            ids[v] = "O" + v;
        }
        int groupCount = Math.max(2, n / 3 / GROUP_SIZE) & ~1; // an even number: groups in conflict by pairs
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            if (random.nextDouble() < 1 / 3.0) {
                int g = Math.min(groupCount - 1, (v / AREA * 2 + random.nextInt(2)) % groupCount);
                groupOf[v] = g;
                members.get(g).add(v);
            }
        }
        CompactGraphBuilder ties = CompactGraph.builder(ids);
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            neighbours.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            for (int t = 0; t < 2; t++) { // neighbours in the area
                int area = v / AREA * AREA;
                tie(ties, neighbours, v, Math.min(n - 1, area + random.nextInt(AREA)));
            }
            if (groupOf[v] >= 0) { // and in the group
                List<Integer> group = members.get(groupOf[v]);
                for (int t = 0; t < 2; t++) {
                    tie(ties, neighbours, v, group.get(random.nextInt(group.size())));
                }
            }
        }
        CompactGraph graph = ties.build();
        String[] groupIds = new String[groupCount];
        for (int g = 0; g < groupCount; g++) {
            groupIds[g] = "OG" + g;
        }
        GroupNetwork.Builder groupBuilder = GroupNetwork.builder(groupIds, groupIds, graph);
        for (int g = 0; g < groupCount; g += 2) {
            groupBuilder.relation(groupIds[g], groupIds[g + 1], GroupLink.CONFLICT, START);
        }
        for (int v = 0; v < n; v++) {
            if (groupOf[v] >= 0) {
                groupBuilder.association(ids[v], groupIds[groupOf[v]], START);
            }
        }
        GroupNetwork groups = groupBuilder.build();

        double[] background = new double[n];
        double meanDaily = backgroundPerYear / 365;
        double sigma = 1.0;
        for (int v = 0; v < n; v++) { // log-normal with the given mean
            background[v] = meanDaily * Math.exp(sigma * gaussian(random) - sigma * sigma / 2)
                    * (groupOf[v] >= 0 ? 1.5 : 0.75);
        }
        float[][] excitation = new float[DAYS + 1][];
        double[] e = new double[n];
        double keep = Math.exp(-1 / tau);
        List<HarmfulIncident> incidents = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            excitation[day] = toFloats(e);
            double[] added = new double[n];
            for (int v = 0; v < n; v++) {
                double lambda = background[v] + e[v];
                if (random.nextDouble() < 1 - Math.exp(-lambda)) {
                    int suspect = suspect(random, v, groupOf, members, neighbours);
                    incidents.add(new HarmfulIncident("OI" + incidents.size(), START.plusDays(day),
                            IncidentType.ASSAULT, Severity.SERIOUS, Weapon.NONE, Agency.POLICE,
                            new String[] {ids[v]}, suspect < 0 ? new String[0] : new String[] {ids[suspect]}));
                    excite(added, v, suspect, groupOf, members, neighbours);
                }
            }
            for (int v = 0; v < n; v++) {
                e[v] = e[v] * keep + added[v] / tau; // an intensity whose integral is the expected offspring
            }
        }
        excitation[DAYS] = toFloats(e);
        return new World(graph, groups, incidents, background, excitation, tau);
    }

    private static void tie(CompactGraphBuilder ties, List<List<Integer>> neighbours, int a, int b) {
        if (a != b && !neighbours.get(a).contains(b)) {
            ties.add("O" + a, "O" + b, RelationshipKind.FRIEND.ordinal(), 0, 0, CompactGraph.SINCE_UNKNOWN, 1);
            neighbours.get(a).add(b);
            neighbours.get(b).add(a);
        }
    }

    /** A rival's associate when the victim has a group (mostly), else now and then someone they know. */
    private static int suspect(SplittableRandom random, int v, int[] groupOf, List<List<Integer>> members,
            List<List<Integer>> neighbours) {
        if (groupOf[v] >= 0 && random.nextDouble() < 0.7) {
            List<Integer> rivals = members.get(groupOf[v] ^ 1);
            return rivals.isEmpty() ? -1 : rivals.get(random.nextInt(rivals.size()));
        }
        List<Integer> known = neighbours.get(v);
        return !known.isEmpty() && random.nextDouble() < 0.5 ? known.get(random.nextInt(known.size())) : -1;
    }

    private void excite(double[] added, int v, int suspect, int[] groupOf, List<List<Integer>> members,
            List<List<Integer>> neighbours) {
        added[v] += self;
        for (int w : neighbours.get(v)) {
            added[w] += tie;
        }
        if (suspect >= 0) {
            added[suspect] += this.suspect;
            if (groupOf[v] >= 0 && groupOf[suspect] >= 0 && groupOf[v] != groupOf[suspect]) {
                List<Integer> a = members.get(groupOf[v]);
                List<Integer> b = members.get(groupOf[suspect]);
                double each = group / (a.size() + b.size());
                a.forEach(m -> added[m] += each);
                b.forEach(m -> added[m] += each);
            }
        }
    }

    private static float[] toFloats(double[] values) {
        float[] copy = new float[values.length];
        for (int v = 0; v < values.length; v++) {
            copy[v] = (float) values[v];
        }
        return copy;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
