package org.contextmap.bench;

import static org.contextmap.bench.Figures.mib;
import static org.contextmap.bench.Figures.seconds;
import static org.contextmap.bench.Figures.settledHeap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.contextmap.demo.DemoCityGenerator;
import org.contextmap.demo.DemoCitySpec;
import org.contextmap.exchange.Bundle;
import org.contextmap.network.graph.CompactGraph;
import org.contextmap.risk.model.BackTest;
import org.contextmap.risk.model.BundleNetwork;
import org.contextmap.risk.model.Contribution;
import org.contextmap.risk.model.GroupTensions;
import org.contextmap.risk.model.HarmHistory;
import org.contextmap.risk.model.HarmfulIncident;
import org.contextmap.risk.model.HawkesFit;
import org.contextmap.risk.model.RetaliationRisk;
import org.contextmap.risk.model.RiskParameters;

/**
 * How fast the retaliation-risk model runs once its inputs are in memory, and with how much heap.
 *
 * <p>The goals are about the model after the projection exists, so no database is involved: a
 * demo city is generated and its person graph, groups and harm history are built straight from
 * the bundle ({@link BundleNetwork}), standing in for the projection. On the city's last incident
 * day it then times: a full recompute of everyone's score, one person's explanation, the update
 * after one new incident, the group tensions, and — unless {@code skip-fit} — the back-test and
 * the EM fit. The explanations and the incremental update are also checked against the full
 * scores, since a fast answer that disagrees with the score it explains would be worthless. Run it
 * with (see {@code docs/performance.md}):
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=org.contextmap.bench.RiskBenchmark \
 *     -Dbenchmark.people=20000 -Dbenchmark.heap=3g [-Dbenchmark.args="10 2.5 skip-fit"]
 * </pre>
 *
 * Arguments: people, relationship rows per person (default 10), incidents per person (default
 * 2.5), and {@code skip-fit} anywhere to skip the back-test and the fit (for a million people,
 * where only the recompute matters).
 */
public final class RiskBenchmark {

    private static final RiskParameters PARAMETERS = RiskParameters.DEFAULTS;
    private static final LocalDate END = LocalDate.of(2026, 11, 1);
    private static final String SKIP_FIT = "skip-fit";
    private static final int WARM_UPS = 3;
    private static final int RUNS = 7;
    private static final int EXPLAINED = 500;
    private static final long SEED = 20260301L;
    private static final double TOLERANCE = 1e-9;
    /** Sorts after the generator's {@code INC…} ids, so the new incident is the last of its day. */
    private static final String NEW_INCIDENT = "ZZ-BENCH-1";
    private static final int CUTS = 6;
    private static final int CUT_SPACING_DAYS = 30;
    private static final int LAST_CUT_DAYS_BEFORE = 90;
    private static final int FIT_ITERATIONS = 200;

    private static final List<String[]> rows = new ArrayList<>();

    private RiskBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean fit = !List.of(args).contains(SKIP_FIT);
        String[] numbers = Stream.of(args).filter(a -> !a.equals(SKIP_FIT)).toArray(String[]::new);
        int people = numbers.length > 0 ? Integer.parseInt(numbers[0]) : 20_000;
        double ties = numbers.length > 1 ? Double.parseDouble(numbers[1])
                : DemoCitySpec.DEFAULT_RELATIONSHIPS_PER_PERSON;
        double incidents = numbers.length > 2 ? Double.parseDouble(numbers[2])
                : DemoCitySpec.DEFAULT_INCIDENTS_PER_PERSON;
        System.out.printf("%nContextMap retaliation-risk benchmark: %,d young people, %s relationship rows and %s "
                + "incidents each, Java %s, %d cores, max heap %s%n", people, ties, incidents, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), mib(HeapWatcher.maxHeap()));

        BundleNetwork network;
        try (var heap = new HeapWatcher()) {
            network = inputs(new DemoCitySpec(people, DemoCitySpec.DEFAULT_SEED, ties, incidents, END));
            row("peak heap generating the city and building the inputs", mib(heap.sampledPeak()), "");
        }
        row("heap in use after GC, inputs built (city released)", mib(settledHeap()), "");
        try (var heap = new HeapWatcher()) {
            model(network, fit);
            row("peak heap while the model ran (sampled; sum of pool peaks)",
                    mib(heap.sampledPeak()) + " (" + mib(HeapWatcher.poolPeaks()) + ")", "");
        }
        printTable();
    }

    /** Generates the city and builds the model's inputs from it; the city itself is not kept. */
    private static BundleNetwork inputs(DemoCitySpec spec) {
        System.out.println("generating the city…");
        long started = System.nanoTime();
        Bundle city = DemoCityGenerator.generate(spec);
        long generated = System.nanoTime() - started;
        System.out.printf("  generated in %s: %,d young people, %,d relationship rows, %,d incidents, %,d groups%n",
                seconds(generated), city.youngPeople().size(), city.relationships().size(), city.incidents().size(),
                city.peerGroups().size());
        System.out.println("building the inputs…");
        started = System.nanoTime();
        BundleNetwork network = BundleNetwork.of(city, PARAMETERS);
        long built = System.nanoTime() - started;
        System.out.printf("  built in %s: %,d people, %,d ties, %,d harmful incidents in the history, %,d groups%n",
                seconds(built), network.people().size(), network.people().edgeCount(), network.history().size(),
                network.groups().size());
        row("generate the city", seconds(generated), "");
        row("inputs built in memory (stands in for the projection)", seconds(built), "");
        return network;
    }

    /** Every measurement of the model, on the city's last incident day. */
    private static void model(BundleNetwork network, boolean fit) {
        HarmHistory history = network.history();
        if (history.size() == 0) {
            throw new IllegalArgumentException("the city has no harmful incidents: there is nothing to score");
        }
        LocalDate asOf = LocalDate.ofEpochDay(history.day(history.size() - 1));
        System.out.printf("%nscoring on %s%n", asOf);
        CompactGraph graph = network.people().knownOn(asOf);
        RetaliationRisk model = new RetaliationRisk(graph, network.groups(), history, PARAMETERS, asOf);
        double[] scores = recompute(network, model);
        explanations(model, scores);
        incremental(network, model, asOf, scores);
        tensions(network, asOf);
        if (fit) {
            backTest(network, asOf);
            fit(network, asOf);
        } else {
            System.out.println("back-test and fit skipped (" + SKIP_FIT + ")");
        }
    }

    /** A full recompute, as after a change that touches everyone: the model is built anew each time. */
    private static double[] recompute(BundleNetwork network, RetaliationRisk model) {
        System.out.println("full recompute…");
        Timings<double[]> timings = time(WARM_UPS, RUNS, () -> new RetaliationRisk(model.graph(), network.groups(),
                model.history(), PARAMETERS, model.asOf()).scores());
        double[] scores = timings.last();
        long scored = Arrays.stream(scores).filter(s -> s > 0).count();
        String step = String.format("full recompute (%,d incidents within the horizon, %,d people scored > 0)",
                model.end() - model.first(), scored);
        System.out.printf("  %s: median %.1f ms, min %.1f, max %.1f%n", step, timings.percentile(0.5),
                timings.min(), timings.max());
        row(step, String.format("%.1f ms median of %d (%.1f–%.1f)", timings.percentile(0.5), RUNS, timings.min(),
                timings.max()), "< 200 ms at 20,000 people");
        return scores;
    }

    /**
     * One person's explanation, for people picked at random among those with a score; each
     * explanation's weights must add up to the person's score.
     */
    private static void explanations(RetaliationRisk model, double[] scores) {
        System.out.println("explanations…");
        List<Integer> scored = new ArrayList<>(IntStream.range(0, scores.length).filter(v -> scores[v] > 0)
                .boxed().toList());
        Collections.shuffle(scored, new Random(SEED));
        List<Integer> people = scored.subList(0, Math.min(EXPLAINED, scored.size()));
        people.forEach(model::explain); // warm-up: each explained once, untimed
        long[] nanos = new long[people.size()];
        int contributions = 0;
        int mismatches = 0;
        for (int k = 0; k < people.size(); k++) {
            int v = people.get(k);
            long started = System.nanoTime();
            List<Contribution> explanation = model.explain(v);
            nanos[k] = System.nanoTime() - started;
            contributions += explanation.size();
            double sum = explanation.stream().mapToDouble(Contribution::weight).sum();
            if (!close(sum, scores[v])) {
                mismatches++;
            }
        }
        Timings<Void> timings = new Timings<>(null, nanos);
        String step = String.format("one person's explanation (%d people, %,.1f contributions each on average)",
                people.size(), (double) contributions / Math.max(1, people.size()));
        System.out.printf("  %s: median %.2f ms, p95 %.2f, max %.2f; weights add up to the score: %s%n", step,
                timings.percentile(0.5), timings.percentile(0.95), timings.max(), verdict(mismatches, people.size()));
        row(step, String.format("%.2f ms median, %.2f p95, %.2f max", timings.percentile(0.5),
                timings.percentile(0.95), timings.max()), "< 50 ms");
        row("explanations add up to the scores", verdict(mismatches, people.size()), "");
    }

    /**
     * The update after one new incident: the history with it merged in, the model over it, and its
     * contributions added to a copy of the scores before it — checked against a full recompute.
     * The new incident repeats the parties of the latest serious one, so it reaches real people.
     */
    private static void incremental(BundleNetwork network, RetaliationRisk model, LocalDate asOf, double[] before) {
        CompactGraph graph = model.graph();
        System.out.println("incremental update…");
        HarmHistory history = network.history();
        HarmfulIncident pattern = history.incident(latestSerious(history));
        HarmfulIncident added = new HarmfulIncident(NEW_INCIDENT, asOf, pattern.type(), pattern.severity(),
                pattern.weapon(), pattern.source(), pattern.victims(), pattern.suspects());
        Timings<double[]> timings = time(WARM_UPS, RUNS, () -> {
            HarmHistory next = history.with(List.of(added), Set.of(), PARAMETERS);
            RetaliationRisk updated = model.withHistory(next);
            double[] scores = before.clone();
            updated.addTo(scores, next.index(NEW_INCIDENT), 1);
            return scores;
        });
        double[] full = new RetaliationRisk(graph, network.groups(), history.with(List.of(added), Set.of(), PARAMETERS),
                PARAMETERS, asOf).scores();
        double[] incremental = timings.last();
        int mismatches = (int) IntStream.range(0, full.length).filter(v -> !close(incremental[v], full[v])).count();
        String step = String.format("after one new incident (parties of %s): new history, model, scores + its "
                + "contributions", pattern.id());
        System.out.printf("  %s: median %.1f ms (min %.1f, max %.1f); equals a full recompute: %s%n", step,
                timings.percentile(0.5), timings.min(), timings.max(), verdict(mismatches, full.length));
        row(step, String.format("%.1f ms median of %d", timings.percentile(0.5), RUNS), "");
        row("incremental scores equal a full recompute", verdict(mismatches, full.length), "");
    }

    /** The latest serious incident (the latest of all if none is serious). */
    private static int latestSerious(HarmHistory history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.serious(i)) {
                return i;
            }
        }
        return history.size() - 1;
    }

    private static void tensions(BundleNetwork network, LocalDate asOf) {
        System.out.println("group tensions…");
        Timings<List<GroupTensions.Tension>> timings = time(1, 3,
                () -> GroupTensions.on(network.groups(), network.history(), PARAMETERS, asOf, 10));
        List<GroupTensions.Tension> tensions = timings.last();
        String step = String.format("group tensions (%,d pairs of groups)", tensions.size());
        System.out.printf("  %s: median %.1f ms%n", step, timings.percentile(0.5));
        if (!tensions.isEmpty()) {
            GroupTensions.Tension top = tensions.getFirst();
            System.out.printf("  strongest: %s – %s, intensity %.3f, reciprocity %.2f, %s, %d incidents%n",
                    top.groupA(), top.groupB(), top.intensity(), top.reciprocity(), top.trend(), top.incidentCount());
        }
        row(step, String.format("%.1f ms median of 3", timings.percentile(0.5)), "");
    }

    /** The back-test at {@value #CUTS} cuts, the last {@value #LAST_CUT_DAYS_BEFORE} days before the day. */
    private static void backTest(BundleNetwork network, LocalDate asOf) {
        System.out.println("back-test…");
        List<LocalDate> cuts = IntStream.range(0, CUTS).mapToObj(k -> asOf.minusDays(LAST_CUT_DAYS_BEFORE
                + (long) (CUTS - 1 - k) * CUT_SPACING_DAYS)).toList();
        long started = System.nanoTime();
        BackTest.Report report = BackTest.run(network.people(), network.groups(), network.history(), PARAMETERS, cuts);
        long elapsed = System.nanoTime() - started;
        System.out.printf("  %d cuts from %s to %s, %,d people ranked, in %s%n", cuts.size(), cuts.getFirst(),
                cuts.getLast(), report.people(), seconds(elapsed));
        String tops = String.join(" / ", Arrays.stream(BackTest.TOPS).mapToObj(t -> "%.0f".formatted(t)).toList());
        System.out.printf("%n| window | victims of | victims | model, top %s%% | degree | past victimisations |%n"
                + "|---:|---|---:|---:|---:|---:|%n", tops);
        for (BackTest.Window row : report.rows()) {
            System.out.printf("| %d days | %s | %,d | %s | %s | %s |%n", row.windowDays(),
                    row.seriousOnly() ? "serious harm" : "any harm", row.victims(), percentages(row.model()),
                    percentages(row.degree()), percentages(row.pastVictimisations()));
        }
        System.out.println();
        row(String.format("back-test (%d cuts)", cuts.size()), seconds(elapsed), "");
    }

    private static void fit(BundleNetwork network, LocalDate asOf) {
        System.out.println("fit…");
        long started = System.nanoTime();
        HawkesFit.Fit fit = HawkesFit.fit(network.people(), network.groups(), network.history(), PARAMETERS, asOf,
                FIT_ITERATIONS);
        long elapsed = System.nanoTime() - started;
        System.out.printf("  %,d victimisations, %d iterations, in %s: mean lag %.1f days, distance factor %.3f, "
                + "group factor %.3f, persistence %.4f; triggered share %.3f; log-likelihood %.1f (background only "
                + "%.1f)%n", fit.victimisations(), fit.iterations(), seconds(elapsed), fit.meanLagDays(),
                fit.distanceFactor(), fit.groupFactor(), fit.persistence(), fit.triggeredShare(), fit.logLikelihood(),
                fit.backgroundOnly());
        row(String.format("EM fit (%d iterations: mean lag %.1f days, distance %.3f, group %.3f, persistence %.4f)",
                fit.iterations(), fit.meanLagDays(), fit.distanceFactor(), fit.groupFactor(), fit.persistence()),
                seconds(elapsed), "");
    }

    /**
     * Runs {@code work} {@code warmUps} times untimed, so that the JIT has compiled it before it is
     * measured, then {@code runs} times timed.
     */
    private static <T> Timings<T> time(int warmUps, int runs, Supplier<T> work) {
        for (int k = 0; k < warmUps; k++) {
            work.get();
        }
        long[] nanos = new long[runs];
        T last = null;
        for (int k = 0; k < runs; k++) {
            long started = System.nanoTime();
            last = work.get();
            nanos[k] = System.nanoTime() - started;
        }
        return new Timings<>(last, nanos);
    }

    /** The durations of some runs, and the result of the last. */
    private record Timings<T>(T last, long[] nanos) {

        Timings {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        /** The nearest-rank percentile, in milliseconds. */
        double percentile(double p) {
            return nanos[Math.max(0, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }

        double min() {
            return nanos[0] / 1e6;
        }

        double max() {
            return nanos[nanos.length - 1] / 1e6;
        }
    }

    /** Equal within {@value #TOLERANCE} relative: the sums are added in different orders. */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String verdict(int mismatches, int checked) {
        return mismatches == 0 ? "OK (" + String.format("%,d", checked) + " checked)"
                : "FAIL (" + String.format("%,d of %,d", mismatches, checked) + " differ)";
    }

    private static String percentages(double[] shares) {
        return String.join(" / ", Arrays.stream(shares).mapToObj(s -> "%.1f".formatted(100 * s)).toList());
    }

    private static void row(String step, String figure, String goal) {
        rows.add(new String[] {step, figure, goal});
    }

    private static void printTable() {
        System.out.printf("%n| step | figure | goal |%n|---|---:|---|%n");
        for (String[] row : rows) {
            System.out.printf("| %s | %s | %s |%n", row[0], row[1], row[2]);
        }
    }



}
