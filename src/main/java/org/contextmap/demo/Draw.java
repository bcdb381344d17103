package org.contextmap.demo;

import java.util.SplittableRandom;

/** Small random helpers shared by the generator's stages. */
final class Draw {

    private Draw() {
    }

    /**
     * An independent random stream per stage, derived from the city's seed and the stage's name,
     * so that changing one stage does not reshuffle every stage after it.
     */
    static SplittableRandom stream(long seed, String stage) {
        long h = seed * 0x9E3779B97F4A7C15L + stage.hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return new SplittableRandom(h);
    }

    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** Index drawn in proportion to the weights (a linear scan: for short lists). */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total <= 0) {
            return random.nextInt(weights.length);
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** exp(N(0, sigma²)): the heavy-tailed spread of exposure and sociability between people. */
    static double logNormal(SplittableRandom random, double sigma) {
        return Math.exp(sigma * random.nextGaussian());
    }

    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Uniform integer in [from, to] inclusive. */
    static int between(SplittableRandom random, int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** 0 … n - 1 in random order (Fisher–Yates). */
    static int[] shuffled(SplittableRandom random, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
