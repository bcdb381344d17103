package org.contextmap.demo;

import java.util.SplittableRandom;

/**
 * Walker's alias method (Vose's variant): after O(n) set-up, draws an index with probability
 * proportional to its weight in O(1). The generator draws millions of victims, suspects and
 * friends from weighted populations, so a linear scan per draw would not scale.
 */
final class AliasTable {

    private final double[] probability;
    private final int[] alias;
    private final int[] items;
    private final double total;

    /** A table over {@code items[i]} with {@code weights[i]}; items may be null for 0..n-1. */
    AliasTable(int[] items, double[] weights) {
        int n = weights.length;
        this.items = items;
        probability = new double[n];
        alias = new int[n];
        double sum = 0;
        for (double w : weights) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += w;
        }
        total = sum;
        if (n == 0 || sum <= 0) {
            return;
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int s = 0;
        int l = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1) {
                small[s++] = i;
            } else {
                large[l++] = i;
            }
        }
        while (s > 0 && l > 0) {
            int less = small[--s];
            int more = large[--l];
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1) {
                small[s++] = more;
            } else {
                large[l++] = more;
            }
        }
        while (l > 0) {
            probability[large[--l]] = 1;
        }
        while (s > 0) {
            probability[small[--s]] = 1;
        }
    }

    AliasTable(double[] weights) {
        this(null, weights);
    }

    /** True when there is nothing to draw (no items, or all weights zero). */
    boolean isEmpty() {
        return total <= 0;
    }

    double total() {
        return total;
    }

    /** Draws an item (or an index when the table has no items); undefined when {@link #isEmpty()}. */
    int sample(SplittableRandom random) {
        int column = random.nextInt(probability.length);
        int index = random.nextDouble() < probability[column] ? column : alias[column];
        return items == null ? index : items[index];
    }
}
