package org.contextmap.network.risk;

import java.time.LocalDate;
import java.util.Arrays;
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
 * where {@code c(p,i)} is the person's distance from the incident's parties (0..maxHops ties, or
 * "shares a peer group with a suspect" only), {@code harm} the configured weight of the incident and
 * {@code 1/β} the mean lag; and a person-specific background {@code γ/H} for each of the
 * person's own involvements as victim or suspect in the last {@code H} (horizon) days, the chronic part that the
 * model's {@code persistence} stands for (Mohler 2014). The E-step shares each victimisation between the background and the
 * earlier incidents that could have triggered it; the M-step re-estimates {@code μ}, each
 * {@code α_c} (the triggered victimisations at that distance over the harm-weighted exposure at
 * that distance), {@code γ} likewise, and {@code β} (the responsibility-weighted mean lag). The
 * distance factor is reported as {@code (α_maxHops / α_0)^(1/maxHops)}, the group factor as
 * {@code α_group / α_0} and the persistence, in the model's units, as {@code γ / (H α_0 β)}.
 *
 * <p>Simplifications, stated so that nobody reads more into the figures than is there: ties and
 * associations are taken as known at the end of the history; the kernel is truncated at the
 * horizon, and {@code β}'s update ignores that truncation (exact when the horizon is several mean
 * lags); the severity, weapon and conflict weights are not fitted but taken as configured (an
 * incident's harm in the fit is its harm × its conflict factor, as in the model).
 */
public final class HawkesFit {

    /**
     * The fitted figures.
     *
     * @param victimisations  the events fitted
     * @param background      μ, victimisations per person per day from the background
     * @param alphas          α by distance: 0..maxHops ties, then the shared group
     * @param meanLagDays     1/β, the fitted decay (the model's {@code decayDays})
     * @param distanceFactor  the fitted weight kept per step
     * @param groupFactor     the fitted weight of a shared group relative to being a party
 * @param chronic         γ, the person-specific background per own involvement
 * @param persistence     γ in the model's units: what the model's {@code persistence} would be
     * @param triggeredShare  share of victimisations attributed to earlier incidents
     * @param logLikelihood   of the fitted model
     * @param backgroundOnly  log-likelihood of the background alone (μ fitted, no excitation)
     */
    public record Fit(int victimisations, int people, LocalDate from, LocalDate to, int iterations, double background,
            double[] alphas, double meanLagDays, double distanceFactor, double groupFactor, double chronic,
            double persistence, double triggeredShare,
            double logLikelihood, double backgroundOnly) {
    }

    /** The category of a pair that is the person-specific background rather than excitation. */
    private static final int CHRONIC = Byte.MAX_VALUE;

    private HawkesFit() {
    }

    /** Fits the model on every incident up to {@code to}, starting from {@code start}'s decay and distances. */
    public static Fit fit(CompactGraph graph, GroupNetwork groups, HarmHistory history, RiskParameters start,
            LocalDate to, int maxIterations) {
        int endIndex = history.firstOnOrAfter((int) to.toEpochDay() + 1);
        if (endIndex == 0) {
            throw new IllegalArgumentException("There are no harmful incidents on or before " + to + " to fit.");
        }
        int firstDay = history.day(0);
        int lastDay = (int) to.toEpochDay();
        double span = lastDay - firstDay + 1;
        int categories = start.maxHops() + 2;
        CompactGraph known = graph.knownOn(to);
        // routes ranked by distance alone: unit sides, no repeat factor, the group route last
        RiskParameters byDistance = new RiskParameters(start.decayDays(), 0.5, start.maxHops(),
                Math.pow(0.5, start.maxHops() + 1), start.conflictFactor(), 1.0, 1.0, start.repeatWindowDays(), 1.0, 0.0,
                Math.max(start.horizonDays(), (int) span), start.highBand(), start.mediumBand(), start.lowBand(), start.typeWeights(),
                start.severityWeights(), start.weaponWeights(), start.tensionPeriodDays());
        int[][] members = groups.membersOn(to);
        RetaliationRisk rivalries = new RetaliationRisk(known, groups, history, byDistance, to);
        Spread spread = new Spread(known, GroupNetwork.byPerson(known.size(), members), members, history, byDistance);

        // victimisation events: (victim, incident)
        int[] parties = history.parties();
        int[] eventOf = new int[parties.length];
        Arrays.fill(eventOf, -1);
        int events = 0;
        for (int i = 0; i < endIndex; i++) {
            for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                eventOf[k] = events++;
            }
        }
        // candidate (event, trigger) pairs and each incident's exposure by category
        double[] exposure = new double[categories];
        double[] exposureByIncident = new double[endIndex * categories];
        Pairs pairs = new Pairs();
        int[] incidents = history.personIncidents();
        for (int i = 0; i < endIndex; i++) {
            spread.run(i, 1);
            double weighted = history.harm(i) * rivalries.conflictFactor(i);
            int window = Math.min(start.horizonDays(), lastDay - history.day(i));
            for (int t = 0; t < spread.count; t++) {
                int v = spread.touched[t];
                int c = spread.level[v];
                exposureByIncident[i * categories + c] += weighted;
                for (int k = history.personStart(v); k < history.personEnd(v); k++) {
                    int j = incidents[k];
                    int lag = history.day(j) - history.day(i);
                    if (j < endIndex && lag >= 1 && lag <= window) {
                        int at = victimSlot(history, j, v);
                        if (at >= 0) {
                            pairs.add(eventOf[at], lag, c, weighted);
                        }
                    }
                }
            }
        }
        // the person-specific background: each earlier own involvement (victim or suspect) within the horizon
        int horizon = start.horizonDays();
        double chronicExposure = 0;
        for (int i = 0; i < endIndex; i++) {
            double open = Math.min(horizon, lastDay - history.day(i)) / (double) horizon;
            for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                int v = parties[k];
                chronicExposure += open;
                for (int s = history.personStart(v); s < history.personEnd(v); s++) {
                    int j = incidents[s];
                    int lag = history.day(j) - history.day(i);
                    if (j < endIndex && lag >= 1 && lag <= horizon) {
                        int at = victimSlot(history, j, v);
                        if (at >= 0) {
                            pairs.add(eventOf[at], lag, CHRONIC, 1);
                        }
                    }
                }
            }
        }
        // EM
        double mu = events / (known.size() * span);
        double beta = 1 / start.decayDays();
        double[] alpha = new double[categories];
        for (int c = 0; c < categories; c++) {
            alpha[c] = 0.01 * (c <= start.maxHops() ? Math.pow(start.distanceFactor(), c) : start.groupFactor());
        }
        double gamma = 0.01;
        double[] lambda = new double[events];
        double logLikelihood = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        double triggered = 0;
        while (iteration < maxIterations) {
            iteration++;
            intensities(lambda, mu, alpha, beta, gamma / horizon, pairs);
            double background = 0;
            for (int e = 0; e < events; e++) {
                background += mu / lambda[e];
            }
            double[] responsibility = new double[categories];
            double chronicShare = 0;
            double lagSum = 0;
            triggered = 0;
            for (int p = 0; p < pairs.size; p++) {
                double r = term(pairs, p, alpha, beta, gamma / horizon) / lambda[pairs.event[p]];
                if (pairs.category[p] == CHRONIC) {
                    chronicShare += r;
                } else {
                    responsibility[pairs.category[p]] += r;
                    lagSum += r * pairs.lag[p];
                    triggered += r;
                }
            }
            Arrays.fill(exposure, 0);
            for (int i = 0; i < endIndex; i++) {
                double reach = 1 - Math.exp(-beta * Math.min(start.horizonDays(), lastDay - history.day(i)));
                for (int c = 0; c < categories; c++) {
                    exposure[c] += exposureByIncident[i * categories + c] * reach;
                }
            }
            mu = background / (known.size() * span);
            gamma = chronicExposure > 0 ? chronicShare / chronicExposure : 0;
            for (int c = 0; c < categories; c++) {
                alpha[c] = exposure[c] > 0 ? responsibility[c] / exposure[c] : 0;
            }
            if (triggered > 0 && lagSum > 0) {
                beta = triggered / lagSum;
            }
            intensities(lambda, mu, alpha, beta, gamma / horizon, pairs);
            double next = logLikelihood(lambda, mu, alpha, beta, known.size(), span, exposureByIncident, history,
                    endIndex, categories, horizon, lastDay) - gamma * chronicExposure;
            if (Math.abs(next - logLikelihood) < 1e-6 * Math.abs(next)) {
                logLikelihood = next;
                break;
            }
            logLikelihood = next;
        }
        double muOnly = events / (known.size() * span);
        double backgroundOnly = events * Math.log(muOnly) - muOnly * known.size() * span;
        int hops = start.maxHops();
        double distanceFactor = hops == 0 || alpha[0] <= 0 ? 0 : Math.pow(alpha[hops] / alpha[0], 1.0 / hops);
        return new Fit(events, known.size(), LocalDate.ofEpochDay(firstDay), to, iteration, mu, alpha, 1 / beta,
                Math.min(1, distanceFactor), alpha[0] <= 0 ? 0 : Math.min(1, alpha[hops + 1] / alpha[0]), gamma,
                alpha[0] <= 0 ? 0 : gamma / (horizon * alpha[0] * beta), events == 0 ? 0 : triggered / events,
                logLikelihood, backgroundOnly);
    }

    /** The part of a victimisation's intensity that pair {@code p} stands for. */
    private static double term(Pairs pairs, int p, double[] alpha, double beta, double chronicRate) {
        return pairs.category[p] == CHRONIC ? chronicRate
                : alpha[pairs.category[p]] * pairs.harm[p] * beta * Math.exp(-beta * pairs.lag[p]);
    }

    private static void intensities(double[] lambda, double mu, double[] alpha, double beta, double chronicRate,
            Pairs pairs) {
        Arrays.fill(lambda, mu);
        for (int p = 0; p < pairs.size; p++) {
            lambda[pairs.event[p]] += term(pairs, p, alpha, beta, chronicRate);
        }
    }

    /** Σ log λ over the victimisations minus the compensator of background and excitation (not the chronic part). */
    private static double logLikelihood(double[] lambda, double mu, double[] alpha, double beta, int people,
            double span, double[] exposureByIncident, HarmHistory history, int endIndex, int categories, int horizon,
            int lastDay) {
        double sum = 0;
        for (double l : lambda) {
            sum += Math.log(l);
        }
        double compensator = mu * people * span;
        for (int i = 0; i < endIndex; i++) {
            double reach = 1 - Math.exp(-beta * Math.min(horizon, lastDay - history.day(i)));
            for (int c = 0; c < categories; c++) {
                compensator += alpha[c] * exposureByIncident[i * categories + c] * reach;
            }
        }
        return sum - compensator;
    }

    /** The position of {@code v} among incident {@code j}'s victims in the parties array, or -1. */
    private static int victimSlot(HarmHistory history, int j, int v) {
        int[] parties = history.parties();
        for (int k = history.partyStart(j); k < history.victimEnd(j); k++) {
            if (parties[k] == v) {
                return k;
            }
        }
        return -1;
    }

    /** Growable parallel arrays of candidate (event, trigger) pairs. */
    private static final class Pairs {
        int size;
        int[] event = new int[1024];
        int[] lag = new int[1024];
        byte[] category = new byte[1024];
        double[] harm = new double[1024];

        void add(int e, int l, int c, double h) {
            if (size == event.length) {
                int grown = size * 2;
                event = Arrays.copyOf(event, grown);
                lag = Arrays.copyOf(lag, grown);
                category = Arrays.copyOf(category, grown);
                harm = Arrays.copyOf(harm, grown);
            }
            event[size] = e;
            lag[size] = l;
            category[size] = (byte) c;
            harm[size] = h;
            size++;
        }
    }
}
