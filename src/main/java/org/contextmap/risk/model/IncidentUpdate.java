package org.contextmap.risk.model;

/**
 * One incident's contributions to every score, added or taken away: the routes from each of its
 * parties — their own, paths of ties, groups shared with a suspect — each weighing
 * {@code f(i) × route} as in {@link AllScores}. Exposure is linear in the sources (a Hawkes
 * intensity is a sum over past events; Green, Horel &amp; Papachristos 2017), so after an import
 * the kept scores are corrected by the incidents it touched rather than recomputed for the city.
 *
 * <p>Its own class because this is the incremental path: it costs the routes from the incident's
 * parties (their ties, their neighbours' ties, their groups' members), not the size of the city.
 */
final class IncidentUpdate {

    private IncidentUpdate() {
    }

    /**
     * Adds {@code sign} × incident {@code i}'s contributions to {@code scores}: +1 for a new incident,
     * −1 to take one away.
     *
     * @param i      an incident {@linkplain IncidentWeights#counted counted} on the day
     * @param spread scratch space for routes over the day's graph and groups
     */
    static void addTo(double[] scores, int i, double sign, IncidentWeights weights, Spread spread) {
        HarmHistory history = weights.history();
        RiskParameters parameters = weights.parameters();
        double f = sign * weights.dynamic(i);
        double chronic = sign * parameters.persistence();
        double oneStep = parameters.distanceFactor();
        double twoSteps = oneStep * oneStep;
        double group = parameters.suspectWeight() * parameters.groupFactor() * f;
        int[] parties = history.parties();
        for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
            int u = parties[k];
            boolean victim = k < history.victimEnd(i);
            scores[u] += weights.ownReach(i, k) * (f + chronic);
            double mass = f * (victim ? parameters.victimWeight() : parameters.suspectWeight());
            spread.from(u, !victim);
            for (int t = 0; t < spread.count; t++) {
                int v = spread.touched[t];
                scores[v] += mass * (oneStep * spread.oneStep[v] + twoSteps * spread.twoSteps[v])
                        + group * spread.groups[v];
            }
        }
    }
}
