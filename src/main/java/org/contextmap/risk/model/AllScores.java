package org.contextmap.risk.model;

import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.Workers;

/**
 * Every young person's score on one day at once. Exposure is linear in the sources, so each
 * person's incidents are summed into masses and spread with two sparse matrix–vector products,
 * {@code A·x} and {@code A·(A·x) − deg ∘ x} (paths of two ties, never back to the source), and the
 * suspects' masses once more over their peer groups: Katz's (1953) attenuated path counts, with
 * the distance factor per step of Papachristos &amp; Wildeman (2014).
 *
 * <p>Its own class because this is the whole-city computation, run after every change to the
 * network: O(parties + edges + memberships), the products in parallel over vertex ranges, instead
 * of the routes from every source one by one ({@link IncidentUpdate}, {@link ScoreExplanation}).
 */
final class AllScores {

    private AllScores() {
    }

    /** Every young person's score, by vertex. */
    static double[] of(CompactGraph graph, int[][] members, int[][] groupsOf, IncidentWeights weights) {
        RiskParameters parameters = weights.parameters();
        Masses masses = new Masses(graph.size(), weights);
        for (int i = weights.first(); i < weights.end(); i++) {
            masses.add(i, 1);
        }
        int n = graph.size();
        double[] spreading = new double[n];
        for (int u = 0; u < n; u++) {
            spreading[u] = masses.victim[u] * parameters.victimWeight() + masses.suspect[u] * parameters.suspectWeight();
        }
        double[] scores = masses.own.clone();
        if (parameters.maxHops() >= 1) {
            double[] oneStep = neighbourSums(graph, spreading);
            add(scores, oneStep, parameters.distanceFactor());
            if (parameters.maxHops() >= 2) {
                double[] twoSteps = neighbourSums(graph, oneStep);
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
    private static double[] neighbourSums(CompactGraph graph, double[] x) {
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

    /**
     * Every person's incidents summed into three masses: as a victim and as a suspect (what spreads
     * over ties and groups) and their own route (what stays with them).
     */
    private static final class Masses {
        final double[] victim;
        final double[] suspect;
        final double[] own;
        private final IncidentWeights weights;

        Masses(int n, IncidentWeights weights) {
            victim = new double[n];
            suspect = new double[n];
            own = new double[n];
            this.weights = weights;
        }

        void add(int i, double sign) {
            HarmHistory history = weights.history();
            double f = sign * weights.dynamic(i);
            double chronic = sign * weights.parameters().persistence();
            int[] parties = history.parties();
            for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                int u = parties[k];
                (k < history.victimEnd(i) ? victim : suspect)[u] += f;
                own[u] += weights.ownReach(i, k) * (f + chronic);
            }
        }
    }
}
