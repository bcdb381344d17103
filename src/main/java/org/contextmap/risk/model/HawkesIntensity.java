package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The process being fitted, at its current parameters: the background {@code μ}, the excitation
 * {@code α_c} by kind of route, the decay {@code β}, the chronic background {@code γ} and the
 * suspect ratio {@code α_suspect / α_victim}; the intensity {@code λ} at each victimisation, the
 * log-likelihood {@code Σ log λ − ∫ λ}, the M-step that re-estimates the parameters from the
 * E-step's responsibilities (Veen &amp; Schoenberg 2008; Mohler et al. 2011, "Self-exciting point
 * process modeling of crime", JASA 106(493)), and the model's figures read off them.
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

    /** The part of a victimisation's intensity that pair {@code p} stands for. */
    double term(int p) {
        TriggerPairs pairs = data.pairs;
        return switch (pairs.category[p]) {
            case TriggerPairs.CHRONIC_VICTIM -> gamma / data.horizon;
            case TriggerPairs.CHRONIC_SUSPECT -> gamma * suspectRatio / data.horizon;
            default -> alpha[pairs.category[p]] * pairs.harm[p] * beta * Math.exp(-beta * pairs.lag[p]);
        };
    }

    /** The victimisations' summed share of the background: Σ μ / λ. */
    double backgroundShare(double[] lambda) {
        double background = 0;
        for (int e = 0; e < data.events; e++) {
            background += mu / lambda[e];
        }
        return background;
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
     * triggered victimisations by that route over the harm-weighted exposure by it (within each
     * incident's window, at the current {@code β}), {@code γ} likewise over the open own
     * involvements, and {@code β} the responsibility-weighted mean lag.
     *
     * @param background     the victimisations' summed share of the background
     * @param responsibility the summed shares by route
     * @param chronicShare   the summed shares of the own earlier involvements
     * @param triggered      the summed shares of all routes
     * @param lagSum         the same, each times its lag
     */
    void maximise(double background, double[] responsibility, double chronicShare, double triggered,
            double lagSum) {
        int categories = data.categories;
        double[] exposure = new double[categories];
        for (int i = 0; i < data.endIndex; i++) {
            double reach = data.reach(i, beta);
            for (int c = 0; c < categories; c++) {
                exposure[c] += data.exposureByIncident[i * categories + c] * reach;
            }
        }
        mu = background / (data.people * data.span);
        for (int c = 0; c < categories; c++) {
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

    /**
     * The figures read off the current parameters, relative to a victim's own route
     * {@code α_victim}: the suspect weight, the distance factor {@code (α_maxHops / α_victim)^(1/maxHops)},
     * the group factor and the persistence {@code γ / (H α_victim β)}; with the log-likelihood of
     * the background alone beside the fitted one.
     *
     * @param triggered     the victimisations attributed to earlier incidents by the last E-step
     * @param logLikelihood the log-likelihood at the current parameters
     */
    HawkesFit.Fit readOff(LocalDate to, int iterations, double triggered, double logLikelihood) {
        int events = data.events;
        int people = data.people;
        double span = data.span;
        int hops = data.hops;
        double muOnly = events / (people * span);
        double backgroundOnly = events * Math.log(muOnly) - muOnly * people * span;
        double own = alpha[0];
        double distanceFactor = hops == 0 || own <= 0 ? 0 : Math.pow(alpha[hops] / own, 1.0 / hops);
        return new HawkesFit.Fit(events, people, LocalDate.ofEpochDay(data.history.day(0)), to, iterations, mu,
                alpha.clone(), 1 / beta, Math.min(1, distanceFactor), own <= 0 ? 0 : Math.min(1, alpha[hops + 1] / own),
                Math.clamp(suspectRatio, 0.01, 5), gamma, own <= 0 ? 0 : gamma / (data.horizon * own * beta),
                events == 0 ? 0 : triggered / events, logLikelihood, backgroundOnly);
    }
}
