package org.contextmap.risk.model;

import java.util.Arrays;

/**
 * The candidate (victimisation, trigger) pairs of the Hawkes fit, in growable parallel arrays:
 * each victimisation paired with every earlier incident that could have triggered it within the
 * horizon, by the kind of route between them, and with the person's own earlier involvements (the
 * chronic background of Mohler 2014). The E-step of {@link HawkesFit} shares each victimisation
 * among its pairs (Veen &amp; Schoenberg 2008).
 *
 * <p>Its own class because the pairs are the fit's one large structure: primitive arrays doubled as
 * they fill, so millions of pairs cost a few bytes each rather than an object each.
 */
final class TriggerPairs {

    /** The category of a pair with the victim's own earlier involvement as a victim. */
    static final byte CHRONIC_VICTIM = Byte.MAX_VALUE - 1;
    /** The category of a pair with the victim's own earlier involvement as a suspect. */
    static final byte CHRONIC_SUSPECT = Byte.MAX_VALUE;

    int size;
    /** The victimisation, numbered in the order of the history. */
    int[] event = new int[1024];
    /** Days from the trigger to the victimisation. */
    int[] lag = new int[1024];
    /** The kind of route: an {@code α} category of {@link HawkesFit}, or one of the chronic ones. */
    byte[] category = new byte[1024];
    /** The trigger's harm × how many such routes. */
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
