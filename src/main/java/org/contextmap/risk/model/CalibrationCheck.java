package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How far the probabilities can be trusted, measured as a forecaster would be: at each cut of the
 * back-test, every child's probability comes from a {@link Calibration} fitted on the other cuts
 * only (leave one cut out), and is compared with what happened in the following
 * {@code outlookDays}. Reported: the reliability table by decile of probability (predicted against
 * observed), the Brier score beside that of always forecasting the average, the expected
 * calibration error over the deciles (Naeini, Cooper &amp; Hauskrecht 2015, "Obtaining well
 * calibrated probabilities using Bayesian binning", AAAI), and each band's share of the children
 * with the rate at which they were later harmed.
 *
 * @param observations  (child, cut) pairs
 * @param baseRate      the share of them harmed within the outlook: the average probability
 * @param brierBaseRate the Brier score of forecasting {@code baseRate} for everyone
 */
public record CalibrationCheck(int outlookDays, int observations, double baseRate, List<Decile> deciles,
        double brier, double brierBaseRate, double expectedCalibrationError, List<BandShare> bands) {

    /** The fewest observations one step of a calibration may rest on. */
    public static final int MIN_BLOCK = 50;

    /** One tenth of the observations, by probability: the mean probability and the share harmed. */
    public record Decile(int decile, int observations, double predicted, double observed) {
    }

    /** One band: its share of the observations, the share of those harmed, and that as a multiple of the average. */
    public record BandShare(RiskBand band, String label, double share, double observedRate, double timesAverage) {
    }

    /** One cut: every child's score and whether they were harmed within the outlook after it. */
    public record Cut(double[] scores, boolean[] harmed) {
    }

    /** Checks the calibration over the cuts; with a single cut, the map is fitted and checked on it. */
    public static CalibrationCheck of(List<Cut> cuts, RiskParameters parameters) {
        int total = cuts.stream().mapToInt(c -> c.scores().length).sum();
        double[] predicted = new double[total];
        double[] scores = new double[total];
        boolean[] harmed = new boolean[total];
        int at = 0;
        for (int c = 0; c < cuts.size(); c++) {
            List<Cut> others = new ArrayList<>(cuts);
            others.remove(c);
            Calibration map = pooled(others.isEmpty() ? cuts : others);
            Cut cut = cuts.get(c);
            for (int v = 0; v < cut.scores().length; v++, at++) {
                predicted[at] = map == null ? 0 : map.probability(cut.scores()[v]);
                scores[at] = cut.scores()[v];
                harmed[at] = cut.harmed()[v];
            }
        }
        double base = 0;
        for (boolean h : harmed) {
            base += h ? 1 : 0;
        }
        base = total == 0 ? 0 : base / total;
        return new CalibrationCheck(parameters.outlookDays(), total, base, deciles(predicted, harmed),
                brier(predicted, harmed), brier(filled(total, base), harmed), ece(predicted, harmed),
                bands(scores, predicted, harmed, base, parameters));
    }

    /** The calibration fitted on all the cuts together, or null when nobody in them was harmed. */
    public static Calibration pooled(List<Cut> cuts) {
        int total = cuts.stream().mapToInt(c -> c.scores().length).sum();
        double[] scores = new double[total];
        boolean[] harmed = new boolean[total];
        int at = 0;
        boolean anyHarmed = false;
        for (Cut cut : cuts) {
            System.arraycopy(cut.scores(), 0, scores, at, cut.scores().length);
            System.arraycopy(cut.harmed(), 0, harmed, at, cut.harmed().length);
            at += cut.scores().length;
        }
        for (boolean h : harmed) {
            anyHarmed |= h;
        }
        return total == 0 || !anyHarmed ? null : Calibration.fit(scores, harmed, MIN_BLOCK);
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }

    private static Integer[] byPrediction(double[] predicted) {
        Integer[] order = new Integer[predicted.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
        return order;
    }

    private static List<Decile> deciles(double[] predicted, boolean[] harmed) {
        Integer[] order = byPrediction(predicted);
        int n = predicted.length;
        List<Decile> deciles = new ArrayList<>();
        for (int d = 0; d < 10 && n >= 10; d++) {
            int from = n * d / 10;
            int to = n * (d + 1) / 10;
            double p = 0;
            double o = 0;
            for (int k = from; k < to; k++) {
                p += predicted[order[k]];
                o += harmed[order[k]] ? 1 : 0;
            }
            deciles.add(new Decile(d + 1, to - from, p / (to - from), o / (to - from)));
        }
        return deciles;
    }

    private static double brier(double[] predicted, boolean[] harmed) {
        double sum = 0;
        for (int k = 0; k < predicted.length; k++) {
            double error = predicted[k] - (harmed[k] ? 1 : 0);
            sum += error * error;
        }
        return predicted.length == 0 ? 0 : sum / predicted.length;
    }

    private static double ece(double[] predicted, boolean[] harmed) {
        double sum = 0;
        for (Decile d : deciles(predicted, harmed)) {
            sum += d.observations() * Math.abs(d.predicted() - d.observed());
        }
        return predicted.length == 0 ? 0 : sum / predicted.length;
    }

    private static List<BandShare> bands(double[] scores, double[] predicted, boolean[] harmed, double base,
            RiskParameters parameters) {
        int bands = RiskBand.values().length;
        int[] count = new int[bands];
        int[] hurt = new int[bands];
        for (int k = 0; k < scores.length; k++) {
            Double times = base > 0 ? predicted[k] / base : null;
            int b = parameters.band(scores[k], times).ordinal();
            count[b]++;
            hurt[b] += harmed[k] ? 1 : 0;
        }
        List<BandShare> shares = new ArrayList<>();
        for (RiskBand band : RiskBand.values()) {
            int b = band.ordinal();
            double rate = count[b] == 0 ? 0 : (double) hurt[b] / count[b];
            shares.add(new BandShare(band, band.label(), scores.length == 0 ? 0 : (double) count[b] / scores.length,
                    rate, base > 0 ? rate / base : 0));
        }
        return shares;
    }
}
