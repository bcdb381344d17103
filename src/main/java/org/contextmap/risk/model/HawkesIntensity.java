package org.contextmap.risk.model;

import java.util.Arrays;

/**
 * The process being fitted, at its current parameters: the background {@code μ}, the excitation
 * {@code α_c} by kind of route, the decay {@code β}, the chronic background {@code γ} and the
 * suspect ratio {@code α_suspect / α_victim}; the intensity {@code λ} at each victimisation, the
 * log-likelihood {@code Σ log λ − ∫ λ}, and the M-step that re-estimates the parameters from the
 * E-step's responsibilities (Veen &amp; Schoenberg 2008; Mohler et al. 2011, "Self-exciting point
 * process modeling of crime", JASA 106(493)).
 *
 * <p>Its own class because the likelihood is what the EM climbs and what the fit reports against
 * the background alone: each evaluation is O(pairs + incidents × categories) over the arrays of
 * {@link HawkesData}.
 */
final class HawkesIntensity {

    private final HawkesData data;
    private double mu;
    private double beta;
    private final double[] alpha;
    private double gamma = 0.01;
    private double suspectRatio = 1;

    /** Starts from {@code start}'s decay and distances and a uniform background. */
    HawkesIntensity(HawkesData data, RiskParameters start) {
        this.data = data;
        int hops = data.hops;
        this.alpha = new double[data.categories];
        this.beta = 1 / start.decayDays();
        for (int c = 0; c < data.categories; c++) {
            alpha[c] = 0.01 * (c == 0 || c == hops + 2 ? 1
                    : c <= hops ? Math.pow(start.distanceFactor(), c) : start.groupFactor());
        }
        this.mu = data.events / (data.people * data.span);
    }

    /** μ, victimisations per person per day from the background. */
    double mu() {
        return mu;
    }

    double beta() {
        return beta;
    }

    /** α by route: own victimisation, 1..maxHops ties, shared group, own suspicion. Shared: do not modify. */
    double[] alpha() {
        return alpha;
    }

    double gamma() {
        return gamma;
    }

    double suspectRatio() {
        return suspectRatio;
    }

    /** The part of a victimisation's intensity that pair {@code p} stands for. */
    double term(int p) {
        TriggerPairs pairs = data.pairs;
        return switch (pairs.category[p]) {
            case TriggerPairs.CHRONIC_VICTIM -> gamma / data.horizon;
            case TriggerPairs.CHRONIC_SUSPECT -> gamma * suspectRatio / data.horizon;
            default -> alpha[pairs.category[p]] * pairs.harm[p] * beta * Math.exp(-beta * pairs.lag[p]);
        };
    }

    /** Fills {@code lambda} with the intensity at each victimisation. */
    void intensities(double[] lambda) {
        TriggerPairs pairs = data.pairs;
        Arrays.fill(lambda, mu);
        for (int p = 0; p < pairs.size; p++) {
            lambda[pairs.event[p]] += term(p);
        }
    }

    /** Σ log λ over the victimisations minus the compensator of every part of the intensity. */
    double logLikelihood(double[] lambda) {
        intensities(lambda);
        double sum = 0;
        for (double l : lambda) {
            sum += Math.log(l);
        }
        double compensator = mu * data.people * data.span
                + gamma * (data.chronicVictims + suspectRatio * data.chronicSuspects);
        for (int i = 0; i < data.endIndex; i++) {
            double reach = data.reach(i, beta);
            for (int c = 0; c < data.categories; c++) {
                compensator += alpha[c] * data.exposureByIncident[i * data.categories + c] * reach;
            }
        }
        return sum - compensator;
    }

    /**
     * The M-step: {@code μ} the background share over the person-days, each {@code α_c} the
     * triggered victimisations by that route over the exposure by it, {@code γ} likewise over the
     * open own involvements, and {@code β} the responsibility-weighted mean lag.
     *
     * @param background     the victimisations' summed share of the background
     * @param responsibility the summed shares by route
     * @param exposure       the harm-weighted exposure by route, within each incident's window
     * @param chronicShare   the summed shares of the own earlier involvements
     * @param triggered      the summed shares of all routes
     * @param lagSum         the same, each times its lag
     */
    void maximise(double background, double[] responsibility, double[] exposure, double chronicShare,
            double triggered, double lagSum) {
        mu = background / (data.people * data.span);
        for (int c = 0; c < data.categories; c++) {
            alpha[c] = exposure[c] > 0 ? responsibility[c] / exposure[c] : 0;
        }
        if (alpha[0] > 0) {
            suspectRatio = alpha[data.hops + 2] / alpha[0];
        }
        double chronicExposure = data.chronicVictims + suspectRatio * data.chronicSuspects;
        gamma = chronicExposure > 0 ? chronicShare / chronicExposure : 0;
        if (triggered > 0 && lagSum > 0) {
            beta = triggered / lagSum;
        }
    }
}
