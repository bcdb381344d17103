package org.contextmap.equality;

/**
 * The rate ratio of a group against everyone else, with its 95% confidence interval by the log
 * method (Katz et al. 1978; Rothman, Modern Epidemiology): {@code RR = (a/n1) / (c/n2)},
 * {@code SE(ln RR) = sqrt(1/a − 1/n1 + 1/c − 1/n2)}, interval {@code exp(ln RR ± 1.96·SE)}. When the
 * group or the others have no case ({@code a = 0} or {@code c = 0}) the log is undefined: then 0.5
 * is added to each of the four cells of the 2×2 table (cases + 0.5, population + 1 on both sides,
 * the Haldane–Anscombe correction) and {@code corrected} says so. The ratio and interval are
 * {@code null} when either side has nobody in it.
 *
 * @param cases           a: people in the group with the outcome
 * @param population      n1: people in the group
 * @param otherCases      c: everyone else with the outcome
 * @param otherPopulation n2: everyone else
 * @param rate            a / n1 (0 for an empty group), uncorrected
 * @param otherRate       c / n2 (0 when nobody else), uncorrected
 */
public record RateRatio(long cases, long population, long otherCases, long otherPopulation, double rate,
        double otherRate, Double ratio, Double lower, Double upper, boolean corrected) {

    /** The normal quantile of a two-sided 95% interval, rounded as the formula is usually written. */
    static final double Z = 1.96;

    public static RateRatio of(long cases, long population, long otherCases, long otherPopulation) {
        if (cases < 0 || cases > population || otherCases < 0 || otherCases > otherPopulation) {
            throw new IllegalArgumentException("cases must lie between 0 and the population");
        }
        double rate = population == 0 ? 0 : (double) cases / population;
        double otherRate = otherPopulation == 0 ? 0 : (double) otherCases / otherPopulation;
        if (population == 0 || otherPopulation == 0) {
            return new RateRatio(cases, population, otherCases, otherPopulation, rate, otherRate, null, null, null,
                    false);
        }
        boolean corrected = cases == 0 || otherCases == 0;
        double a = cases + (corrected ? 0.5 : 0);
        double n1 = population + (corrected ? 1 : 0);
        double c = otherCases + (corrected ? 0.5 : 0);
        double n2 = otherPopulation + (corrected ? 1 : 0);
        double ratio = (a / n1) / (c / n2);
        double se = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / c - 1 / n2));
        double log = Math.log(ratio);
        return new RateRatio(cases, population, otherCases, otherPopulation, rate, otherRate, ratio,
                Math.exp(log - Z * se), Math.exp(log + Z * se), corrected);
    }

    /** The group is over-represented: the whole interval lies above 1. */
    public boolean overRepresented() {
        return lower != null && lower > 1;
    }
}
