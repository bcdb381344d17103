package org.contextmap.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed mix of values with weights, such as the agencies that record a kind of fact. */
final class Mix<T> {

    private final List<T> values = new ArrayList<>();
    private double[] cumulative = new double[0];

    static <T> Mix<T> of(T value, double weight) {
        return new Mix<T>().and(value, weight);
    }

    Mix<T> and(T value, double weight) {
        values.add(value);
        double[] next = Arrays.copyOf(cumulative, cumulative.length + 1);
        next[next.length - 1] = (cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1]) + weight;
        cumulative = next;
        return this;
    }

    T pick(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }
}
