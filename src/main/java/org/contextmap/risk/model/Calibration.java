package org.contextmap.risk.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a risk score into the probability of being harmed within the horizon, as the local
 * history shows it: isotonic regression of the outcome (harmed or not in the days after a cut) on
 * the score at the cut, by the pool-adjacent-violators algorithm (Ayer et al. 1955; for
 * probability calibration, Zadrozny &amp; Elkan 2002, "Transforming classifier scores into accurate
 * multiclass probability estimates", KDD). The map only rises with the score, so it keeps the
 * ranking, and it needs no assumption about the score's shape.
 *
 * <p>Blocks with fewer than {@code minBlock} observations are pooled with their neighbours, so
 * that a handful of children at the very top cannot claim a probability of one; between the
 * blocks' mean scores the probability is interpolated linearly, and beyond the ends it is held.
 */
public final class Calibration {

    private final double[] knots;
    private final double[] probabilities;
    private final double baseRate;
    private final int observations;

    private Calibration(double[] knots, double[] probabilities, double baseRate, int observations) {
        this.knots = knots;
        this.probabilities = probabilities;
        this.baseRate = baseRate;
        this.observations = observations;
    }

    /**
     * Fits the map on pairs of a score and whether the person was harmed afterwards.
     *
     * @param minBlock the fewest observations a step of the map may rest on
     */
    public static Calibration fit(double[] scores, boolean[] harmed, int minBlock) {
        int n = scores.length;
        if (n == 0 || harmed.length != n) {
            throw new IllegalArgumentException("calibration needs as many outcomes as scores, and at least one");
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        List<double[]> blocks = new ArrayList<>(); // {sum of scores, harmed, count}
        int positives = 0;
        for (int k = 0; k < n;) {
            int end = k;
            double[] block = new double[3];
            while (end < n && scores[order[end]] == scores[order[k]]) { // equal scores get one probability
                block[0] += scores[order[end]];
                block[1] += harmed[order[end]] ? 1 : 0;
                block[2]++;
                end++;
            }
            positives += (int) block[1];
            blocks.add(block);
            while (blocks.size() > 1 && mean(blocks.get(blocks.size() - 2)) >= mean(blocks.getLast())) {
                merge(blocks, blocks.size() - 2);
            }
            k = end;
        }
        pool(blocks, minBlock);
        double[] knots = new double[blocks.size()];
        double[] probabilities = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            double[] block = blocks.get(b);
            knots[b] = block[0] / block[2];
            probabilities[b] = mean(block);
        }
        return new Calibration(knots, probabilities, (double) positives / n, n);
    }

    /** Pools blocks smaller than {@code minBlock} with the neighbour nearer in probability (a pooled run of a rising sequence still rises). */
    private static void pool(List<double[]> blocks, int minBlock) {
        boolean changed = true;
        while (changed && blocks.size() > 1) {
            changed = false;
            for (int b = 0; b < blocks.size() && blocks.size() > 1; b++) {
                if (blocks.get(b)[2] >= minBlock) {
                    continue;
                }
                int with;
                if (b == 0) {
                    with = 0;
                } else if (b == blocks.size() - 1) {
                    with = b - 1;
                } else {
                    double p = mean(blocks.get(b));
                    with = p - mean(blocks.get(b - 1)) <= mean(blocks.get(b + 1)) - p ? b - 1 : b;
                }
                merge(blocks, with);
                changed = true;
            }
        }
    }

    private static double mean(double[] block) {
        return block[1] / block[2];
    }

    private static void merge(List<double[]> blocks, int left) {
        double[] a = blocks.get(left);
        double[] b = blocks.remove(left + 1);
        a[0] += b[0];
        a[1] += b[1];
        a[2] += b[2];
    }

    /** The probability of being harmed within the horizon for a score. */
    public double probability(double score) {
        int k = Arrays.binarySearch(knots, score);
        if (k >= 0) {
            return probabilities[k];
        }
        int above = -k - 1;
        if (above == 0) {
            return probabilities[0];
        }
        if (above == knots.length) {
            return probabilities[knots.length - 1];
        }
        double t = (score - knots[above - 1]) / (knots[above] - knots[above - 1]);
        return probabilities[above - 1] + t * (probabilities[above] - probabilities[above - 1]);
    }

    /** The share of the observations who were harmed: the city's average probability. */
    public double baseRate() {
        return baseRate;
    }

    /** How many (person, cut) pairs the map was fitted on. */
    public int observations() {
        return observations;
    }

    /** The steps of the map: how many, for reports. */
    public int steps() {
        return knots.length;
    }
}
