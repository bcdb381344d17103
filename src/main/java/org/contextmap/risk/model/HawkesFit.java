package org.contextmap.risk.model;

import java.time.LocalDate;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.network.graph.GroupNetwork;

/**
 * Fits the decay and the distance weights of the model to the local history by maximum likelihood,
 * with the expectation–maximisation algorithm for Hawkes processes (Veen &amp; Schoenberg 2008,
 * "Estimation of space–time branching process models in seismology using an EM-type algorithm",
 * JASA 103(482); Mohler et al. 2011, "Self-exciting point process modeling of crime", JASA
 * 106(493)).
 *
 * <p>The process: each young person {@code p} is harmed at rate
 * <pre>
 *   λ_p(t) = μ + Σ_{incidents i before t} α_c(p,i) · harm(i) · β·exp(−β (t − t_i))
 * </pre>
 * summed over every route from each of the incident's parties, where {@code c(p,i)} is the kind of
 * route: the party themselves as victim or as suspect, a path of 1..maxHops ties, or a peer group
 * shared with a suspect, {@code harm} the configured weight of the incident and
 * {@code 1/β} the mean lag; and a person-specific background {@code γ/H} for each of the
 * person's own involvements in the last {@code H} (horizon) days, weighted like the routes (a
 * suspect's by the suspect weight), the chronic part that the
 * model's {@code persistence} stands for (Mohler 2014). The E-step shares each victimisation between the background and the
 * earlier incidents that could have triggered it; the M-step re-estimates {@code μ}, each
 * {@code α_c} (the triggered victimisations at that distance over the harm-weighted exposure at
 * that distance), {@code γ} likewise, and {@code β} (the responsibility-weighted mean lag). The
 * model's parameters are read off relative to a victim's own route {@code α_victim}: the suspect
 * weight {@code α_suspect / α_victim}, the distance factor {@code (α_maxHops / α_victim)^(1/maxHops)},
 * the group factor {@code α_group / α_victim} and the persistence {@code γ / (H α_victim β)}.
 *
 * <p>Simplifications, stated so that nobody reads more into the figures than is there: ties and
 * associations are taken as known at the end of the history; the kernel is truncated at the
 * horizon, and {@code β}'s update ignores that truncation (exact when the horizon is several mean
 * lags); the severity, weapon and conflict weights are not fitted but taken as configured (an
 * incident's harm in the fit is its harm × its conflict factor, as in the model).
 *
 * <p>This class is the EM iterations and their E-step. The data are prepared once by
 * {@link HawkesData} (the routes from every party, the candidate pairs in {@link TriggerPairs}); the
 * parameters, the intensity, the log-likelihood, the M-step and the figures read off the fitted
 * parameters are {@link HawkesIntensity}'s. Each iteration costs O(pairs + incidents × categories),
 * the E-step a sweep of the pairs.
 */
public final class HawkesFit {

    /**
     * The fitted figures.
     *
     * @param victimisations the events fitted
     * @param background     μ, victimisations per person per day from the background
     * @param alphas         α by route: own victimisation, 1..maxHops ties, shared group, own suspicion
     * @param meanLagDays    1/β, the fitted decay (the model's {@code decayDays})
     * @param distanceFactor the fitted weight kept per step
     * @param groupFactor    the fitted weight of a shared group relative to a victim's own harm
     * @param suspectWeight  the fitted weight of a suspect's own route relative to a victim's
     * @param chronic        γ, the person-specific background per own victimisation
     * @param persistence    γ in the model's units: what the model's {@code persistence} would be
     * @param triggeredShare share of victimisations attributed to earlier incidents
     * @param logLikelihood  of the fitted model
     * @param backgroundOnly log-likelihood of the background alone (μ fitted, no excitation)
     */
    public record Fit(int victimisations, int people, LocalDate from, LocalDate to, int iterations, double background,
            double[] alphas, double meanLagDays, double distanceFactor, double groupFactor, double suspectWeight,
            double chronic, double persistence, double triggeredShare, double logLikelihood, double backgroundOnly) {

        /** The given parameters with the fitted decay, distance, group, suspect weight and persistence. */
        public RiskParameters applyTo(RiskParameters parameters) {
            return parameters.withFit(meanLagDays, distanceFactor, groupFactor, suspectWeight, persistence);
        }
    }

    private final HawkesData data;
    private final HawkesIntensity model;

    private HawkesFit(HawkesData data, HawkesIntensity model) {
        this.data = data;
        this.model = model;
    }

    /** Fits the model on every incident up to {@code to}, starting from {@code start}'s decay and distances. */
    public static Fit fit(CompactGraph graph, GroupNetwork groups, HarmHistory history, RiskParameters start,
            LocalDate to, int maxIterations) {
        int endIndex = history.firstOnOrAfter((int) to.toEpochDay() + 1);
        if (endIndex == 0) {
            throw new IllegalArgumentException("There are no harmful incidents on or before " + to + " to fit.");
        }
        CompactGraph known = graph.knownOn(to);
        HawkesData data = new HawkesData(known, groups, history, start, to, endIndex);
        return new HawkesFit(data, new HawkesIntensity(data, start)).estimate(maxIterations, to);
    }

    /** Expectation–maximisation until the log-likelihood stops moving. */
    private Fit estimate(int maxIterations, LocalDate to) {
        double[] lambda = new double[data.events];
        double logLikelihood = Double.NEGATIVE_INFINITY;
        double triggered = 0;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            triggered = step(lambda);
            double next = model.logLikelihood(lambda);
            boolean converged = Math.abs(next - logLikelihood) < 1e-6 * Math.abs(next);
            logLikelihood = next;
            if (converged) {
                break;
            }
        }
        return model.readOff(to, iteration, triggered, logLikelihood);
    }

    /**
     * One E-step — each victimisation shared between the background and its candidate triggers, in
     * proportion to their parts of its intensity — and the M-step; returns the number of
     * victimisations attributed to earlier incidents.
     */
    private double step(double[] lambda) {
        model.intensities(lambda);
        double background = model.backgroundShare(lambda);
        double[] responsibility = new double[data.categories];
        double chronicShare = 0;
        double lagSum = 0;
        double triggered = 0;
        TriggerPairs pairs = data.pairs;
        for (int p = 0; p < pairs.size; p++) {
            double r = model.term(p) / lambda[pairs.event[p]];
            if (pairs.category[p] >= TriggerPairs.CHRONIC_VICTIM) {
                chronicShare += r;
            } else {
                responsibility[pairs.category[p]] += r;
                lagSum += r * pairs.lag[p];
                triggered += r;
            }
        }
        model.maximise(background, responsibility, chronicShare, triggered, lagSum);
        return triggered;
    }
}
