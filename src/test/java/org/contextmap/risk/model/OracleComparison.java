package org.contextmap.risk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.contextmap.network.graph.CompactGraph;

/**
 * The model's ranking against the oracle's on an {@link OracleCity}: at cuts every 30 days over
 * the last year, everyone is ranked by the true expected number of victimisations in the next 90
 * days (the oracle), by the model with the literature's parameters, by the model fitted (EM, on
 * the history before the first cut only, as the application fits), and by past victimisations;
 * the share of the next 90 days' victims in each ranking's top 5% and 10% is pooled over the cuts
 * (ties sharing their places, as in {@link BackTest}). No ranking can beat the oracle on average:
 * the ratio of a ranking's capture to the oracle's says how much of the knowable it finds.
 */
public final class OracleComparison {

    static final int WINDOW = 90;
    static final double[] TOPS = {5, 10};

    /** Capture at the top 5% and 10% for each ranking, pooled over the cuts. */
    public record Result(int people, int incidents, int victims, double[] oracle, double[] literature, double[] fitted,
            double[] past, HawkesFit.Fit fit) {

        /** This result and another pooled: captures weighted by their victims. */
        public Result pool(Result other) {
            int all = victims + other.victims;
            return new Result(people, incidents + other.incidents, all, mix(oracle, other.oracle, other.victims, all),
                    mix(literature, other.literature, other.victims, all), mix(fitted, other.fitted, other.victims, all),
                    mix(past, other.past, other.victims, all), fit);
        }

        private double[] mix(double[] mine, double[] theirs, int theirVictims, int all) {
            double[] mixed = new double[mine.length];
            for (int t = 0; t < mine.length; t++) {
                mixed[t] = (mine[t] * victims + theirs[t] * theirVictims) / all;
            }
            return mixed;
        }

        /** The fitted model's capture over the oracle's, at the top 5% and 10%. */
        public double[] ratio() {
            return new double[] {fitted[0] / oracle[0], fitted[1] / oracle[1]};
        }
    }

    private OracleComparison() {
    }

    /** Simulates the city and compares the rankings. */
    public static Result run(OracleCity city) {
        OracleCity.World world = city.simulate();
        RiskParameters literature = RiskParameters.DEFAULTS;
        HarmHistory history = HarmHistory.of(world.graph(), world.incidents(), literature);
        List<Integer> cuts = new ArrayList<>();
        for (int day = OracleCity.DAYS - WINDOW; day >= 2 * 365; day -= 30) {
            cuts.addFirst(day);
        }
        LocalDate fitTo = OracleCity.START.plusDays(cuts.getFirst() - 1);
        HawkesFit.Fit fit = HawkesFit.fit(world.graph(), world.groups(), history, literature, fitTo, 200);
        RiskParameters fitted = fit.applyTo(literature);
        double[][] credit = new double[4][TOPS.length];
        int victims = 0;
        int n = world.graph().size();
        for (int cut : cuts) {
            LocalDate day = OracleCity.START.plusDays(cut);
            CompactGraph graph = world.graph();
            int end = history.firstOnOrAfter((int) day.toEpochDay() + 1);
            int until = history.firstOnOrAfter((int) day.toEpochDay() + WINDOW + 1);
            double[] past = new double[n];
            boolean[] harmed = new boolean[n];
            int[] parties = history.parties();
            for (int i = 0; i < until; i++) {
                for (int k = history.partyStart(i); k < history.victimEnd(i); k++) {
                    if (i < end) {
                        past[parties[k]]++;
                    } else {
                        harmed[parties[k]] = true;
                    }
                }
            }
            int[] later = IntStream.range(0, n).filter(v -> harmed[v]).toArray();
            victims += later.length;
            double[][] rankings = {world.expected(cut, WINDOW),
                    new RetaliationRisk(graph, world.groups(), history, literature, day).scores(),
                    new RetaliationRisk(graph, world.groups(), history, fitted, day).scores(), past};
            for (int r = 0; r < rankings.length; r++) {
                double[] shares = BackTest.topCredit(rankings[r], later);
                for (int t = 0; t < TOPS.length; t++) {
                    credit[r][t] += shares[t == 0 ? 1 : 2]; // BackTest.TOPS: 1, 5, 10, 20
                }
            }
        }
        double[][] capture = new double[4][TOPS.length];
        for (int r = 0; r < 4; r++) {
            for (int t = 0; t < TOPS.length; t++) {
                capture[r][t] = victims == 0 ? 0 : credit[r][t] / victims;
            }
        }
        return new Result(n, world.incidents().size(), victims, capture[0], capture[1], capture[2], capture[3], fit);
    }
}
