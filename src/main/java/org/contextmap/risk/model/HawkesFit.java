package org.contextmap.risk.model;

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

    private static final byte CHRONIC_VICTIM = Byte.MAX_VALUE - 1;
    private static final byte CHRONIC_SUSPECT = Byte.MAX_VALUE;

    private final HarmHistory history;
    private final int endIndex;
    private final int lastDay;
    private final double span;
    private final int horizon;
    private final int hops;
    private final int categories;
    private final int people;
    private final double[] exposureByIncident;
    private final Pairs pairs = new Pairs();
    private int events;
    private double chronicVictims;
    private double chronicSuspects;

    private double mu;
    private double beta;
    private final double[] alpha;
    private double gamma = 0.01;
    private double suspectRatio = 1;

    private HawkesFit(HarmHistory history, int endIndex, int lastDay, RiskParameters start, int people) {
        this.history = history;
        this.endIndex = endIndex;
        this.lastDay = lastDay;
        this.span = lastDay - history.day(0) + 1;
        this.horizon = start.horizonDays();
        this.hops = start.maxHops();
        this.categories = hops + 3;
        this.people = people;
        this.exposureByIncident = new double[endIndex * categories];
        this.alpha = new double[categories];
        this.beta = 1 / start.decayDays();
        for (int c = 0; c < categories; c++) {
            alpha[c] = 0.01 * (c == 0 || c == hops + 2 ? 1
                    : c <= hops ? Math.pow(start.distanceFactor(), c) : start.groupFactor());
        }
    }

    /** Fits the model on every incident up to {@code to}, starting from {@code start}'s decay and distances. */
    public static Fit fit(CompactGraph graph, GroupNetwork groups, HarmHistory history, RiskParameters start,
            LocalDate to, int maxIterations) {
        int endIndex = history.firstOnOrAfter((int) to.toEpochDay() + 1);
        if (endIndex == 0) {
            throw new IllegalArgumentException("There are no harmful incidents on or before " + to + " to fit.");
        }
        CompactGraph known = graph.knownOn(to);
        HawkesFit fit = new HawkesFit(history, endIndex, (int) to.toEpochDay(), start, known.size());
        fit.collect(known, groups, start, to);
        return fit.estimate(maxIterations, to);
    }

    /** The candidate (victimisation, trigger) pairs and every incident's exposure by route. */
    private void collect(CompactGraph known, GroupNetwork groups, RiskParameters start, LocalDate to) {
        RiskParameters wholeSpan = new RiskParameters(start.decayDays(), start.distanceFactor(), hops,
                start.groupFactor(), start.conflictFactor(), 1.0, 1.0, start.repeatWindowDays(), 1.0, 0.0,
                Math.max(horizon, (int) span), start.highBand(), start.mediumBand(), start.lowBand(),
                start.typeWeights(), start.severityWeights(), start.weaponWeights(), start.tensionPeriodDays());
        int[][] members = groups.membersOn(to);
        RetaliationRisk rivalries = new RetaliationRisk(known, groups, history, wholeSpan, to);
        Spread spread = new Spread(known, GroupNetwork.byPerson(known.size(), members), members, hops);
        int[] parties = history.parties();
        int[] eventOf = new int[parties.length];
        Arrays.fill(eventOf, -1);
        for (int i = 0; i < endIndex; i++) {
            for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                eventOf[k] = events++;
            }
        }
        for (int i = 0; i < endIndex; i++) {
            double weighted = history.harm(i) * rivalries.conflictFactor(i);
            int window = Math.min(horizon, lastDay - history.day(i));
            double open = window / (double) horizon;
            for (int k = history.partyStart(i); k < history.partyEnd(i); k++) {
                boolean victim = k < history.victimEnd(i);
                int u = parties[k];
                exposureByIncident[i * categories + (victim ? 0 : hops + 2)] += weighted;
                addPairs(eventOf, i, u, victim ? 0 : hops + 2, weighted, window);
                spread.from(u, !victim);
                for (int t = 0; t < spread.count; t++) {
                    int v = spread.touched[t];
                    for (int d = 1; d <= hops; d++) {
                        route(eventOf, i, v, d, weighted * (d == 1 ? spread.oneStep[v] : spread.twoSteps[v]), window);
                    }
                    route(eventOf, i, v, hops + 1, weighted * spread.groups[v], window);
                }
                // the person-specific background: each own involvement, open for the horizon
                if (victim) {
                    chronicVictims += open;
                } else {
                    chronicSuspects += open;
                }
                addPairs(eventOf, i, parties[k], victim ? CHRONIC_VICTIM : CHRONIC_SUSPECT, 1, horizon);
            }
        }
    }

    /** Counts a route of category {@code c} (its harm × how many such routes) from incident {@code i} to {@code v}. */
    private void route(int[] eventOf, int i, int v, int c, double harm, int window) {
        if (harm > 0) {
            exposureByIncident[i * categories + c] += harm;
            addPairs(eventOf, i, v, c, harm, window);
        }
    }

    /** Pairs incident {@code i} with {@code v}'s later victimisations within {@code window} days. */
    private void addPairs(int[] eventOf, int i, int v, int category, double harm, int window) {
        int[] incidents = history.personIncidents();
        for (int s = history.personStart(v); s < history.personEnd(v); s++) {
            int j = incidents[s];
            int lag = history.day(j) - history.day(i);
            if (j < endIndex && lag >= 1 && lag <= window) {
                int at = victimSlot(j, v);
                if (at >= 0) {
                    pairs.add(eventOf[at], lag, category, harm);
                }
            }
        }
    }

    /** Expectation–maximisation until the log-likelihood stops moving. */
    private Fit estimate(int maxIterations, LocalDate to) {
        mu = events / (people * span);
        double[] lambda = new double[events];
        double logLikelihood = Double.NEGATIVE_INFINITY;
        double triggered = 0;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            triggered = step(lambda);
            double next = logLikelihood(lambda);
            boolean converged = Math.abs(next - logLikelihood) < 1e-6 * Math.abs(next);
            logLikelihood = next;
            if (converged) {
                break;
            }
        }
        double muOnly = events / (people * span);
        double backgroundOnly = events * Math.log(muOnly) - muOnly * people * span;
        double own = alpha[0];
        double distanceFactor = hops == 0 || own <= 0 ? 0 : Math.pow(alpha[hops] / own, 1.0 / hops);
        return new Fit(events, people, LocalDate.ofEpochDay(history.day(0)), to, iteration, mu, alpha.clone(),
                1 / beta, Math.min(1, distanceFactor), own <= 0 ? 0 : Math.min(1, alpha[hops + 1] / own),
                Math.clamp(suspectRatio, 0.01, 5), gamma, own <= 0 ? 0 : gamma / (horizon * own * beta),
                events == 0 ? 0 : triggered / events, logLikelihood, backgroundOnly);
    }

    /** One E-step and M-step; returns the number of victimisations attributed to earlier incidents. */
    private double step(double[] lambda) {
        intensities(lambda);
        double background = 0;
        for (int e = 0; e < events; e++) {
            background += mu / lambda[e];
        }
        double[] responsibility = new double[categories];
        double chronicShare = 0;
        double lagSum = 0;
        double triggered = 0;
        for (int p = 0; p < pairs.size; p++) {
            double r = term(p) / lambda[pairs.event[p]];
            if (pairs.category[p] >= CHRONIC_VICTIM) {
                chronicShare += r;
            } else {
                responsibility[pairs.category[p]] += r;
                lagSum += r * pairs.lag[p];
                triggered += r;
            }
        }
        double[] exposure = new double[categories];
        for (int i = 0; i < endIndex; i++) {
            double reach = 1 - Math.exp(-beta * Math.min(horizon, lastDay - history.day(i)));
            for (int c = 0; c < categories; c++) {
                exposure[c] += exposureByIncident[i * categories + c] * reach;
            }
        }
        mu = background / (people * span);
        for (int c = 0; c < categories; c++) {
            alpha[c] = exposure[c] > 0 ? responsibility[c] / exposure[c] : 0;
        }
        if (alpha[0] > 0) {
            suspectRatio = alpha[hops + 2] / alpha[0];
        }
        double chronicExposure = chronicVictims + suspectRatio * chronicSuspects;
        gamma = chronicExposure > 0 ? chronicShare / chronicExposure : 0;
        if (triggered > 0 && lagSum > 0) {
            beta = triggered / lagSum;
        }
        return triggered;
    }

    /** The part of a victimisation's intensity that pair {@code p} stands for. */
    private double term(int p) {
        return switch (pairs.category[p]) {
            case CHRONIC_VICTIM -> gamma / horizon;
            case CHRONIC_SUSPECT -> gamma * suspectRatio / horizon;
            default -> alpha[pairs.category[p]] * pairs.harm[p] * beta * Math.exp(-beta * pairs.lag[p]);
        };
    }

    private void intensities(double[] lambda) {
        Arrays.fill(lambda, mu);
        for (int p = 0; p < pairs.size; p++) {
            lambda[pairs.event[p]] += term(p);
        }
    }

    /** Σ log λ over the victimisations minus the compensator of every part of the intensity. */
    private double logLikelihood(double[] lambda) {
        intensities(lambda);
        double sum = 0;
        for (double l : lambda) {
            sum += Math.log(l);
        }
        double compensator = mu * people * span + gamma * (chronicVictims + suspectRatio * chronicSuspects);
        for (int i = 0; i < endIndex; i++) {
            double reach = 1 - Math.exp(-beta * Math.min(horizon, lastDay - history.day(i)));
            for (int c = 0; c < categories; c++) {
                compensator += alpha[c] * exposureByIncident[i * categories + c] * reach;
            }
        }
        return sum - compensator;
    }

    /** The position of {@code v} among incident {@code j}'s victims in the parties array, or -1. */
    private int victimSlot(int j, int v) {
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
